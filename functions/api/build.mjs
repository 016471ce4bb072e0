// The one build of every xinfang Lambda function. The benchmark, the tests and the CDK construct
// (infra/lib/xinfang-function.ts runs `node functions/api/build.mjs --entry … --outdir …` at synth) all build with
// `functionBuildOptions`, so what is measured and tested is what is deployed.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));

/** The API function's entry; `--entry` builds another (functions/stream, functions/jobs) the same way. */
export const apiEntry = resolve(here, 'src/index.ts');

// Some dependencies are CommonJS and call `require`, which an ES module lacks: give them one.
const requireBanner =
  "import { createRequire as __xinfangCreateRequire } from 'node:module'; const require = __xinfangCreateRequire(import.meta.url);";

/**
 * zod exports every one of its ~50 message locales as `z.locales`, and since `z` is passed around as an object
 * (@hono/zod-openapi extends it) esbuild cannot drop what nobody uses. xinfang writes its own Chinese messages and
 * never reads `z.locales`, so the index keeps English (zod's default) and Simplified Chinese only. For the same
 * reason `z.compile` (a schema compiler, ~29 KB) and `z.fromJSONSchema` (~12 KB) would load on every cold start;
 * nothing of ours or of our dependencies calls them, so the bundle gets modules that say so if something ever does.
 * Each replacement keeps the module's export names: a zod upgrade that changes them fails the build, not a request.
 */
const notBundled = (name) => `throw new Error('zod ${name} is not in the Lambda bundle (functions/api/build.mjs)')`;
const zodReplacements = [
  {
    filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/,
    contents: "export { default as en } from './en.js';\nexport { default as zhCN } from './zh-CN.js';\n",
  },
  {
    filter: /[\\/]zod[\\/]v4[\\/]core[\\/]compile\.js$/,
    contents: [
      'export const INVALID = Symbol.for("zod.compile.invalid");',
      'export class ZodCompileAsyncError extends Error {}',
      'export class ZodCompileUnsupportedError extends Error {}',
      `export function compile() { ${notBundled('compile')} }`,
      `export function withParser() { ${notBundled('withParser')} }`,
      `export function compileFn() { ${notBundled('compileFn')} }`,
    ].join('\n'),
  },
  {
    filter: /[\\/]zod[\\/]v4[\\/]classic[\\/]from-json-schema\.js$/,
    contents: `export function fromJSONSchema() { ${notBundled('fromJSONSchema')} }\n`,
  },
];
const zodUnused = {
  name: 'zod-unused',
  setup(b) {
    for (const { filter, contents } of zodReplacements) {
      b.onLoad({ filter }, (args) => ({ contents, resolveDir: dirname(args.path), loader: 'js' }));
    }
  },
};

/**
 * esbuild options for one function: `entry` → `<outdir>/index.mjs` (handler `index.handler`). Code loaded with
 * `import()` (the Excel library and the route code that only Excel exports use) goes to chunks/ beside it and loads
 * on first use, so a cold start reads and runs only the rest.
 */
export function functionBuildOptions({ entry = apiEntry, outdir, name = 'index' }) {
  return {
    entryPoints: { [name]: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [zodUnused],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    // Prefer packages' ESM builds.
    mainFields: ['module', 'main'],
    minify: true,
    // Chinese text as UTF-8 (3 bytes a character) rather than \u escapes (6): about 40 KB less to read at init.
    charset: 'utf8',
    sourcemap: true,
    // Mappings are enough for --enable-source-maps stack traces; sources would triple the size.
    sourcesContent: false,
    banner: { js: requireBanner },
    alias: {
      // The embedded store (dynalite) never runs in Lambda and its native LevelDB addon breaks
      // the bundle at import: swap it for a stub that says so.
      dynalite: resolve(here, 'src/no-embedded-store.ts'),
      // Lambda gives a function its role's credentials in the environment (see the file).
      '@aws-sdk/credential-provider-node': resolve(here, 'src/env-credentials.ts'),
    },
    logLevel: 'warning',
  };
}

/**
 * Builds one function into `outdir` (emptying nothing: give it a fresh directory). With `metafile`, also writes
 * esbuild's metafile there as `meta.json` (what each output holds, by input).
 */
export async function buildFunction({ entry = apiEntry, outdir, metafile = false }) {
  const result = await build({ ...functionBuildOptions({ entry, outdir }), metafile });
  if (metafile) writeFileSync(resolve(outdir, 'meta.json'), JSON.stringify(result.metafile));
  return resolve(outdir, 'index.mjs');
}

/** Builds the API function; `outfile` defaults to functions/api/dist/index.mjs (its chunks go beside it). */
export async function buildApiFunction(outfile = resolve(here, 'dist/index.mjs'), { metafile = false } = {}) {
  if (basename(outfile) !== 'index.mjs') throw new Error(`the bundle must be named index.mjs, not ${outfile}`);
  return buildFunction({ outdir: dirname(outfile), metafile });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      entry: { type: 'string' },
      outdir: { type: 'string' },
      outfile: { type: 'string' },
      metafile: { type: 'boolean' },
    },
  });
  if (values.outfile && basename(values.outfile) !== 'index.mjs') throw new Error('--outfile must name index.mjs');
  const outdir = values.outdir ?? dirname(resolve(values.outfile ?? resolve(here, 'dist/index.mjs')));
  const built = await buildFunction({
    entry: values.entry ? resolve(values.entry) : apiEntry,
    outdir: resolve(outdir),
    metafile: values.metafile ?? false,
  });
  console.log(`built ${built}`);
}
