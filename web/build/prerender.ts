// The public pages people open cold, drawn into HTML at build time: the browser paints /signin from signin.html
// before any script has arrived, and main.tsx hydrates it. Without this, the sign-in page's first paint waited for
// 1.2 MB of JavaScript to download, compile and run (1.3–1.4 s on a 2-core machine; docs/benchmarks.md).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';

/**
 * Each is written to `<name>.html` next to index.html. `xinfang start` serves `/<name>` from it (a path without an
 * extension is served from its .html file when there is one), CloudFront's viewer-request function does the same
 * (infra/lib/web-distribution.ts).
 */
export const PRERENDERED_PAGES = ['/signin'] as const;

const ROOT_ELEMENT = '<div id="root"></div>';

interface PrerenderModule {
  prerender(path: string): Promise<string>;
}

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * A page's markup in the built index.html. Its scripts are still fetched and compiled at once (the entry becomes a
 * modulepreload), but run only after the first paint: a module script that is ready when the stylesheet arrives
 * would otherwise run its 0.3 s of module evaluation before the browser paints the page it already has.
 */
export function pageHtml(indexHtml: string, markup: string): string {
  if (!indexHtml.includes(ROOT_ELEMENT)) throw new Error(`index.html has no empty ${ROOT_ELEMENT} to draw into`);
  const entry = ENTRY_SCRIPT.exec(indexHtml)?.[1];
  if (!entry) throw new Error('index.html has no entry module script');
  const afterPaint =
    `<link rel="modulepreload" crossorigin href="${entry}">\n    <script>requestAnimationFrame(function(){` +
    `setTimeout(function(){var s=document.createElement("script");s.type="module";s.crossOrigin="";` +
    `s.src=${JSON.stringify(entry)};document.head.appendChild(s)})})</script>`;
  return indexHtml.replace(ENTRY_SCRIPT, afterPaint).replace(ROOT_ELEMENT, `<div id="root">${markup}</div>`);
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
        const { prerender } = (await import(pathToFileURL(join(serverOut, 'prerender.js')).href)) as PrerenderModule;
        const indexHtml = await readFile(join(outDir, 'index.html'), 'utf8');
        for (const page of PRERENDERED_PAGES) {
          await writeFile(join(outDir, `${page.slice(1)}.html`), pageHtml(indexHtml, await prerender(page)));
        }
      } finally {
        await rm(serverOut, { recursive: true, force: true });
      }
    },
  };
}
