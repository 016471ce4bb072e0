import { useSearchParams } from 'react-router';
import { isMonth, monthInShanghai } from '../../../lib/month';
import type { ComparisonPeriod } from '../api/get-comparison';

/** The period in the address (?from=YYYY-MM&to=YYYY-MM), so a comparison can be shared; default: this year to date. */
export function usePeriod(): [ComparisonPeriod, (next: ComparisonPeriod) => void] {
  const [params, setParams] = useSearchParams();
  const thisMonth = monthInShanghai(new Date());
  const rawTo = params.get('to');
  const to = isMonth(rawTo) ? rawTo : thisMonth;
  const rawFrom = params.get('from');
  const from = isMonth(rawFrom) && rawFrom <= to ? rawFrom : `${to.slice(0, 4)}-01`;
  return [{ from, to }, (next) => setParams({ from: next.from, to: next.to })];
}

/** The twelve months up to this one: the window the typical visit mix is read from. */
export function lastTwelveMonths(): ComparisonPeriod {
  const to = monthInShanghai(new Date());
  const index = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1 - 11;
  return { from: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, to };
}
