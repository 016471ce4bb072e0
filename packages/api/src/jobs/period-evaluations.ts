import { addDays, endOfMonth } from '@xinfang/domain';
import { LedgerRepository } from '@xinfang/store';
import { evaluateTownshipPeriod } from './evaluate-period';
import { townshipRole, type TownshipJobContext } from './job-context';

export const JOBS_ACTOR = 'system:jobs';

/**
 * 月末考核 and 年度结算: once a month has ended, its ledger is computed as a draft (unless someone already evaluated
 * that period) and the admin is told to check it and issue the notices; likewise the past year, which settles the
 * annual rewards and vetoes. Checking "is the period there" rather than "is it the 1st" lets a run that missed the
 * first days of the month still do it; the message id keeps the announcement to one.
 */
export async function periodEvaluations(ctx: TownshipJobContext): Promise<string[]> {
  const evaluated: string[] = [];
  const firstOfMonth = `${ctx.today.slice(0, 7)}-01`;
  const lastMonthEnd = addDays(firstOfMonth, -1);
  const month = { from: `${lastMonthEnd.slice(0, 7)}-01`, to: endOfMonth(lastMonthEnd) };
  const lastYear = Number(ctx.today.slice(0, 4)) - 1;
  const year = { from: `${lastYear}-01-01`, to: `${lastYear}-12-31` };
  const known = new Set((await new LedgerRepository(ctx.store).listPeriods(ctx.tenantId)).map((p) => p.periodKey));

  for (const [period, kind] of [
    [month, 'month'],
    [year, 'year'],
  ] as const) {
    const periodKey = `${period.from}_${period.to}`;
    if (!known.has(periodKey)) {
      const result = await evaluateTownshipPeriod(ctx.store, ctx.tenantId, period, { at: ctx.at, by: JOBS_ACTOR });
      if (!result) continue;
      evaluated.push(periodKey);
    }
    const label = kind === 'month' ? `${period.from.slice(0, 7)}月度考核` : `${lastYear}年度奖惩结算`;
    await ctx.deliver([townshipRole(ctx, 'township_admin')], {
      id: `${kind === 'month' ? 'evaluation' : 'settlement'}:${periodKey}`,
      topic: kind === 'month' ? 'evaluation' : 'settlement',
      title: `${label}台账草稿已生成，请核对后发出通知`,
      body: `${ctx.townshipName}${period.from}至${period.to}的台账已计算，核对无误后请发出罚款通知${kind === 'year' ? '，并确认奖励与一票否决' : ''}。`,
      link: `/ledger?period=${periodKey}`,
    });
  }
  return evaluated;
}
