import { OrgRepository, ScreeningRepository } from '@xinfang/store';
import { townshipRole, unitReporters, type TownshipJobContext } from './job-context';

/** 排查台账 are due on the 25th (每月25日前); the due date does not move on a rest day (see the screening routes). */
export const SCREENING_DUE_DAY = 25;

/** After the 25th: each unit that has not filed this month's ledger hears of it once, and the admin once a month. */
export async function screeningReminders(ctx: TownshipJobContext): Promise<void> {
  if (Number(ctx.today.slice(8, 10)) <= SCREENING_DUE_DAY) return;
  const month = ctx.today.slice(0, 7);
  const [units, ledgers] = await Promise.all([
    new OrgRepository(ctx.store).list(ctx.tenantId, 'unit'),
    new ScreeningRepository(ctx.store).listMonth(ctx.tenantId, month),
  ]);
  const filed = new Set(ledgers.map((l) => l.unitId));
  const missing = units.filter((u) => !filed.has(u.id));
  if (missing.length === 0) return;
  for (const unit of missing) {
    await ctx.deliver([unitReporters(ctx, unit.id)], {
      id: `screening:${month}:${unit.id}`,
      topic: 'screening',
      title: `${month}排查台账尚未提交`,
      body: `${unit.name}的${month}排查台账应于${month}-${SCREENING_DUE_DAY}前提交，至今未收到，请尽快提交。`,
      link: `/screening/${month}`,
    });
  }
  const names = missing.map((u) => u.name);
  await ctx.deliver([townshipRole(ctx, 'township_admin')], {
    id: `screening:${month}:missing`,
    topic: 'screening',
    title: `${missing.length}个单位未按时提交${month}排查台账`,
    body: `截至${ctx.today}未提交：${names.slice(0, 10).join('、')}${names.length > 10 ? `等${names.length}个单位` : ''}。`,
    link: `/screening/${month}`,
  });
}
