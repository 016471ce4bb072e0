import { createCalendar } from '../calendar';
import { createOrgIndex } from '../org';
import { caseDeadlineSettings, versionInForce } from '../rules';
import { createCaseFolds } from './case-folds';
import { caseNumberOf } from './case-number-of';
import { judgeCase, type VetoHit } from './judge-case';
import { createJudgeContext } from './create-judge-context';
import type { EvaluateInput, FineEntry, Ledger, LedgerWarning, RetrievalTask, RewardEntry } from './ledger';
import { rewardsForYear, wholeYearsIn, type FoldedCase } from './rewards';
import { dueOn, personTotals, unitTotals } from './totals';
import { sortByKey } from './sort-by-key';
import { aggregateVetoes } from './vetoes';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Computes the accountability ledger of a period: fines, retrieval tasks, vetoes and (for every calendar
 * year wholly inside the period) rewards, with per-person and per-unit totals. Pure and deterministic:
 * the order of cases and events in the input does not matter.
 */
export function evaluate(input: EvaluateInput): Ledger {
  const warnings: LedgerWarning[] = [];
  const warn = (w: LedgerWarning) => warnings.push(w);
  const calendar = createCalendar({ overrides: input.calendarOverrides ?? [] });
  const org = createOrgIndex(input.org);
  const ctx = createJudgeContext({ history: input.ruleVersions, org, calendar, period: input.period, warn });
  const noticeDate = input.noticeDate ?? input.period.to;

  const seen = new Set<string>();
  const folded: FoldedCase[] = [];
  for (const record of [...input.cases].sort((a, b) => cmp(a.id, b.id))) {
    if (seen.has(record.id)) {
      warn({
        code: 'duplicate_case',
        caseId: record.id,
        message: `信访事项${caseNumberOf(record)}重复出现，只计算第一份`,
      });
      continue;
    }
    seen.add(record.id);
    const fixed =
      (input.caseDeadlines ?? 'registration') === 'registration'
        ? caseDeadlineSettings(input.ruleVersions, record)
        : undefined;
    folded.push({ record, foldFor: createCaseFolds(record, calendar, warn, fixed) });
  }

  const fines: FineEntry[] = [];
  const tasks: RetrievalTask[] = [];
  const vetoHits: VetoHit[] = [];
  for (const c of folded) {
    const j = judgeCase(c.record, c.foldFor, ctx);
    fines.push(...j.fines);
    tasks.push(...j.retrievalTasks);
    vetoHits.push(...j.vetoHits);
  }

  const years = wholeYearsIn(input.period.from, input.period.to);
  if (years.length === 0) {
    warn({ code: 'partial_year', message: '期间未包含完整的自然年度，不结算年度奖励' });
  }
  const rewards: RewardEntry[] = [];
  for (const year of years) {
    rewards.push(...rewardsForYear(year, folded, ctx, modelTownshipOf(input.flags, year, years.at(-1))));
  }
  const anyTitle = years.some((year) => modelTownshipOf(input.flags, year, years.at(-1)));
  if (anyTitle && !input.org.units.some((u) => u.isPetitionOffice)) {
    warn({ code: 'no_petition_office', message: '组织架构中没有标记信访办公室，模范乡镇奖励无人领取' });
  }

  const vetoes = aggregateVetoes(vetoHits, org);
  sortByKey(fines, [(f) => f.visitDate, (f) => f.caseId, (f) => f.visitId, (f) => f.personId]);
  sortByKey(tasks, [(t) => t.visitDate, (t) => t.id]);
  rewards.sort((a, b) => cmp(a.id, b.id));
  const paymentVersion =
    versionInForce(input.ruleVersions, noticeDate) ??
    [...input.ruleVersions].sort((a, b) => cmp(a.effectiveFrom, b.effectiveFrom))[0];
  const byPerson = personTotals(fines, rewards, vetoes, org, (financePaid) =>
    dueOn(financePaid, noticeDate, paymentVersion, calendar),
  );
  const byUnit = unitTotals(fines, rewards, vetoes, tasks, org);
  sortByKey(warnings, [(w) => w.code, (w) => w.caseId ?? '', (w) => w.visitId ?? '', (w) => w.message]);

  return {
    period: { from: input.period.from, to: input.period.to },
    noticeDate,
    fines,
    retrievalTasks: tasks,
    vetoes,
    rewards,
    totals: {
      finesFen: fines.reduce((s, f) => s + f.amountFen, 0),
      rewardsFen: rewards.reduce((s, r) => s + r.amountFen, 0),
      byPerson,
      byUnit,
    },
    warnings: dedupeWarnings(warnings),
  };
}

function dedupeWarnings(list: LedgerWarning[]): LedgerWarning[] {
  const seen = new Set<string>();
  return list.filter((w) => {
    const key = JSON.stringify(w);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The title a whole year earned: by year when given, else the single flag, which belongs to the last whole year. */
function modelTownshipOf(
  flags: EvaluateInput['flags'],
  year: number,
  lastYear: number | undefined,
): 'district' | 'city' | undefined {
  return flags?.modelTownshipByYear?.[String(year)] ?? (year === lastYear ? flags?.modelTownship : undefined);
}
