// antd's styles as one stylesheet made at build time, in the app's theme, instead of CSS-in-JS computed on the page.
// On a laptop-class CPU that runtime work (hashing tokens, serialising and injecting each component's rules) was most
// of the time between the last script arriving and the first paint.
import type { Plugin } from 'vite';
import { THEME } from '../src/app/theme';

/** What the app imports (`import 'virtual:antd-styles.css'`), and the id it resolves to (a .css id: Vite's CSS pipeline). */
export const ANTD_STYLES = 'virtual:antd-styles.css';
const RESOLVED = '/@xinfang/antd-styles.css';

/**
 * Every antd component's styles, with the component tokens derived from THEME (antd's shipped antd.css has its
 * default blue). All components rather than the ones the app names: components draw others inside them (a table's
 * pagination, a select's dropdown), and a component left out would show unstyled only on the page that uses it.
 */
export async function antdStylesheet(): Promise<string> {
  // Loaded when the stylesheet is first asked for, not whenever Vite reads its config.
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
    return extractStyle({
      antdInstance: antd,
      // Node's import of antd (CommonJS) adds `default` and `__esModule`: components only.
      includes: Object.keys(antd).filter(
        (name) => /^[A-Z]/.test(name) || name === 'message' || name === 'notification',
      ),
      customTheme: (node) => createElement(antd.ConfigProvider, { theme: THEME }, node),
    });
  } finally {
    console.error = silenced;
    console.warn = warn;
  }
}

export function antdStyles(): Plugin {
  let css: Promise<string> | undefined;
  return {
    name: 'xinfang-antd-styles',
    resolveId: (id) => (id === ANTD_STYLES ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      css ??= antdStylesheet();
      return css;
    },
  };
}
