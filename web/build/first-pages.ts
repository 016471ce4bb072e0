// The pages people open first (sign-in, then the signed-in layout and home) as a few chunks each, requested by
// index.html itself. Without this, /signin came in 30 chunks and the home page in 50, and none of them was asked for
// before the entry had downloaded, run and rendered (the router only then imports a route).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { TOKEN_KEY } from '../src/lib/session';

type ChunkingContext = { getModuleInfo(id: string): { importedIds: readonly string[]; code: string | null } | null };

// Not `new URL(path, import.meta.url)`: Vite rewrites that pattern when it transforms this file (in tests).
const src = (path: string) => join(dirname(fileURLToPath(import.meta.url)), '../src', path);
export const ENTRY = src('main.tsx');
export const SIGN_IN = src('app/routes/sign-in.tsx');
export const LAYOUT = src('app/layout/app-layout.tsx');
export const HOME = src('app/routes/home.tsx');
/** Loaded by home for district users only (a dynamic import): preloaded when the token names no township. */
export const DISTRICT_HOME = src('app/routes/home-district.tsx');
/** The router: its dynamic imports are the other pages. */
export const ROUTER = src('app/router.tsx');

/**
 * In order: a module reached by several pages goes to the first of them (home loads the sign-in chunk rather than
 * a copy of what they share).
 */
const PAGES = [
  { name: 'page-signin', root: SIGN_IN },
  { name: 'page-shell', root: LAYOUT },
  { name: 'page-home', root: HOME },
] as const;
type PageName = (typeof PAGES)[number]['name'];

const REEXPORT_DEFAULT = /export\s*\{\s*default as (\w+)\s*\}\s*from\s*["'](\.[^"']+)["']/g;
const REEXPORT_NAMED = /export\s*\{([^}]*)\}\s*from\s*["'](\.[^"']+)["']/g;
const REEXPORT_ALL = /export\s*\*\s*from\s*["'](\.[^"']+)["']/g;
/** `import { A, B as C } from 'pkg'`, `import D, { A } from 'pkg'`, `export { A } from 'pkg'` (bare specifiers). */
const NAMED_FROM_PACKAGE = /(?:import\s+(?:[\w$]+\s*,\s*)?|export\s*)\{([^}]*)\}\s*from\s*["'][^."'][^"']*["']/g;
/** `import * as ns from 'pkg'` or `export * from 'pkg'`: every name of the package may be used. */
const WHOLE_PACKAGE = /(?:import\s+(?:[\w$]+\s*,\s*)?\*\s*as\s+[\w$]+|export\s*\*)\s*from\s*["'][^."']/;
/** An index file re-exporting at least this many modules by name is treated as a barrel. */
const BARREL_MIN = 20;

interface Reexports {
  byName: Map<string, string>;
  targets: Set<string>;
}

/**
 * The module graph as the bundle uses it. antd and @ant-design/icons are reached through their index files, which
 * re-export every component: following those edges would put every component into every page. A page reaches only
 * the components it names. When in doubt (a namespace import) every re-exported module counts, which can only move
 * a module to an earlier page, never leave one out.
 */
function moduleGraph(ctx: ChunkingContext) {
  const memo = new Map<string, Reexports>();
  const resolveIn = (from: string, rel: string) => {
    const base = join(dirname(from), rel);
    return ctx
      .getModuleInfo(from)
      ?.importedIds.find((d) => d === base || d.startsWith(`${base}/`) || d.startsWith(`${base}.`));
  };
  const reexports = (id: string): Reexports => {
    const known = memo.get(id);
    if (known) return known;
    const result: Reexports = { byName: new Map(), targets: new Set() };
    memo.set(id, result);
    const code = ctx.getModuleInfo(id)?.code ?? '';
    for (const [, name, rel] of code.matchAll(REEXPORT_DEFAULT)) {
      const target = rel ? resolveIn(id, rel) : undefined;
      if (!target || !name) continue;
      result.byName.set(name, target);
      result.targets.add(target);
    }
    for (const [, list, rel] of code.matchAll(REEXPORT_NAMED)) {
      const target = rel ? resolveIn(id, rel) : undefined;
      if (!target || !list) continue;
      for (const part of list.split(',')) {
        const name = part
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)
          .at(-1);
        if (name && name !== 'default') result.byName.set(name, target);
      }
      result.targets.add(target);
    }
    for (const [, rel] of code.matchAll(REEXPORT_ALL)) {
      const target = rel ? resolveIn(id, rel) : undefined;
      if (!target) continue;
      const inner = reexports(target);
      if (inner.byName.size === 0) continue;
      result.targets.add(target);
      for (const [name, t] of inner.byName) result.byName.set(name, t);
    }
    return result;
  };
  /** What `id` needs loaded before it runs. */
  return (id: string): string[] => {
    const info = ctx.getModuleInfo(id);
    if (!info) return [];
    const code = info.code ?? '';
    const whole = WHOLE_PACKAGE.test(code);
    const names = new Set(
      [...code.matchAll(NAMED_FROM_PACKAGE)].flatMap(([, list]) =>
        (list ?? '')
          .split(',')
          .map(
            (part) =>
              part
                .trim()
                .replace(/^type\s+/, '')
                .split(/\s+as\s+/)[0] ?? '',
          )
          .filter(Boolean),
      ),
    );
    return info.importedIds.flatMap((dep) => {
      const b = reexports(dep);
      if (whole || b.byName.size < BARREL_MIN) return [dep];
      const other = (ctx.getModuleInfo(dep)?.importedIds ?? []).filter((d) => !b.targets.has(d));
      return [...other, ...[...names].flatMap((n) => b.byName.get(n) ?? [])];
    });
  };
}

function closure(roots: readonly string[], deps: (id: string) => string[], skip: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id) || skip.has(id)) continue;
    seen.add(id);
    stack.push(...deps(id));
  }
  return seen;
}

/**
 * `codeSplitting.groups[].name`: the first page that needs a module, or null for the entry's own modules and
 * everything only other pages use (those keep rolldown's automatic splitting, one chunk per set of routes).
 */
export function firstPageChunk(): (id: string, ctx: ChunkingContext) => PageName | null {
  let groupOf: Map<string, PageName> | undefined;
  return (id, ctx) => {
    if (!groupOf) {
      groupOf = new Map();
      const deps = moduleGraph(ctx);
      const taken = closure([ENTRY], deps, new Set());
      for (const page of PAGES)
        for (const m of closure([page.root], deps, taken)) {
          groupOf.set(m, page.name);
          taken.add(m);
        }
    }
    return groupOf.get(id) ?? null;
  };
}

/**
 * For index.html's inline scripts: a JS expression for the claims of the bearer token in the variable `token`, read
 * without verifying it (as src/lib/token-claims.ts does in the app; the API verifies every request). Throws on a
 * malformed token: the scripts catch.
 */
export function tokenClaimsJs(token: string): string {
  return `JSON.parse(atob(${token}.split(".")[1].replace(/-/g,"+").replace(/_/g,"/")))`;
}

/**
 * Writes into index.html a small script that, before the entry has even arrived, asks for the chunks of the page
 * being opened (with their static imports): /signin, or any path without a session, gets the sign-in chunks; a
 * signed-in path the layout's, and / the home page's too (a district user's also the district home's). The router
 * later imports the same files (one request).
 */
export function firstPagePreload(): Plugin {
  return {
    name: 'xinfang:first-page-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const chunkClosure = (files: string[]) => {
          const out = new Set<string>();
          for (let f = files.pop(); f !== undefined; f = files.pop()) {
            if (out.has(f)) continue;
            out.add(f);
            files.push(...(byFile.get(f)?.imports ?? []));
          }
          return out;
        };
        const first = chunkClosure(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const files = (module: string) =>
          [...chunkClosure(chunks.filter((c) => c.moduleIds.includes(module)).map((c) => c.fileName))]
            .filter((f) => !first.has(f))
            .map((f) => `/${f}`);
        const signin = files(SIGN_IN);
        const shell = files(LAYOUT);
        const home = files(HOME).filter((f) => !shell.includes(f));
        const districtHome = files(DISTRICT_HOME).filter((f) => !shell.includes(f) && !home.includes(f));
        // Each page chunk may import the earlier ones, never a later one (that would be a cycle between chunks).
        const order = PAGES.map((p) => chunks.find((c) => c.name === p.name));
        order.forEach((c, i) => {
          const later = order.slice(i + 1).flatMap((l) => (l && c?.imports.includes(l.fileName) ? [l.name] : []));
          if (!c || later.length > 0)
            throw new Error(`first-page chunk ${PAGES[i]?.name ?? ''} missing or importing ${later.join(', ')}`);
        });
        const code =
          `(function(){var p=location.pathname,t=sessionStorage.getItem(${JSON.stringify(TOKEN_KEY)}),f=[];` +
          `if(/^\\/(status|track)(\\/|$)/.test(p))return;` +
          `if(p==="/signin"||!t)f=${JSON.stringify(signin)};` +
          `else f=${JSON.stringify(shell)}.concat(p==="/"?${JSON.stringify(home)}:[]);` +
          // The token's claims, unverified (the API checks every request): no township means a district user.
          `if(p==="/"&&t)try{if(!${tokenClaimsJs('t')}.tenant)` +
          `f=f.concat(${JSON.stringify(districtHome)})}catch(e){}` +
          `f.forEach(function(h){var l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";` +
          `l.href=h;document.head.appendChild(l)})})()`;
        // Ahead of the entry and the stylesheet (a script placed after a stylesheet waits for it to arrive), after
        // the charset and title.
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('index.html has no module script to put the preloads before');
        return `${html.slice(0, at)}<script>${code}</script>\n    ${html.slice(at)}`;
      },
    },
  };
}
