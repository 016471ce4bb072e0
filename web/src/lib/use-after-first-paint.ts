import { useEffect, useState } from 'react';

let presented: Promise<void> | undefined;

/**
 * Resolves once the page's first contentful paint is on screen (the browser reports it when the frame was presented,
 * not when the main thread handed it over), or at once if it already is. Work started earlier (parsing a stylesheet,
 * compiling a chunk, rendering the menu) competes on a small machine with rastering that very frame.
 * Where the browser cannot report paints (tests), the next task after the next frame.
 */
export function afterFirstPaint(): Promise<void> {
  presented ??= new Promise<void>((resolve) => {
    const later = () => setTimeout(resolve);
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes.includes('paint')) {
      requestAnimationFrame(later);
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
      observer.disconnect();
      later();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
  return presented;
}

/**
 * False for a component's first render and until the page's first paint is on screen, then true. For what may come a
 * moment after a page's main content on a cold load (the signed-in layout's menu and header controls, the month
 * picker): their code and their first render would otherwise hold back that paint (docs/benchmarks.md).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let live = true;
    // The next frame at the earliest, even when the first paint was long ago: a component drawn later still shows
    // its own content first.
    const frame = requestAnimationFrame(() => {
      void afterFirstPaint().then(() => {
        if (live) setPainted(true);
      });
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, []);
  return painted;
}
