import { LedgerRepository } from '@xinfang/store';
import { nextStepFor, noticesOf } from '../routes/ledger/notices';
import { townshipRole, type TownshipJobContext } from './job-context';
import { reminderStage } from './reminder-stage';

/**
 * 罚款通知 from the stored ledgers: a notice with money outstanding is announced to the admin when it falls due
 * (within one working day of its due date) and again once overdue, with the next step domain.md prescribes.
 * Only issued periods count: a draft's notices have not gone out, so nobody owes them yet.
 */
export async function fineReminders(ctx: TownshipJobContext): Promise<void> {
  const ledgers = new LedgerRepository(ctx.store);
  for (const period of await ledgers.listPeriods(ctx.tenantId)) {
    if (period.status !== 'issued') continue;
    const ledger = await ledgers.read(ctx.tenantId, period.periodKey);
    if (!ledger) continue;
    for (const notice of noticesOf(ledger)) {
      if (notice.outstandingFen <= 0 || notice.noticeDate > ctx.today) continue;
      const stage = reminderStage(ctx.calendar, ctx.today, notice.dueOn);
      if (stage !== 'd1' && stage !== 'overdue') continue;
      const owed = `${(notice.outstandingFen / 100).toFixed(2)}元`;
      const overdue = stage === 'overdue';
      await ctx.deliver([townshipRole(ctx, 'township_admin')], {
        id: `fine:${notice.noticeId}:${overdue ? 'overdue' : 'due'}`,
        topic: 'fine',
        title: overdue ? `罚款逾期未缴：${notice.name} ${owed}` : `罚款即将到期：${notice.name} ${owed}`,
        body: overdue
          ? `${notice.name}的罚款（${period.from}至${period.to}）应于${notice.dueOn}前缴清，尚欠${owed}；下一步：${nextStepFor(notice).label}。`
          : `${notice.name}的罚款（${period.from}至${period.to}）应于${notice.dueOn}前缴清，尚欠${owed}。`,
        link: `/ledger?period=${period.periodKey}`,
      });
    }
  }
}
