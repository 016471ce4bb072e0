import type { EChartsCoreOption } from 'echarts/core';
import type { AnnualReport, MonthlyReport, WeeklyReport } from '../api/types';

// ECharts options built from the reports, as plain data (tested without a browser). Labels are the API's Chinese
// ones; money goes from integer fen to yuan only here, at the edge of display.

/** Fen to yuan for an axis: one division of an integer, so 1005 fen is 10.05. */
export const fenToYuan = (fen: number) => Math.trunc(fen) / 100;

const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

const base = {
  animation: false,
  tooltip: { trigger: 'axis' },
  legend: { top: 0, type: 'scroll' },
  grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
} as const;

export interface Texts {
  onTime: string;
  satisfaction: string;
  fines: string;
  rewards: string;
  visits: string;
  target: string;
  previousYear: string;
  percentAxis: string;
  yuanAxis: string;
}

/** Visits by level, one stacked bar per month (or day). */
function byLevelOption(categories: string[], rows: { level: string; label: string; counts: number[] }[]) {
  return {
    ...base,
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', minInterval: 1 },
    series: rows.map((r) => ({ type: 'bar', stack: 'visits', name: r.label, data: r.counts })),
  } satisfies EChartsCoreOption;
}

/** Months' visits by level over time: one stacked bar per month. */
export function monthlyVisitsOption(reports: readonly MonthlyReport[], monthLabel: (m: string) => string) {
  const levels = reports[0]?.figures.visits.byLevel ?? [];
  return byLevelOption(
    reports.map((r) => monthLabel(r.month)),
    levels.map((l) => ({
      level: l.level,
      label: l.label,
      counts: reports.map((r) => r.figures.visits.byLevel.find((x) => x.level === l.level)?.count ?? 0),
    })),
  );
}

/** A week's visits by level, one stacked bar per day (Monday first). */
export function weeklyVisitsOption(report: WeeklyReport, days: readonly string[], dayLabel: (d: string) => string) {
  return byLevelOption(
    days.map(dayLabel),
    report.visits.byLevel.map((l) => ({
      level: l.level,
      label: l.label,
      counts: days.map((d) => report.visits.list.filter((v) => v.date === d && v.level === l.level).length),
    })),
  );
}

/**
 * On-time resolution and satisfaction per month, in percent, on a 0–100 axis. A month with nothing to count is a
 * gap, not a zero. The rule set names no target for either rate (only for visits), so no target line is drawn.
 */
export function ratesOption(reports: readonly MonthlyReport[], monthLabel: (m: string) => string, texts: Texts) {
  const line = (name: string, values: (number | null)[]) => ({
    type: 'line',
    name,
    data: values,
    connectNulls: false,
    label: { show: true, formatter: '{c}%' },
  });
  return {
    ...base,
    xAxis: { type: 'category', data: reports.map((r) => monthLabel(r.month)) },
    yAxis: { type: 'value', min: 0, max: 100, name: texts.percentAxis },
    series: [
      line(
        texts.onTime,
        reports.map((r) => percent(r.kpis.onTimeResolution.value)),
      ),
      line(
        texts.satisfaction,
        reports.map((r) => percent(r.kpis.satisfaction.value)),
      ),
    ],
  } satisfies EChartsCoreOption;
}

/** Fines and rewards per month, in yuan. */
export function monthlyMoneyOption(reports: readonly MonthlyReport[], monthLabel: (m: string) => string, texts: Texts) {
  return {
    ...base,
    xAxis: { type: 'category', data: reports.map((r) => monthLabel(r.month)) },
    yAxis: { type: 'value', name: texts.yuanAxis },
    series: [
      { type: 'bar', name: texts.fines, data: reports.map((r) => fenToYuan(r.figures.fines.totalFen)) },
      { type: 'bar', name: texts.rewards, data: reports.map((r) => fenToYuan(r.figures.rewardsFen)) },
    ],
  } satisfies EChartsCoreOption;
}

/** The year's fines and rewards by unit, in yuan; units with neither are left out. */
export function unitMoneyOption(report: AnnualReport, texts: Texts) {
  const units = report.byUnit.filter((u) => u.finesFen !== 0 || u.rewardsFen !== 0);
  return {
    ...base,
    xAxis: { type: 'category', data: units.map((u) => u.name), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', name: texts.yuanAxis },
    series: [
      { type: 'bar', name: texts.fines, data: units.map((u) => fenToYuan(u.finesFen)) },
      { type: 'bar', name: texts.rewards, data: units.map((u) => fenToYuan(u.rewardsFen)) },
    ],
  } satisfies EChartsCoreOption;
}

/** The year's visits against the previous year and the target (at most `targetVisits`). */
export function visitTargetOption(report: AnnualReport, texts: Texts) {
  const v = report.targets.visits;
  const bars = [
    { name: texts.previousYear, value: v.previous },
    { name: String(report.year), value: v.current },
  ];
  return {
    ...base,
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: bars.map((b) => b.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: texts.visits,
        data: bars.map((b) => b.value),
        label: { show: true, position: 'top' },
        ...(v.targetVisits === null
          ? {}
          : {
              markLine: {
                symbol: 'none',
                label: { position: 'insideEndTop', formatter: `${texts.target} {c}` },
                data: [{ yAxis: v.targetVisits, name: texts.target }],
              },
            }),
      },
    ],
  } satisfies EChartsCoreOption;
}
