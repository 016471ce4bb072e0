import { afterEach, describe, expect, it } from 'vitest';
import { render, type Rendered } from '../../../test-support/render';
import type { AnnualReport } from '../api/types';
import { AnnualPersonTable, AnnualTargetTable, AnnualUnitTable } from './annual-tables';

const report = {
  title: '西集镇2026年度信访工作汇总',
  year: 2026,
  byUnit: [
    {
      unitId: 'u-1',
      name: '南片办事处',
      visits: 5,
      finesFen: 275_050,
      rewardsFen: 100_000,
      retrievalTasks: 1,
      vetoed: true,
    },
  ],
  byPerson: [
    {
      personId: 'p-1',
      name: '谢立新',
      fineCount: 8,
      finesFen: 175_000,
      rewardsFen: 0,
      sanctions: ['约谈', '通报批评'],
      vetoed: false,
    },
  ],
  totals: { visits: 40, finesFen: 605_000, rewardsFen: 0, vetoes: 16 },
  targets: {
    visits: { current: 40, previous: 57, change: -0.298, targetReductionPct: 30, targetVisits: 39, met: false },
    backlog: { required: true, openAtEnd: 0, clearedInYear: 2, met: true },
    modelTownship: { required: true },
  },
} as AnnualReport;

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const rowsOf = (v: Rendered) =>
  [...v.container.querySelectorAll('tr.ant-table-row')].map((r) =>
    [...r.querySelectorAll('td')].map((td) => td.textContent),
  );

describe('annual report tables', () => {
  it('states each target, the year against the previous one, and whether it was met', async () => {
    view = await render(<AnnualTargetTable report={report} />);
    expect(rowsOf(view)).toEqual([
      ['来访同比下降 30%', '2026年 40 次，上年 57 次（目标不超过 39 次）', '未完成'],
      ['积案清零', '年末未化解 0 件，全年化解 2 件', '完成'],
      ['创建信访工作模范乡镇', '由区、市评定', '—'],
    ]);
  });

  it('shows units and persons by name, with money in yuan from fen and the veto marked', async () => {
    view = await render(<AnnualUnitTable report={report} />);
    expect(rowsOf(view)).toEqual([['南片办事处', '5', '¥2,750.50', '¥1,000.00', '1', '是']]);
    view.unmount();
    view = await render(<AnnualPersonTable report={report} />);
    expect(rowsOf(view)).toEqual([['谢立新', '8', '¥1,750.00', '¥0.00', '约谈、通报批评', '']]);
  });
});
