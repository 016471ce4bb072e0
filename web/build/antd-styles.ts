// antd's styles as stylesheets made at build time, in the app's theme, instead of CSS-in-JS computed on the page.
// On a laptop-class CPU that runtime work (hashing tokens, serialising and injecting each component's rules) was most
// of the time between the last script arriving and the first paint.
//
// Two sheets. The first pages' components (sign-in, the signed-in layout and home: web/build/first-page-components.ts)
// are in the sheet index.html links, which the first paint waits for. Every other component is in a second sheet that
// the app loads just after the first paint; the other pages' routes wait for it (web/src/app/all-styles.ts). All of
// antd in one render-blocking sheet was 0.98 MB of CSS for the browser to parse and index before it painted anything.
import type { Plugin } from 'vite';
import { THEME } from '../src/app/theme';
import { firstPageComponents } from './first-page-components';

/** What the app imports (`import 'virtual:antd-styles.css'`), and the id it resolves to (a .css id: Vite's CSS pipeline). */
export const ANTD_STYLES = 'virtual:antd-styles.css';
/** Every other component's styles (`import 'virtual:antd-styles-rest.css'`, loaded after the first paint). */
export const ANTD_STYLES_REST = 'virtual:antd-styles-rest.css';
const RESOLVED = '/@xinfang/antd-styles.css';
const CACHE_PATH_MARK = '.data-ant-cssinjs-cache-path';
const RESOLVED_REST = '/@xinfang/antd-styles-rest.css';

/** antd's exports that draw something: its components, and the message and notification APIs. */
export function antdComponentNames(antd: Record<string, unknown>): string[] {
  // Node's import of antd (CommonJS) adds `default` and `__esModule`: components only.
  return Object.keys(antd).filter((name) => /^[A-Z]/.test(name) || name === 'message' || name === 'notification');
}

/**
 * The styles of the given antd components (each rendered once, with what it draws inside by default), with the
 * component tokens derived from THEME (antd's shipped antd.css has its default blue).
 */
export async function antdStylesheet(includes?: readonly string[]): Promise<string> {
  // Loaded when a stylesheet is first asked for, not whenever Vite reads its config.
  const [antd, { createElement }, { extractStyle }] = await Promise.all([
    import('antd'),
    import('react'),
    import('@ant-design/static-style-extract'),
  ]);
  const silenced = console.error;
  const warn = console.warn;
  // Rendering every component once makes antd warn about the deprecated ones (Input.Group, List): not ours.
  console.error = console.warn = () => undefined;
  try {
    const css = extractStyle({
      antdInstance: antd,
      includes: [...(includes ?? antdComponentNames(antd))],
      customTheme: (node) => createElement(antd.ConfigProvider, { theme: THEME }, node),
    });
    // The list of cache paths that server rendering leaves for the client's style cache: the page never reads it.
    return topLevelBlocks(css)
      .filter((block) => !block.startsWith(CACHE_PATH_MARK))
      .join('\n');
  } finally {
    console.error = silenced;
    console.warn = warn;
  }
}

/** The top-level rules and at-rules of a stylesheet, in order. */
export function topLevelBlocks(css: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i < css.length; i += 1) {
    const ch = css[i];
    if (quote) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) {
        blocks.push(css.slice(start, i + 1).trim());
        start = i + 1;
      }
    }
  }
  const rest = css.slice(start).trim();
  if (depth !== 0 || rest) throw new Error('antd stylesheet: unbalanced braces');
  return blocks;
}

/** `all` without the blocks `first` already has, each of those kept where it was. */
export function withoutBlocksOf(all: string, first: string): string {
  const known = new Set(topLevelBlocks(first));
  return topLevelBlocks(all)
    .filter((block) => !known.has(block))
    .join('\n');
}

export function antdStyles(): Plugin {
  let first: Promise<string> | undefined;
  let rest: Promise<string> | undefined;
  const firstSheet = () => (first ??= firstPageComponents().then((names) => antdStylesheet(names)));
  return {
    name: 'xinfang-antd-styles',
    resolveId: (id) => (id === ANTD_STYLES ? RESOLVED : id === ANTD_STYLES_REST ? RESOLVED_REST : undefined),
    load(id) {
      if (id === RESOLVED) return firstSheet();
      if (id !== RESOLVED_REST) return undefined;
      rest ??= Promise.all([antdStylesheet(), firstSheet()]).then(([all, firstCss]) => withoutBlocksOf(all, firstCss));
      return rest;
    },
  };
}
