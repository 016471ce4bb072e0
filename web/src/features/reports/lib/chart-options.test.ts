import { describe, expect, it } from 'vitest';
import type { AnnualReport, MonthlyReport } from '../api/types';
import { fenToYuan, monthlyMoneyOption, monthlyVisitsOption, ratesOption, unitMoneyOption } from './chart-options';
import type { Texts } from './chart-options';

const TEXTS: Texts = {
  onTime: '按期办结率',
  satisfaction: '群众满意率',
  fines: '罚款',
  rewards: '奖励',
  visits: '来访',
  target: '目标',
  previousYear: '上年',
  percentAxis: '%',
  yuanAxis: '元',
};

const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

/** A monthly report with only the fields the charts read filled in meaningfully. */
function month(m: string, levels: Record<string, number>, onTime: [number, number], finesFen: number): MonthlyReport {
  const byLevel = (['township', 'district', 'city', 'province', 'national'] as const).map((level) => ({
    level,
    label: { township: '到镇', district: '到区', city: '到市', province: '赴省', national: '进京' }[level],
    count: levels[level] ?? 0,
  }));
  const kpis = { onTimeResolution: rate(...onTime), satisfaction: rate(0, 0) } as MonthlyReport['kpis'];
  return {
    month: m,
    figures: {
      visits: { byLevel } as MonthlyReport['figures']['visits'],
      fines: { count: 1, totalFen: finesFen },
      rewardsFen: 0,
    } as MonthlyReport['figures'],
    kpis,
  } as MonthlyReport;
}

const label = (m: string) => `${Number(m.slice(5))}月`;

describe('report chart options', () => {
  const reports = [month('2026-05', { township: 3, district: 1 }, [4, 5], 200_050), month('2026-06', {}, [0, 0], 0)];

  it('stacks visits by level per month, every level a series in the API order', () => {
    const option = monthlyVisitsOption(reports, label);
    expect(option.xAxis.data).toEqual(['5月', '6月']);
    expect(option.series.map((s) => s.name)).toEqual(['到镇', '到区', '到市', '赴省', '进京']);
    expect(option.series[0]?.data).toEqual([3, 0]);
    expect(option.series[1]?.data).toEqual([1, 0]);
    expect(option.series.every((s) => s.stack === 'visits')).toBe(true);
  });

  it('draws rates in percent and leaves a month with nothing to count as a gap, not 0%', () => {
    const option = ratesOption(reports, label, TEXTS);
    expect(option.series[0]?.name).toBe('按期办结率');
    expect(option.series[0]?.data).toEqual([80, null]);
    expect(option.series[1]?.data).toEqual([null, null]);
    expect(option.yAxis.max).toBe(100);
  });

  it('shows money in yuan from integer fen', () => {
    expect(fenToYuan(200_050)).toBe(2000.5);
    expect(monthlyMoneyOption(reports, label, TEXTS).series[0]?.data).toEqual([2000.5, 0]);
  });

  it('leaves units without money out of the annual money chart, and names them', () => {
    const annual = {
      byUnit: [
        { unitId: 'u1', name: '东村', visits: 2, finesFen: 100_000, rewardsFen: 0, retrievalTasks: 0, vetoed: false },
        { unitId: 'u2', name: '西村', visits: 0, finesFen: 0, rewardsFen: 0, retrievalTasks: 0, vetoed: false },
      ],
    } as AnnualReport;
    const option = unitMoneyOption(annual, TEXTS);
    expect(option.xAxis.data).toEqual(['东村']);
    expect(option.series[0]?.data).toEqual([1000]);
  });
});
