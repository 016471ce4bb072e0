import { describe, expect, it } from 'vitest';
import { CaseRepository } from '../src';
import { registerCase } from './cases-support';
import { useEmbeddedTable } from './support';

const ctx = useEmbeddedTable();

describe('case numbers (编号)', () => {
  it('numbers a township’s cases by year, after the cases already there, and keeps a number through a retry', async () => {
    const repo = new CaseRepository(ctx.store());
    // Two cases already registered in 2026 (as imported demo cases are, numbered by their ids).
    for (const id of ['xiji-2026-001', 'xiji-2026-002']) {
      await registerCase(repo, 'twn-xiji', id, '2026-03-02');
    }
    // Those two got numbers too; the numbers go on from there, whatever the case's id.
    const third = await registerCase(repo, 'twn-xiji', '6f1c2a9e-0000-4000-8000-000000000003', '2026-04-01');
    const fourth = await registerCase(repo, 'twn-xiji', '6f1c2a9e-0000-4000-8000-000000000004', '2026-04-02');
    expect([third.number, fourth.number]).toEqual(['xiji-2026-003', 'xiji-2026-004']);
    // A new year starts again at 001; another township counts on its own.
    expect((await registerCase(repo, 'twn-xiji', 'c-2027', '2027-01-04')).number).toBe('xiji-2027-001');
    expect((await registerCase(repo, 'twn-liuhe', 'c-liuhe', '2026-04-01')).number).toBe('liuhe-2026-001');
    // The same registration sent again (a retry after a crash) keeps its number and takes no new one.
    const again = await registerCase(repo, 'twn-xiji', '6f1c2a9e-0000-4000-8000-000000000004', '2026-04-02');
    expect(again.number).toBe('xiji-2026-004');
    expect((await registerCase(repo, 'twn-xiji', 'c-next', '2026-05-01')).number).toBe('xiji-2026-005');
    expect((await repo.summary('twn-xiji', 'c-next'))?.number).toBe('xiji-2026-005');
  });
});
