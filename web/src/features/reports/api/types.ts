// The OpenAPI schema of `GET /api/reports/monthly` is an open object, so this
// is the part of the answer the home page reads, checked by the decoder:
// the month's figures and its KPIs (`kpis.onTimeResolution`, …).
import { DecodeError, arr, num, obj, str, type Obj } from '../../../lib/decode';
import type { Rate } from '../../../lib/format';

export type { Rate };

export interface VisitLevelCount {
  /** township | district | city | province | national (others are shown by the API's label). */
  level: string;
  /** The API's Chinese label, e.g. 到区. */
  label: string;
  count: number;
}

export interface MonthlySummary {
  month: string;
  title: string;
  onTimeResolution: Rate;
  satisfaction: Rate;
  casesRegistered: number;
  casesResolved: number;
  /** 积案: cases open for at least `minYears` whole years. */
  backlog: { minYears: number; openAtEnd: number; clearedInPeriod: number };
  visits: { total: number; byLevel: VisitLevelCount[] };
  fines: { count: number; totalFen: number };
}

function rate(o: Obj, key: string): Rate {
  const r = obj(o[key], key);
  const value = r['value'];
  if (value !== null && typeof value !== 'number') throw new DecodeError(`${key}.value`);
  return { value, numerator: num(r, 'numerator'), denominator: num(r, 'denominator') };
}

export function decodeMonthlySummary(value: unknown): MonthlySummary {
  const o = obj(value, 'report');
  const kpis = obj(o['kpis'], 'report.kpis');
  const figures = obj(o['figures'], 'report.figures');
  const backlog = obj(kpis['backlog'], 'kpis.backlog');
  const visits = obj(figures['visits'], 'figures.visits');
  const fines = obj(figures['fines'], 'figures.fines');
  return {
    month: str(o, 'month'),
    title: str(o, 'title'),
    onTimeResolution: rate(kpis, 'onTimeResolution'),
    satisfaction: rate(kpis, 'satisfaction'),
    casesRegistered: num(figures, 'casesRegistered'),
    casesResolved: num(figures, 'casesResolved'),
    backlog: {
      minYears: num(backlog, 'minYears'),
      openAtEnd: num(backlog, 'openAtEnd'),
      clearedInPeriod: num(backlog, 'clearedInPeriod'),
    },
    visits: {
      total: num(visits, 'total'),
      byLevel: arr(visits['byLevel'], 'visits.byLevel').map((item) => {
        const l = obj(item, 'visits.byLevel[]');
        return { level: str(l, 'level'), label: str(l, 'label'), count: num(l, 'count') };
      }),
    },
    fines: { count: num(fines, 'count'), totalFen: num(fines, 'totalFen') },
  };
}
