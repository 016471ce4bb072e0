// `pnpm bench`: every benchmark in one run, each against its peer measured in the same run. Prints Markdown.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchApi } from './api.bench';
import { benchEvaluator } from './evaluator.bench';
import { benchLambda } from './lambda.bench';
import { fmt, ratio } from './measure';
import { benchWeb } from './web.bench';
import { benchWebLoad, compareWebBuilds, formatTimeline } from './web-load.bench';

const only = new Set(process.argv.slice(2));
const wanted = (name: string) => only.size === 0 || only.has(name) || (name === 'web' && only.has('web-timeline'));
// `WEB_AB=dirA,dirB pnpm bench web-ab`: two builds of the web app side by side (only when asked for by name).
const webBuilds = (process.env.WEB_AB ?? '').split(',').filter(Boolean);
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const out: string[] = [
  `Run ${new Date().toISOString()}, Node ${process.version}, ${process.platform}/${process.arch}.`,
  '',
];
const results: Record<string, unknown> = {};

if (wanted('evaluator')) {
  const e = await benchEvaluator();
  results.evaluator = e;
  out.push(
    `### Evaluator: row classification of a township-year (${e.visits} visits; all three agree on every visit)`,
    '',
  );
  out.push('| engine | median ms | ratio to ours |', '| --- | --- | --- |');
  out.push(`| xinfang (rowMatches, first row) | ${fmt(e.oursMs)} | 1 |`);
  out.push(
    e.zenMs === null
      ? `| GoRules ZEN | did not run: ${e.zenError ?? ''} | — |`
      : `| GoRules ZEN (decision table, first hit) | ${fmt(e.zenMs)} | ${fmt(ratio(e.zenMs, e.oursMs), 1)}× |`,
  );
  out.push(`| json-rules-engine | ${fmt(e.jreMs)} | ${fmt(ratio(e.jreMs, e.oursMs), 1)}× |`);
  out.push(
    `| xinfang full evaluation (fines, tasks, vetoes, rewards) | ${fmt(e.evaluateMs)} | ${fmt(ratio(e.evaluateMs, e.oursMs), 1)}× |`,
    '',
  );
}
if (wanted('lambda')) {
  const l = await benchLambda();
  results.lambda = l;
  out.push(
    '### Lambda bundle',
    '',
    '| bundle | bytes loaded at init | module init (median of 11 processes each, run in turns) |',
    '| --- | --- | --- |',
  );
  out.push(`| hello-world Hono | ${kb(l.helloBytes)} | ${fmt(l.helloInitMs, 1)} ms |`);
  out.push(
    `| xinfang API | ${kb(l.apiInitBytes)} (entry ${kb(l.apiEntryBytes)}; all chunks ${kb(l.apiTotalBytes)}) | ${fmt(l.apiInitMs, 1)} ms = ${fmt(ratio(l.apiInitMs, l.helloInitMs), 1)}× |`,
    '',
  );
}
if (wanted('web')) {
  const w = benchWeb();
  results.web = w ?? null;
  out.push(
    '### Web first load',
    '',
    w
      ? `${w.files} JS files referenced by dist/index.html: ${kb(w.rawBytes)} raw, **${kb(w.gzipBytes)} gzip**. ` +
          `Stylesheets (the first paint waits for them): ${kb(w.cssRawBytes)} raw, ${kb(w.cssGzipBytes)} gzip.`
      : 'web/dist is not built (run `pnpm --filter @xinfang/web build`).',
    '',
  );
  if (w) {
    const pages = await benchWebLoad();
    results.webLoad = pages;
    out.push(
      '### Web page loads (headless Chromium, `xinfang start`, cold cache, median of 3)',
      '',
      '| page | LCP ms | JS fetched (on the wire) | API requests (start after the first) |',
      '| --- | --- | --- | --- |',
    );
    for (const p of pages)
      out.push(
        `| ${p.page} | ${fmt(p.lcpMs, 0)} | ${kb(p.jsTransferBytes)} in ${p.jsFiles} files | ${p.apiRequests.join('; ')} |`,
      );
    out.push('');
    // Where the time went, per page (the median run): `pnpm bench web-timeline` prints it.
    if (only.has('web-timeline'))
      for (const p of pages) out.push(`#### ${p.page}`, '', '```', formatTimeline(p.timeline), '```', '');
  }
}
if (only.has('web-ab')) {
  if (webBuilds.length < 2) throw new Error('web-ab compares builds: WEB_AB=dirA,dirB pnpm bench web-ab');
  const runs = Number(process.env.WEB_AB_RUNS ?? 7);
  const pages = await compareWebBuilds(webBuilds, runs);
  results.webAb = pages;
  out.push(`### Web builds side by side (cold loads in turns, median of ${runs})`, '');
  out.push('| page | build | LCP ms | runs |', '| --- | --- | --- | --- |');
  for (const p of pages)
    for (const b of p.builds)
      out.push(`| ${p.page} | ${b.dist} | ${fmt(b.lcpMs, 0)} | ${b.runsMs.map((ms) => fmt(ms, 0)).join(', ')} |`);
  out.push('');
}
if (wanted('api')) {
  const a = await benchApi(Number(process.env.BENCH_SECONDS ?? 5));
  results.api = a;
  const floor = a[0];
  out.push(
    '### API under load (autocannon, 10 connections)',
    '',
    '| request | req/s | p99 ms | req/s ÷ floor | p99 ÷ floor | non-2xx | CPU ms / request | floor CPU ÷ ours |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const r of a)
    out.push(
      `| ${r.name} | ${fmt(r.reqPerSec, 0)} | ${fmt(r.p99Ms, 0)} | ${fmt(ratio(r.reqPerSec, floor?.reqPerSec ?? 0))} | ${fmt(ratio(r.p99Ms, floor?.p99Ms ?? 0))} | ${r.non2xx} | ${fmt(r.cpuMsPerRequest, 3)} | ${fmt(ratio(floor?.cpuMsPerRequest ?? 0, r.cpuMsPerRequest))} |`,
    );
  out.push('');
}
writeFileSync(join(import.meta.dirname, '../results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(out.join('\n'));
