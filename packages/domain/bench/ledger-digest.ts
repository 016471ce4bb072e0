// Prints a SHA-256 of the evaluator's ledger for fixed generated inputs, so an optimisation can be checked
// to change no result: run before and after, the lines must be identical (expected values: ledger-digest.expected.txt).
// Run from the repository root: pnpm exec tsx packages/domain/bench/ledger-digest.ts
import { createHash } from 'node:crypto';
import { defaultRuleSet, evaluate, type EvaluateInput } from '../src';
import { cases, prng, township } from './generate';
import { richTownship } from './rich-township';

const digest = (input: EvaluateInput) =>
  createHash('sha256')
    .update(JSON.stringify(evaluate(input)))
    .digest('hex');
const year = { from: '2026-01-01', to: '2026-12-31' };

for (const seed of [20260101, 7, 8]) {
  const rand = prng(seed);
  const org = township(rand);
  const data = cases(org, rand, 3000, 6000);
  console.log(`township ${seed}: ${digest({ ruleVersions: [defaultRuleSet()], org, cases: data, period: year })}`);
}
for (const seed of [1, 2, 3]) {
  const rich = richTownship(prng(seed));
  const base = { ruleVersions: rich.ruleVersions, org: rich.org, cases: rich.cases };
  console.log(`rich ${seed} year: ${digest({ ...base, period: year })}`);
  console.log(
    `rich ${seed} by visit: ${digest({ ...base, period: { from: '2025-01-01', to: '2026-12-31' }, caseDeadlines: 'visit', noticeDate: '2027-01-05' })}`,
  );
  console.log(
    `rich ${seed} half-year, overrides: ${digest({
      ...base,
      period: { from: '2026-03-01', to: '2026-09-30' },
      calendarOverrides: [
        { date: '2026-05-06', working: false },
        { date: '2026-05-09', working: true },
      ],
      flags: { modelTownship: 'city' },
    })}`,
  );
}
