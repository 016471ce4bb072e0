import { z } from 'zod';
import { IsoDate } from '../model';

/** An inclusive range of dates. */
export const Period = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((p) => p.from <= p.to, { message: '结束日期不能早于开始日期', path: ['to'] });
export type Period = z.infer<typeof Period>;

export function inPeriod(date: string | undefined, p: Period): boolean {
  return date !== undefined && p.from <= date && date <= p.to;
}

/** The same dates one year earlier; 29 February becomes 28 February. */
export function yearBefore(p: Period): Period {
  return { from: shiftYear(p.from), to: shiftYear(p.to) };
}

function shiftYear(d: IsoDate): IsoDate {
  const year = String(Number(d.slice(0, 4)) - 1).padStart(4, '0');
  const md = d.slice(5) === '02-29' ? '02-28' : d.slice(5);
  return `${year}-${md}`;
}
