import { describe, expect, it } from 'vitest';
import {
  AssignmentAlreadyEndedError,
  OrgItemExistsError,
  OrgItemNotFoundError,
  OrgRepository,
  OrgVersionConflictError,
  recordStoreCalls,
  TenancyRepository,
  TownshipNotFoundError,
} from '../src';
import { useEmbeddedTable } from './support';

const table = useEmbeddedTable();
const at = '2026-06-01T00:00:00.000Z';
// The call log can be attached once per client; tests clear it before the calls they count.
let log: ReturnType<typeof recordStoreCalls> | undefined;
function callLog() {
  log ??= recordStoreCalls(table.store().client);
  log.clear();
  return log;
}

async function township(id: string) {
  await new TenancyRepository(table.store()).createTownship(
    { id, name: `${id}镇`, districtId: 'd1', population: 1000 },
    at,
  );
  return new OrgRepository(table.store());
}

describe('OrgRepository', () => {
  it('round-trips units, people and assignments and loads the org with Queries only', async () => {
    const repo = await township('twn-rt');
    await repo.create('twn-rt', 'unit', { id: 'o1', name: '东办事处', kind: 'office', population: 5000 }, at);
    await repo.create(
      'twn-rt',
      'unit',
      { id: 'v1', name: '东村', kind: 'village', officeId: 'o1', population: 800 },
      at,
    );
    await repo.create('twn-rt', 'person', { id: 'p1', name: '张书记', financePaid: true, leadingCadre: false }, at);
    await repo.create(
      'twn-rt',
      'assignment',
      { id: 'a1', personId: 'p1', role: 'main', unitId: 'v1', from: '2025-01-01' },
      at,
    );

    const log = callLog();
    const org = await repo.loadOrg('twn-rt');
    expect(log.calls.map((c) => c.command)).toEqual(['Query', 'Query']);
    expect(org).toEqual({
      township: { id: 'twn-rt', name: 'twn-rt镇', districtId: 'd1', population: 1000 },
      units: [
        { id: 'o1', name: '东办事处', kind: 'office', population: 5000 },
        { id: 'v1', name: '东村', kind: 'village', officeId: 'o1', population: 800 },
      ],
      people: [{ id: 'p1', name: '张书记', financePaid: true, leadingCadre: false }],
      assignments: [{ id: 'a1', personId: 'p1', role: 'main', unitId: 'v1', from: '2025-01-01' }],
    });
    expect((await repo.loadVersionedOrg('twn-rt')).units.map((u) => u.version)).toEqual([1, 1]);
  });

  it('updates only from the current version and reports the current one on conflict', async () => {
    const repo = await township('twn-ver');
    await repo.create('twn-ver', 'person', { id: 'p1', name: '李', financePaid: true, leadingCadre: false }, at);
    const saved = await repo.update(
      'twn-ver',
      'person',
      { id: 'p1', name: '李主任', financePaid: true, leadingCadre: true },
      1,
      at,
    );
    expect(saved.version).toBe(2);
    const stale = repo.update(
      'twn-ver',
      'person',
      { id: 'p1', name: '李某', financePaid: false, leadingCadre: false },
      1,
      at,
    );
    await expect(stale).rejects.toMatchObject({ name: 'OrgVersionConflictError', currentVersion: 2 });
    await expect(stale).rejects.toBeInstanceOf(OrgVersionConflictError);
    expect(await repo.get('twn-ver', 'person', 'p1')).toMatchObject({ name: '李主任', version: 2 });
    await expect(
      repo.update('twn-ver', 'person', { id: 'nobody', name: 'x', financePaid: true, leadingCadre: false }, 1, at),
    ).rejects.toBeInstanceOf(OrgItemNotFoundError);
    await expect(
      repo.create('twn-ver', 'person', { id: 'p1', name: '重复', financePaid: true, leadingCadre: false }, at),
    ).rejects.toBeInstanceOf(OrgItemExistsError);
  });

  it('ends an assignment once, keeping it in the org', async () => {
    const repo = await township('twn-end');
    await repo.create(
      'twn-end',
      'assignment',
      { id: 'a1', personId: 'p1', role: 'liaison', unitId: 'o1', from: '2024-01-01' },
      at,
    );
    const ended = await repo.endAssignment('twn-end', 'a1', '2025-12-31', 1, at);
    expect(ended).toMatchObject({ id: 'a1', to: '2025-12-31', version: 2 });
    await expect(repo.endAssignment('twn-end', 'a1', '2026-01-31', 2, at)).rejects.toBeInstanceOf(
      AssignmentAlreadyEndedError,
    );
    await expect(repo.endAssignment('twn-end', 'nope', '2026-01-31', 1, at)).rejects.toBeInstanceOf(
      OrgItemNotFoundError,
    );
    expect(await repo.list('twn-end', 'assignment')).toHaveLength(1);
  });

  it('keeps townships apart', async () => {
    const a = await township('twn-iso-a');
    await township('twn-iso-b');
    await a.create('twn-iso-a', 'unit', { id: 'o1', name: '甲办', kind: 'office', population: 0 }, at);
    expect((await a.loadOrg('twn-iso-b')).units).toEqual([]);
    expect(await a.get('twn-iso-b', 'unit', 'o1')).toBeUndefined();
    await expect(a.loadOrg('never-onboarded')).rejects.toBeInstanceOf(TownshipNotFoundError);
  });

  it('seeds in batches of 25 and reads every page back', async () => {
    const repo = await township('twn-seed');
    const units = Array.from({ length: 60 }, (_, i) => ({
      id: `u${String(i).padStart(2, '0')}`,
      name: `单位${i}`,
      kind: 'department' as const,
      population: i,
    }));
    const log = callLog();
    await repo.putUnits('twn-seed', units, at);
    await repo.putPeople(
      'twn-seed',
      [{ id: 'p1', name: '王', financePaid: false, leadingCadre: false, version: 3 }],
      at,
    );
    await repo.putAssignments(
      'twn-seed',
      [{ id: 'a1', personId: 'p1', role: 'main', unitId: 'u00', from: '2026-01-01' }],
      at,
    );
    expect(log.calls.filter((c) => c.command === 'BatchWriteItem')).toHaveLength(5);
    const org = await repo.loadVersionedOrg('twn-seed');
    expect(org.units).toHaveLength(60);
    expect(org.people).toEqual([{ id: 'p1', name: '王', financePaid: false, leadingCadre: false, version: 3 }]);
  });
});
