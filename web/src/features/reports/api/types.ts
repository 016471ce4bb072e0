// The part of `GET /api/reports/monthly` (the API's MonthlyReport) the home page reads: the month's figures
// and its KPIs. The types are the API's own (indexed from MonthlyReport, so a change there fails the web's
// type-check); the decoder checks the same fields at run time.
import type { MonthlyReport } from '@xinfang/api';

export type { AnnualReport, MonthlyReport, WeeklyReport } from '@xinfang/api';
import { DecodeError, arr, num, obj, str, type Obj } from '../../../lib/decode';
import type { Rate } from '../../../lib/format';

export type { Rate };

type Kpis = MonthlyReport['kpis'];
type Figures = MonthlyReport['figures'];

export interface VisitLevelCount {
  /** township | district | city | province | national (others are shown by the API's label). */
  level: string;
  /** The API's Chinese label, e.g. 到区. */
  label: Figures['visits']['byLevel'][number]['label'];
  count: Figures['visits']['byLevel'][number]['count'];
}

export interface MonthlySummary {
  month: MonthlyReport['month'];
  title: MonthlyReport['title'];
  onTimeResolution: Kpis['onTimeResolution'];
  satisfaction: Kpis['satisfaction'];
  casesRegistered: Figures['casesRegistered'];
  casesResolved: Figures['casesResolved'];
  /** 积案: cases open for at least `minYears` whole years. */
  backlog: Pick<Kpis['backlog'], 'minYears' | 'openAtEnd' | 'clearedInPeriod'>;
  visits: { total: Figures['visits']['total']; byLevel: VisitLevelCount[] };
  fines: Figures['fines'];
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
