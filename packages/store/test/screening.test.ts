import { describe, expect, it } from 'vitest';
import { ScreeningRepository, ScreeningVersionConflictError } from '../src';
import { useEmbeddedTable } from './support';

const table = useEmbeddedTable();
const item = {
  title: '土地流转纠纷',
  kind: 'dispute' as const,
  description: '两户对承包地边界有争议',
  status: 'in_progress' as const,
};
const submission = (unitId: string, extra: object = {}) => ({
  month: '2026-06',
  unitId,
  items: [item],
  submittedAt: '2026-06-20T01:00:00.000Z',
  submittedBy: 'u-rep',
  ...extra,
});

describe('ScreeningRepository', () => {
  it('files one ledger per unit and month; a re-submission replaces it with the next version', async () => {
    const repo = new ScreeningRepository(table.store());
    expect(await repo.submit('twn-a', submission('v1'))).toMatchObject({ unitId: 'v1', version: 1 });
    const again = await repo.submit('twn-a', submission('v1', { items: [], expectedVersion: 1 }));
    expect(again).toMatchObject({ version: 2, items: [] });
    await repo.submit('twn-a', submission('v2'));
    await repo.submit('twn-b', submission('v9'));
    const june = await repo.listMonth('twn-a', '2026-06');
    expect(june.map((l) => [l.unitId, l.version])).toEqual([
      ['v1', 2],
      ['v2', 1],
    ]);
    expect(await repo.listMonth('twn-a', '2026-05')).toEqual([]);
  });

  it('refuses a re-submission based on a stale version, reporting the current one', async () => {
    const repo = new ScreeningRepository(table.store());
    await repo.submit('twn-c', submission('v1'));
    await repo.submit('twn-c', submission('v1'));
    const stale = repo.submit('twn-c', submission('v1', { expectedVersion: 1 }));
    await expect(stale).rejects.toBeInstanceOf(ScreeningVersionConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: 2 });
  });
});
