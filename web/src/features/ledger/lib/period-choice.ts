/**
 * The periods the ledger page evaluates: a calendar month or a calendar year, as the API's period key
 * (`2026-10-01_2026-10-31`). The current year ends today (Beijing), as the seed and the yearly settlement read it.
 */
export type PeriodChoice = { kind: 'month'; month: string } | { kind: 'year'; year: number };

const pad = (n: number) => String(n).padStart(2, '0');

export function periodOf(choice: PeriodChoice, today: string): { from: string; to: string } {
  if (choice.kind === 'year') {
    const last = `${choice.year}-12-31`;
    return { from: `${choice.year}-01-01`, to: last <= today ? last : today };
  }
  const [y = 0, m = 1] = choice.month.split('-').map(Number);
  const last = `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
  return { from: `${y}-${pad(m)}-01`, to: last <= today ? last : today };
}

export const periodKeyOf = ({ from, to }: { from: string; to: string }) => `${from}_${to}`;

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "…10-01_…10-31" → "2026年10月"; "…01-01_…12-31" → "2026年"; a year or month cut short says so; else a range. */
export function periodLabel(periodKey: string): string {
  const [from = '', to = ''] = periodKey.split('_');
  const [fy = 0, fm = 0, fd = 0] = from.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = to.split('-').map(Number);
  if (fy === ty && fd === 1 && fm === 1 && tm === 12 && td === 31) return `${fy}年`;
  if (fy === ty && fm === tm && fd === 1) {
    return td === lastDay(ty, tm) ? `${fy}年${fm}月` : `${fy}年${fm}月（截至${td}日）`;
  }
  if (fy === ty && fm === 1 && fd === 1) return `${fy}年（截至${tm}月${td}日）`;
  return `${fy}年${fm}月${fd}日至${ty}年${tm}月${td}日`;
}
