// The pages people open cold, drawn into HTML at build time: the browser paints /signin from signin.html before any
// script has arrived, and main.tsx hydrates it; index.html carries a township user's home page as the app first draws
// it, which main.tsx draws over. Without this, those first paints waited for 1.2 MB of JavaScript to download, compile
// and run (1.2–1.4 s on a 2-core machine; docs/benchmarks.md).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { LANGUAGE_KEY } from '../src/i18n/language-key';
import { TOKEN_KEY } from '../src/lib/session';
import { formatMonthZh } from '../src/lib/month';
import { tokenClaimsJs } from './first-pages';
import { PHONE_QUERY } from '../src/lib/use-media-query';

/**
 * Each is written to `<name>.html` next to index.html. `xinfang start` serves `/<name>` from it (a path without an
 * extension is served from its .html file when there is one), CloudFront's viewer-request function does the same
 * (infra/lib/web-distribution.ts).
 */
export const PRERENDERED_PAGES = ['/signin'] as const;

const ROOT_ELEMENT = '<div id="root"></div>';

interface PrerenderModule {
  prerender(path: string): Promise<string>;
  prerenderHomeShell(month: string): Promise<string>;
}

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * A page's markup in the built index.html. Its scripts are still fetched and compiled at once (the entry becomes a
 * modulepreload), but run only after the first paint: a module script that is ready when the stylesheet arrives
 * would otherwise run its 0.3 s of module evaluation before the browser paints the page it already has.
 */
export function pageHtml(indexHtml: string, markup: string, root = '<div id="root">', afterRoot = ''): string {
  if (!indexHtml.includes(ROOT_ELEMENT)) throw new Error(`index.html has no empty ${ROOT_ELEMENT} to draw into`);
  const entry = ENTRY_SCRIPT.exec(indexHtml)?.[1];
  if (!entry) throw new Error('index.html has no entry module script');
  const afterPaint =
    `<link rel="modulepreload" crossorigin href="${entry}">\n    <script>requestAnimationFrame(function(){` +
    `setTimeout(function(){var s=document.createElement("script");s.type="module";s.crossOrigin="";` +
    `s.src=${JSON.stringify(entry)};document.head.appendChild(s)})})</script>`;
  return indexHtml.replace(ENTRY_SCRIPT, afterPaint).replace(ROOT_ELEMENT, `${root}${markup}</div>${afterRoot}`);
}

/** A month no one signs in to: the home shell is drawn for it, and index.html's script puts the current one in its place. */
export const SHELL_MONTH = '2000-01';

/**
 * index.html with the signed-in home's shell (src/prerender.tsx) in #root, hidden. A script right after it shows it
 * when it is what the app will draw: a township user's home (`/` without a month asked for; not a unit reporter, whose
 * home lists open cases), on a screen wider than a phone's, in Chinese. It writes this month (Asia/Shanghai, UTC+8)
 * where the shell has `SHELL_MONTH`. Anyone else gets the empty #root as before. main.tsx draws over the shell.
 */
export function homeShellHtml(indexHtml: string, markup: string): string {
  const sentinel = formatMonthZh(SHELL_MONTH);
  if (!markup.includes(sentinel)) throw new Error(`the home shell has no ${sentinel} heading`);
  const script =
    `(function(){var r=document.getElementById("root"),k=false;try{var t=sessionStorage.getItem(${JSON.stringify(TOKEN_KEY)}),c;` +
    `if(location.pathname==="/"&&!location.search&&t&&!matchMedia(${JSON.stringify(PHONE_QUERY)}).matches&&` +
    `localStorage.getItem(${JSON.stringify(LANGUAGE_KEY)})!=="en"){` +
    `c=${tokenClaimsJs('t')};k=!!c.tenant&&c.role!=="unit_reporter"}}` +
    `catch(e){}if(!k){r.textContent="";r.removeAttribute("data-shell");r.hidden=false;return}` +
    `var d=new Date(Date.now()+288e5),m=d.getUTCFullYear()+"年"+(d.getUTCMonth()+1)+"月";` +
    `r.querySelectorAll("h4").forEach(function(h){if(h.textContent.indexOf(${JSON.stringify(sentinel)})>=0)` +
    `h.textContent=h.textContent.replace(${JSON.stringify(sentinel)},m)});r.hidden=false})()`;
  return pageHtml(indexHtml, markup, '<div id="root" data-shell hidden>', `<script>${script}</script>`);
}

export function prerenderPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'xinfang-prerender',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const serverOut = await mkdtemp(join(tmpdir(), 'xinfang-prerender-'));
      try {
        // The app built for Node, every package inside it (antd's ES modules are not Node's).
        await build({
          configFile: false,
          root: config.root,
          mode: config.mode,
          logLevel: 'warn',
          plugins: [react()],
          ssr: { noExternal: true },
          build: { ssr: 'src/prerender.tsx', outDir: serverOut, emptyOutDir: true, minify: false },
        });
        const { prerender, prerenderHomeShell } = (await import(
          pathToFileURL(join(serverOut, 'prerender.js')).href
        )) as PrerenderModule;
        const indexHtml = await readFile(join(outDir, 'index.html'), 'utf8');
        for (const page of PRERENDERED_PAGES) {
          await writeFile(join(outDir, `${page.slice(1)}.html`), pageHtml(indexHtml, await prerender(page)));
        }
        await writeFile(join(outDir, 'index.html'), homeShellHtml(indexHtml, await prerenderHomeShell(SHELL_MONTH)));
      } finally {
        await rm(serverOut, { recursive: true, force: true });
      }
    },
  };
}
