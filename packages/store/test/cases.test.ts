import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CaseTransitionError } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { CaseRepository, ConcurrentAppendError, recordStoreCalls } from '../src';
import { CaseSummaryStore } from '../src/cases/case-summary-store';
import { AT, registerCase } from './cases-support';
import { useEmbeddedTable } from './support';

const ctx = useEmbeddedTable();
const repoOf = () => new CaseRepository(ctx.store());

describe('case event log', () => {
  it('registers a case as events 1 and 2 and keeps the summary in step with each append', async () => {
    const repo = repoOf();
    const summary = await registerCase(repo, 'twn-a', 'c-1', '2026-03-02');
    expect(summary).toMatchObject({
      id: 'c-1',
      status: 'intake',
      lastSeq: 2,
      visitCount: 1,
      latestVisitLevel: 'township',
    });
    const after = await repo.append({
      tenantId: 'twn-a',
      caseId: 'c-1',
      expectedSeq: 2,
      event: { kind: 'accepted', on: '2026-03-03' },
      recordedAt: AT,
    });
    expect(after.event.seq).toBe(3);
    expect(await repo.summary('twn-a', 'c-1')).toMatchObject({
      acceptedOn: '2026-03-03',
      resolutionDeadline: '2026-05-02',
      lastSeq: 3,
    });
    // Another township cannot see it under the same id.
    expect(await repo.view('twn-b', 'c-1')).toBeUndefined();
  });

  it('lets exactly one of two writers at seq 7 win; the loser learns the current seq', async () => {
    const repo = repoOf();
    await registerCase(repo, 'twn-a', 'c-race', '2026-03-02');
    for (const [i, on] of ['2026-03-05', '2026-03-09', '2026-03-12', '2026-03-20'].entries()) {
      await repo.append({
        tenantId: 'twn-a',
        caseId: 'c-race',
        expectedSeq: 2 + i,
        event: {
          kind: 'visit',
          on,
          visitId: `v${i + 2}`,
          channel: 'visit',
          level: 'township',
          form: 'individual',
          headcount: 1,
        },
        recordedAt: AT,
      });
    }
    const write = (note: string) =>
      repo.append({
        tenantId: 'twn-a',
        caseId: 'c-race',
        expectedSeq: 6,
        event: { kind: 'accepted', on: '2026-03-21', note },
        recordedAt: AT,
      });
    const results = await Promise.allSettled([write('A'), write('B')]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConcurrentAppendError);
    expect((lost[0] as ConcurrentAppendError).currentSeq).toBe(7);
    const view = await repo.view('twn-a', 'c-race');
    expect(view?.events.map((e) => e.event.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // A stale caller is refused before writing anything.
    await expect(write('C')).rejects.toMatchObject({ name: 'ConcurrentAppendError', currentSeq: 7 });
  });

  it('refuses an impossible transition with the domain error and writes nothing', async () => {
    const repo = repoOf();
    await registerCase(repo, 'twn-a', 'c-bad', '2026-03-02');
    await expect(
      repo.append({
        tenantId: 'twn-a',
        caseId: 'c-bad',
        expectedSeq: 2,
        event: { kind: 'status', on: '2026-03-03', to: 'closed' },
        recordedAt: AT,
      }),
    ).rejects.toBeInstanceOf(CaseTransitionError);
    expect((await repo.view('twn-a', 'c-bad'))?.state.lastSeq).toBe(2);
  });
});

describe('case summaries', () => {
  it('converge when projected twice, and an older fold never overwrites a newer one', async () => {
    const repo = repoOf();
    await registerCase(repo, 'twn-r', 'c-1', '2026-01-05');
    await repo.append({
      tenantId: 'twn-r',
      caseId: 'c-1',
      expectedSeq: 2,
      event: { kind: 'accepted', on: '2026-01-06' },
      recordedAt: AT,
    });
    const before = await repo.summary('twn-r', 'c-1');
    expect(await repo.rebuildCaseSummaries('twn-r')).toBe(1);
    expect(await repo.rebuildCaseSummaries('twn-r')).toBe(1);
    expect(await repo.summary('twn-r', 'c-1')).toEqual(before);
    // A projector that read the case before the accept and writes late loses to the newer fold.
    if (!before) throw new Error('no summary');
    const { acceptedOn: _acceptedOn, ...stale } = { ...before, lastSeq: 2 };
    await new CaseSummaryStore(ctx.store()).write('twn-r', stale);
    expect(await repo.summary('twn-r', 'c-1')).toEqual(before);
  });

  it('moves the case between unit lists when its units change', async () => {
    const repo = repoOf();
    await registerCase(repo, 'twn-u', 'c-1', '2026-02-01', { unit: 'v-li' });
    await repo.append({
      tenantId: 'twn-u',
      caseId: 'c-1',
      expectedSeq: 2,
      event: { kind: 'units_changed', on: '2026-02-02', responsibleUnitIds: ['dept-mz'] },
      recordedAt: AT,
    });
    expect((await repo.list('twn-u', { unitId: 'dept-mz' })).items.map((s) => s.id)).toEqual(['c-1']);
    // The origin unit still sees the case; a unit that never had it does not.
    expect((await repo.list('twn-u', { unitId: 'v-li' })).items.map((s) => s.id)).toEqual(['c-1']);
    await repo.append({
      tenantId: 'twn-u',
      caseId: 'c-1',
      expectedSeq: 3,
      event: { kind: 'units_changed', on: '2026-02-03', responsibleUnitIds: ['dept-cj'] },
      recordedAt: AT,
    });
    expect((await repo.list('twn-u', { unitId: 'dept-mz' })).items).toEqual([]);
  });

  it('lists newest first with filters and a cursor that only works for its own list', async () => {
    const repo = repoOf();
    for (let i = 1; i <= 5; i += 1)
      await registerCase(repo, 'twn-l', `c-${i}`, `2026-0${i}-10`, { category: i % 2 ? '土地征收' : '劳资纠纷' });
    await repo.append({
      tenantId: 'twn-l',
      caseId: 'c-5',
      expectedSeq: 2,
      event: { kind: 'status', on: '2026-05-11', to: 'routed' },
      recordedAt: AT,
    });
    const first = await repo.list('twn-l', {}, { limit: 2 });
    expect(first.items.map((s) => s.id)).toEqual(['c-5', 'c-4']);
    const second = await repo.list('twn-l', {}, { limit: 2, ...(first.cursor ? { cursor: first.cursor } : {}) });
    expect(second.items.map((s) => s.id)).toEqual(['c-3', 'c-2']);
    expect((await repo.list('twn-l', { status: 'routed' })).items.map((s) => s.id)).toEqual(['c-5']);
    expect((await repo.list('twn-l', { category: '劳资' })).items.map((s) => s.id)).toEqual(['c-4', 'c-2']);
    expect(
      (await repo.list('twn-l', { registeredFrom: '2026-02-01', registeredTo: '2026-03-31' })).items.map((s) => s.id),
    ).toEqual(['c-3', 'c-2']);
    // Not accepted: the resolution deadline runs from the acceptance deadline (c-1: 01-25 + 60 = 03-26; c-2: 04-26).
    expect((await repo.list('twn-l', { overdue: true, today: '2026-04-01' })).items.map((s) => s.id)).toEqual(['c-1']);
    expect((await repo.list('twn-l', { overdue: false, today: '2026-04-01' })).items.map((s) => s.id)).toEqual([
      'c-5',
      'c-4',
      'c-3',
      'c-2',
    ]);
    await expect(
      repo.list('twn-l', { unitId: 'v-li' }, { ...(first.cursor ? { cursor: first.cursor } : {}) }),
    ).rejects.toThrow('分页游标无效');
    await expect(repo.list('twn-l', {}, { cursor: 'not-a-cursor' })).rejects.toThrow('分页游标无效');
  });
});

describe('listCaseRecords', () => {
  it('finds every case of a township with events in the years, complete, with Query only', async () => {
    const repo = repoOf();
    await registerCase(repo, 'twn-y', 'old', '2024-11-02');
    await repo.append({
      tenantId: 'twn-y',
      caseId: 'old',
      event: {
        kind: 'visit',
        on: '2025-04-01',
        visitId: 'old-v2',
        channel: 'letter',
        level: 'district',
        form: 'individual',
        headcount: 1,
      },
      recordedAt: AT,
    });
    await repo.append({
      tenantId: 'twn-y',
      caseId: 'old',
      event: { kind: 'accepted', on: '2026-01-03' },
      recordedAt: AT,
    });
    await registerCase(repo, 'twn-y', 'new', '2025-06-01');
    await registerCase(repo, 'twn-y', 'later', '2026-02-01');
    await registerCase(repo, 'twn-other', 'x', '2025-06-01');

    const log = recordStoreCalls(ctx.store().client);
    const records = await repo.listCaseRecords('twn-y', { fromYear: 2025, toYear: 2025 });
    expect(records.map((r) => r.id)).toEqual(['new', 'old']);
    expect(records.find((r) => r.id === 'old')?.events.map((e) => e.kind)).toEqual([
      'registered',
      'visit',
      'visit',
      'accepted',
    ]);
    expect(log.calls.map((c) => c.command)).not.toContain('Scan');
    expect(log.calls.every((c) => c.command === 'Query')).toBe(true);
  });

  it('keeps the petitioner out of every item but its own', async () => {
    const repo = repoOf();
    await registerCase(repo, 'twn-p', 'c-1', '2026-03-02', { petitioner: true });
    expect(await repo.petitioner('twn-p', 'c-1')).toEqual({ name: '张三', contact: '13800000000', address: '李村3组' });
    const store = ctx.store();
    const out = await store.doc.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'T#twn-p#CASE#c-1' },
      }),
    );
    const others = (out.Items ?? []).filter((i) => i.sk !== 'PETITIONER');
    expect(others.length).toBeGreaterThan(2);
    expect(JSON.stringify(others)).not.toMatch(/张三|13800000000|李村3组/);
  });
});
