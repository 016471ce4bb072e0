// Bundles the Lambda entry into one ESM file, the same way the CDK construct does at synth
// (infra/lib/xinfang-function.ts): keep the two in step.
import { build } from 'esbuild';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));

// Some dependencies are CommonJS and call `require`, which an ES module lacks: give them one.
export const requireBanner =
  "import { createRequire as __xinfangCreateRequire } from 'node:module'; const require = __xinfangCreateRequire(import.meta.url);";

/**
 * zod exports every one of its ~50 message locales as `z.locales`, and since `z` is passed around as an object
 * esbuild cannot drop the ones nobody uses (about a tenth of the bundle). xinfang writes its own Chinese messages
 * and never reads `z.locales`, so the index keeps English (zod's default) and Simplified Chinese only.
 */
const zodLocales = {
  name: 'zod-locales',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js';\nexport { default as zhCN } from './zh-CN.js';\n",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * Builds the API function; `outfile` defaults to functions/api/dist/index.mjs. Code loaded with `import()` (the
 * Excel export) goes to chunks/ beside it and loads on first use, so a cold start reads and runs only the rest.
 */
export async function buildApiFunction(outfile = resolve(here, 'dist/index.mjs')) {
  await build({
    entryPoints: { [basename(outfile, '.mjs')]: resolve(here, 'src/index.ts') },
    outdir: dirname(outfile),
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [zodLocales],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    // Prefer packages' ESM builds, as infra's bundling does.
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: true,
    // Mappings are enough for --enable-source-maps stack traces; sources would triple the size.
    sourcesContent: false,
    banner: { js: requireBanner },
    // The embedded store (dynalite) never runs in Lambda and its native LevelDB addon breaks
    // the bundle at import: swap it for a stub that says so.
    alias: { dynalite: resolve(here, 'src/no-embedded-store.ts') },
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outfile: { type: 'string' } } });
  const outfile = await buildApiFunction(values.outfile ? resolve(values.outfile) : undefined);
  console.log(`built ${outfile}`);
}
