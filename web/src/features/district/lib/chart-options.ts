import { formatMonthZh } from '../../../lib/month';
import { LEVELS, type Comparison, type Level } from '../api/types';
import type { ChartOption } from './load-echarts';

/** The words the charts show, from i18n (the builders stay pure). */
export interface ChartLabels {
  visits: string;
  previousYear: string;
  target: string;
  onTimeResolution: string;
  level: Record<Level, string>;
}

const base = (): Pick<ChartOption, 'tooltip' | 'legend' | 'grid'> => ({
  tooltip: { trigger: 'axis' },
  legend: { top: 0, type: 'scroll' },
  grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
});

/** Bars per township: this period's visits against the same months last year, and the −30 % ceiling. */
export function townshipBarsOption(c: Comparison, l: ChartLabels): ChartOption {
  return {
    ...base(),
    xAxis: { type: 'category', data: c.townships.map((t) => t.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: l.visits, data: c.townships.map((t) => t.visits.total) },
      { type: 'bar', name: l.previousYear, data: c.townships.map((t) => t.visits.vsPreviousYear.previous) },
      {
        type: 'line',
        name: l.target,
        lineStyle: { type: 'dashed' },
        data: c.townships.map((t) => t.visits.target.targetVisits),
      },
    ],
  };
}

/** One line per township: its visits month by month. */
export function trendOption(c: Comparison): ChartOption {
  const months = c.months ?? [];
  return {
    ...base(),
    xAxis: { type: 'category', data: months.map((m) => formatMonthZh(m.month)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: c.townships.map((t) => ({
      type: 'line' as const,
      name: t.name,
      data: months.map((m) => m.townships.find((x) => x.townshipId === t.townshipId)?.visits ?? 0),
    })),
  };
}

/** The level mix: each township's visits stacked by level (到镇 … 进京). */
export function levelMixOption(c: Comparison, l: ChartLabels): ChartOption {
  return {
    ...base(),
    xAxis: { type: 'category', data: c.townships.map((t) => t.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: LEVELS.map((level) => ({
      type: 'bar' as const,
      name: l.level[level],
      stack: 'level',
      data: c.townships.map((t) => t.visits.byLevel[level]),
    })),
  };
}

/** One township month by month: visits stacked by level, and the on-time resolution rate (right axis, %). */
export function townshipTrendOption(c: Comparison, townshipId: string, l: ChartLabels): ChartOption {
  const months = c.months ?? [];
  const of = (m: (typeof months)[number]) => m.townships.find((x) => x.townshipId === townshipId);
  const rate = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 1000) / 10);
  return {
    ...base(),
    xAxis: { type: 'category', data: months.map((m) => formatMonthZh(m.month)) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      ...LEVELS.map((level) => ({
        type: 'bar' as const,
        name: l.level[level],
        stack: 'level',
        data: months.map((m) => of(m)?.byLevel[level] ?? 0),
      })),
      {
        type: 'line' as const,
        name: l.onTimeResolution,
        yAxisIndex: 1,
        connectNulls: true,
        data: months.map((m) => rate(of(m)?.onTimeResolution.value)),
      },
    ],
  };
}
