// Benchmark of the evaluator on generated townships: a township-year (50 units, 3,000 cases, 6,000 visits)
// and a district-year (10 such townships with different seeds, each evaluated on its own as the product does).
// Run from the repository root: pnpm exec tsx packages/domain/bench/evaluate.bench.ts  (prints numbers, asserts nothing)
import { defaultRuleSet, evaluate, type EvaluateInput } from '../src';
import { cases, prng, township } from './generate';

const period = { from: '2026-01-01', to: '2026-12-31' };

function townshipInput(seed: number, id: string): EvaluateInput {
  const rand = prng(seed);
  const org = township(rand, id);
  return { ruleVersions: [defaultRuleSet()], org, cases: cases(org, rand, 3000, 6000), period };
}

const visitsOf = (input: EvaluateInput) =>
  input.cases.reduce((s, c) => s + c.events.filter((e) => e.kind === 'visit').length, 0);

/** `warmUp` untimed runs (JIT tiers, caches), then `runs` timed runs of `work`; the median, min and max in ms. */
function time(work: () => void, runs: number, warmUp: number): { median: number; min: number; max: number } {
  for (let w = 0; w < warmUp; w += 1) work();
  const times: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] ?? 0, min: times[0] ?? 0, max: times.at(-1) ?? 0 };
}

function report(label: string, visits: number, t: { median: number; min: number; max: number }, runs: number): void {
  console.log(
    `${label}: median ${t.median.toFixed(1)} ms over ${runs} runs (min ${t.min.toFixed(1)} ms, max ${t.max.toFixed(1)} ms), ${Math.round(visits / (t.median / 1000))} visits/second`,
  );
}

const single = townshipInput(20260101, 't');
let fines = 0;
const runs = 21;
const t1 = time(
  () => {
    fines = evaluate(single).fines.length;
  },
  runs,
  5,
);
console.log(
  `township: units ${single.org.units.length}, cases ${single.cases.length}, visits ${visitsOf(single)}, fine entries ${fines}`,
);
report('township-year', visitsOf(single), t1, runs);

const district = Array.from({ length: 10 }, (_, i) => townshipInput(20260101 + i, `t${i}`));
const districtVisits = district.reduce((s, input) => s + visitsOf(input), 0);
let districtFines = 0;
const t10 = time(
  () => {
    districtFines = district.reduce((s, input) => s + evaluate(input).fines.length, 0);
  },
  7,
  2,
);
console.log(
  `district: 10 townships, cases ${district.reduce((s, i) => s + i.cases.length, 0)}, visits ${districtVisits}, fine entries ${districtFines}`,
);
report('district-year', districtVisits, t10, 7);
