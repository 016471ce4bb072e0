// antd's styles come in two sheets (web/build/antd-styles.ts): index.html links the first pages' components, and the
// rest is loaded just after the first paint. A page outside the first ones waits for the rest before it is drawn.

let load: () => Promise<unknown> = () => Promise.resolve();
let loading: Promise<unknown> | undefined;

/** main.tsx says how the rest is loaded (a Vite CSS chunk); elsewhere (tests, the prerender) there is nothing to load. */
export function setAllStylesLoader(loader: () => Promise<unknown>): void {
  load = loader;
  loading = undefined;
}

/** Starts loading the rest of antd's styles, once; resolves when they apply. */
export function loadAllStyles(): Promise<unknown> {
  // A failed load (the network) is tried again by the next page that needs it.
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** A route's `lazy` that also waits for the rest of antd's styles, so the page never shows unstyled. */
export function withAllStyles<T>(lazy: () => Promise<T>): () => Promise<T> {
  return async () => (await Promise.all([lazy(), loadAllStyles()]))[0];
}
