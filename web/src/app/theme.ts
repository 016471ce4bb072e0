import type { ThemeConfig } from 'antd';

/**
 * The app's antd theme: the one place its tokens are set. The build turns it into a stylesheet (web/build/antd-styles.ts)
 * and the browser runs antd with `zeroRuntime`, so no component computes its styles on the page.
 * `hashed: false`: one antd on the page, so class names need no hash. `cssVar.key` names the class that scopes the
 * token variables: without it antd takes a React id, which differs between the build's render and the page's.
 */
export const THEME = {
  token: { colorPrimary: '#b71c1c' },
  hashed: false,
  cssVar: { key: 'xinfang' },
} as const satisfies ThemeConfig;
