import { useEffect, useState } from 'react';

/**
 * False for a component's first render and until the browser has painted it, then true. For what may come a moment
 * after a page's main content on a cold load (the signed-in layout's menu and header controls): their first render
 * runs a lot of cold antd code that would otherwise hold back the content's first paint (docs/benchmarks.md).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}
