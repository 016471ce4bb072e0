import type { Assignment } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import {
  CaseRepository,
  failingAt,
  InjectedFailure,
  OrgRepository,
  TenancyRepository,
  type StoreClients,
} from '../src';
import { useEmbeddedTable } from './support';

// A multi-write operation whose k-th store call fails, for every k: it either completes when retried with the same
// input, or leaves nothing a reader sees. The wrapper counts the calls of both SDK clients the repositories use.
const table = useEmbeddedTable();
const at = '2026-06-15T02:00:00.000Z';

/** Runs `operation` once with no failure to count its calls, then once per k with the k-th call failing. */
async function everyK(run: (store: StoreClients, k: number) => Promise<void>, calls: number) {
  for (let k = 1; k <= calls; k++) await run(failingAt(table.store(), k).store, k);
}

async function countCalls(operation: (store: StoreClients) => Promise<unknown>): Promise<number> {
  const counted = failingAt(table.store(), 0);
  await operation(counted.store);
  return counted.calls();
}

describe('a main assignment (claim, then the assignment) with its k-th store call failing', () => {
  it('is either not visible at all or complete, and a retry completes it; the unit keeps one main person', async () => {
    await new TenancyRepository(table.store()).createTownship(
      { id: 'twn-f', name: '故障镇', districtId: 'd1', population: 1 },
      at,
    );
    const org = new OrgRepository(table.store());
    await org.create('twn-f', 'unit', { id: 'o-f', name: '办事处', kind: 'office', population: 0 }, at);
    await org.create('twn-f', 'person', { id: 'p-f', name: '张', financePaid: true, leadingCadre: false }, at);
    const main = (id: string, unitId: string): Assignment => ({
      id,
      personId: 'p-f',
      role: 'main',
      unitId,
      from: '2026-01-01',
    });
    await org.create(
      'twn-f',
      'unit',
      { id: 'v-count', name: '计村', kind: 'village', officeId: 'o-f', population: 0 },
      at,
    );
    const calls = await countCalls((s) =>
      new OrgRepository(s).create('twn-f', 'assignment', main('a-count', 'v-count'), at),
    );
    expect(calls).toBeGreaterThanOrEqual(3);

    await everyK(async (store, k) => {
      const unitId = `v-${k}`;
      await org.create(
        'twn-f',
        'unit',
        { id: unitId, name: `村${k}`, kind: 'village', officeId: 'o-f', population: 0 },
        at,
      );
      const assignment = main(`a-${k}`, unitId);
      const failed = await new OrgRepository(store).create('twn-f', 'assignment', assignment, at).then(
        () => false,
        (error: unknown) => (error instanceof InjectedFailure ? true : Promise.reject(error)),
      );
      expect({ k, failed }).toEqual({ k, failed: true });
      const seen = (await org.list('twn-f', 'assignment')).filter((a) => a.unitId === unitId);
      expect(seen.length === 0 || (seen.length === 1 && seen[0]?.id === assignment.id)).toBe(true);
      // The retry (same assignment) completes, and a second main person for the same dates is still refused.
      if (seen.length === 0) await org.create('twn-f', 'assignment', assignment, at);
      expect((await org.list('twn-f', 'assignment')).filter((a) => a.unitId === unitId).map((a) => a.id)).toEqual([
        assignment.id,
      ]);
      await expect(org.create('twn-f', 'assignment', main(`a-${k}-other`, unitId), at)).rejects.toThrow(/重叠/);
    }, calls);
  });
});

describe('a case registration (events, petitioner, summaries) with its k-th store call failing', () => {
  it('completes when retried with the same case id, with exactly the two events and one summary', async () => {
    await new TenancyRepository(table.store()).createTownship(
      { id: 'twn-g', name: '登记镇', districtId: 'd1', population: 1 },
      at,
    );
    const input = (caseId: string) => ({
      tenantId: 'twn-g',
      districtId: 'd1',
      caseId,
      registered: {
        kind: 'registered' as const,
        on: '2026-03-02',
        caseType: 'appeal' as const,
        category: '土地',
        summary: '纠纷',
        originUnitId: 'v1',
        responsibleUnitIds: ['v1'],
      },
      firstVisit: {
        kind: 'visit' as const,
        on: '2026-03-02',
        visitId: `${caseId}-v1`,
        channel: 'visit' as const,
        level: 'township' as const,
        form: 'individual' as const,
        headcount: 1,
      },
      petitioner: { name: '甲', contact: '13900000000' },
      recordedAt: at,
    });
    // The year's first registration also creates its case-number counter (more calls); every later one, as each k
    // below, raises it: count the calls of a later one.
    await new CaseRepository(table.store()).register(input('c-warm'));
    const calls = await countCalls((s) => new CaseRepository(s).register(input('c-count')));
    expect(calls).toBeGreaterThanOrEqual(5);
    const cases = new CaseRepository(table.store());
    await everyK(async (store, k) => {
      const caseId = `c-${k}`;
      await expect(new CaseRepository(store).register(input(caseId))).rejects.toBeInstanceOf(InjectedFailure);
      const retried = await cases.register(input(caseId));
      expect(retried).toMatchObject({ id: caseId, lastSeq: 2 });
      const view = await cases.view('twn-g', caseId);
      expect(view?.events.map((e) => e.event.kind)).toEqual(['registered', 'visit']);
      expect(await cases.summary('twn-g', caseId)).toMatchObject({ id: caseId, lastSeq: 2 });
    }, calls);
  });
});
