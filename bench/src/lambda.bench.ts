// The API Lambda bundle against a hello-world Hono Lambda bundle built the same way (functions/api/build.mjs options).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { median } from './measure';

const run = promisify(execFile);

export interface LambdaResult {
  /** The entry file and the chunks it imports statically: what a cold start reads. */
  apiInitBytes: number;
  apiEntryBytes: number;
  /** Every file of the bundle, lazily loaded chunks included (no source maps). */
  apiTotalBytes: number;
  helloBytes: number;
  apiInitMs: number;
  helloInitMs: number;
  /** Bytes loaded at init by package (our packages by folder), largest first, from esbuild's metafile. */
  apiInitByPackage: Array<[string, number]>;
}

interface Metafile {
  outputs: Record<
    string,
    {
      entryPoint?: string;
      imports: Array<{ path: string; kind: string }>;
      inputs: Record<string, { bytesInOutput: number }>;
    }
  >;
}

/** What the entry and its static imports hold, summed by npm package (or by our packages/ and functions/ folder). */
function initByPackage(metafile: Metafile): Array<[string, number]> {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find(
    (k) => outputs[k]?.entryPoint?.endsWith('src/index.ts') && k.endsWith('index.mjs'),
  );
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of outputs[key]?.imports ?? []) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  if (entry) visit(entry);
  const sums = new Map<string, number>();
  for (const key of seen) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[key]?.inputs ?? {})) {
      const npm = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      const ours = /((?:packages|functions)\/[^/]+)/.exec(input)?.[1];
      const name = npm ?? ours ?? input;
      sums.set(name, (sums.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

/** One module init: a fresh Node process imports the bundle and reports the import's duration. */
async function initOnce(file: string): Promise<number> {
  const script = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});console.log(performance.now()-t)`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
  return Number(stdout.trim());
}

/**
 * Module init of two bundles, the median of `n` fresh processes each, run in turns (a, b, a, b...) so that both see
 * the same machine: on a shared machine a run of ten of one and then ten of the other measured its load, not them.
 */
async function initMsPaired(a: string, b: string, n = 11): Promise<[number, number]> {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < n; i += 1) {
    ta.push(await initOnce(a));
    tb.push(await initOnce(b));
  }
  return [median(ta), median(tb)];
}

function staticClosure(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(
      /(?:from|import)\s*"\.\/((?:chunks\/)?[^"]+\.mjs)"/g,
    )) {
      visit(m[1]?.startsWith('chunks/') || file === entry ? (m[1] ?? '') : join('chunks', m[1] ?? ''));
    }
  };
  visit(entry);
  return [...seen];
}

export async function benchLambda(): Promise<LambdaResult> {
  const dir = mkdtempSync(join(tmpdir(), 'xinfang-bench-lambda-'));
  // The very build the API function ships with (a plain .mjs script, so imported by URL).
  const buildScript = new URL('../../functions/api/build.mjs', import.meta.url).href;
  const { buildApiFunction, functionBuildOptions } = (await import(buildScript)) as {
    buildApiFunction: (outfile: string, options: { metafile: boolean }) => Promise<string>;
    functionBuildOptions: (o: { entry: string; outdir: string }) => BuildOptions;
  };
  const api = await buildApiFunction(join(dir, 'api', 'index.mjs'), { metafile: true });
  const helloSrc = join(dir, 'hello.ts');
  writeFileSync(
    helloSrc,
    "import { Hono } from 'hono';\nimport { handle } from 'hono/aws-lambda';\nconst app = new Hono();\napp.get('/', (c) => c.text('hello'));\nexport const handler = handle(app);\n",
  );
  // The same options as the API's, resolving hono from this package (the source sits in a temporary directory).
  const helloOptions = functionBuildOptions({ entry: helloSrc, outdir: join(dir, 'hello') });
  await build({ ...helloOptions, nodePaths: [join(process.cwd(), 'node_modules')] });
  const hello = join(dir, 'hello', 'index.mjs');
  const apiDir = join(dir, 'api');
  const size = (f: string) => statSync(f).size;
  const init = staticClosure(apiDir, 'index.mjs');
  const all = ['index.mjs', ...readdirSync(join(apiDir, 'chunks')).map((f) => join('chunks', f))].filter((f) =>
    f.endsWith('.mjs'),
  );
  const [apiInitMs, helloInitMs] = await initMsPaired(api, hello);
  return {
    apiInitBytes: init.reduce((s, f) => s + size(join(apiDir, f)), 0),
    apiEntryBytes: size(api),
    apiTotalBytes: all.reduce((s, f) => s + size(join(apiDir, f)), 0),
    helloBytes: size(hello),
    apiInitMs,
    helloInitMs,
    apiInitByPackage: initByPackage(JSON.parse(readFileSync(join(apiDir, 'meta.json'), 'utf8')) as Metafile),
  };
}
