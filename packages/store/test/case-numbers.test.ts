import type { CaseRecord } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { CaseRepository, importCases } from '../src';
import { registerCase } from './cases-support';
import { useEmbeddedTable } from './support';

const ctx = useEmbeddedTable();

/** A case as the demo seed imports it: its id is its number, and it has no other. */
const imported = (id: string, on: string): CaseRecord => ({
  id,
  townshipId: 'twn-xiji',
  events: [
    {
      kind: 'registered',
      seq: 1,
      on,
      caseType: 'appeal',
      category: '土地征收',
      summary: '征地补偿款未足额发放',
      originUnitId: 'v-li',
      responsibleUnitIds: ['v-li'],
    },
  ],
});

describe('case numbers (编号)', () => {
  it('numbers a township’s cases by year after the numbers already there, and keeps one through a retry', async () => {
    const store = ctx.store();
    const repo = new CaseRepository(store);
    // The demo numbers its cases across years: 2026's imported cases are 041 and 042.
    await importCases(store, { districtId: 'd1', recordedAt: '2026-06-15T02:00:00.000Z' }, [
      { record: imported('xiji-2026-041', '2026-01-05') },
      { record: imported('xiji-2026-042', '2026-02-09') },
    ]);
    await repo.rebuildCaseSummaries('twn-xiji');
    expect((await repo.summary('twn-xiji', 'xiji-2026-041'))?.number).toBe('xiji-2026-041');

    const third = await registerCase(repo, 'twn-xiji', '6f1c2a9e-0000-4000-8000-000000000003', '2026-04-01');
    const fourth = await registerCase(repo, 'twn-xiji', '6f1c2a9e-0000-4000-8000-000000000004', '2026-04-02');
    expect([third.number, fourth.number]).toEqual(['xiji-2026-043', 'xiji-2026-044']);
    // A new year starts again at 001; another township counts on its own.
    expect((await registerCase(repo, 'twn-xiji', 'c-2027', '2027-01-04')).number).toBe('xiji-2027-001');
    expect((await registerCase(repo, 'twn-liuhe', 'c-liuhe', '2026-04-01')).number).toBe('liuhe-2026-001');
    // The same registration sent again (a retry after a crash) keeps its number and takes no new one.
    const again = await registerCase(repo, 'twn-xiji', '6f1c2a9e-0000-4000-8000-000000000004', '2026-04-02');
    expect(again.number).toBe('xiji-2026-044');
    expect((await registerCase(repo, 'twn-xiji', 'c-next', '2026-05-01')).number).toBe('xiji-2026-045');
    expect((await repo.summary('twn-xiji', 'c-next'))?.number).toBe('xiji-2026-045');
  });
});
