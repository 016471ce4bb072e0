import { AuditLog } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, caseUsers, register, type Summary } from './cases-fixtures';
import { orgUsers, seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
});
afterAll(async () => ctx.stop());

type Appended = { seq: number; case: Summary };

describe('POST /api/cases/{id}/events', () => {
  it('walks a case through the workflow, each step at the next seq and audited', async () => {
    const c = await register(ctx, users.officerA);
    const steps: Record<string, unknown>[] = [
      { kind: 'accept', on: '2026-06-02' },
      { kind: 'route', on: '2026-06-03' },
      { kind: 'assign', on: '2026-06-03' },
      { kind: 'visit', on: '2026-06-05', channel: 'visit', level: 'district', form: 'collective', headcount: 6 },
      { kind: 'supervise', on: '2026-06-06' },
      { kind: 'extension', on: '2026-06-07', days: 10 },
      { kind: 'retrieval', on: '2026-06-08', unitId: 'v-east', costFen: 35_000, note: '派车接回' },
      { kind: 'units_changed', on: '2026-06-09', responsibleUnitIds: ['v-east', 'dep-civil'] },
      { kind: 'resolve', on: '2026-06-10' },
      { kind: 'close', on: '2026-06-11' },
      { kind: 'satisfaction', on: '2026-06-12', result: 'basically_satisfied' },
      { kind: 'review', on: '2026-06-13' },
    ];
    let seq = c.lastSeq;
    for (const step of steps) {
      const res = await act(ctx, users.officerA, c.id, { ...step, expectedSeq: seq });
      expect(res.status, JSON.stringify(step)).toBe(201);
      const body = (await res.json()) as Appended;
      expect(body.seq).toBe(seq + 1);
      seq = body.seq;
    }
    const last = (await (
      await ctx.app.request(`/api/cases/${c.id}`, { headers: await ctx.as(users.officerA) })
    ).json()) as { case: Summary; deadline: { kind: string } };
    expect(last.case).toMatchObject({
      status: 'review',
      statusLabel: '复查',
      retrievalCostFen: 35_000,
      satisfaction: 'basically_satisfied',
      resolvedOn: '2026-06-10',
      responsibleUnitIds: ['v-east', 'dep-civil'],
    });
    expect(last.deadline.kind).toBe('resolved_on_time');
    const trail = await new AuditLog(ctx.store).listForTarget('twn-a', 'case', c.id, { limit: 50 });
    expect(trail.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['case.register', 'case.event.accept', 'case.event.retrieval', 'case.event.review']),
    );
  });

  it('answers a stale expectedSeq with 409 and the current seq', async () => {
    const c = await register(ctx, users.officerA);
    expect((await act(ctx, users.officerA, c.id, { kind: 'accept', expectedSeq: 2 })).status).toBe(201);
    const res = await act(ctx, users.adminA, c.id, { kind: 'route', expectedSeq: 2 });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { detail: string };
    expect(body).toMatchObject({ status: 409, currentSeq: 3, code: 'stale_case' });
    // What the official reads says what to do, and names no internal id.
    expect(body.detail).toBe('该信访事项已被他人更新，请刷新后重试');
    expect(body.detail).not.toContain(c.id);
  });

  it('answers an impossible transition with 422, a Chinese message and the domain code', async () => {
    const c = await register(ctx, users.officerA);
    const res = await act(ctx, users.officerA, c.id, { kind: 'close', expectedSeq: 2 });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'bad_transition', detail: '不能从「接访」转为「结案」' });
    const early = await act(ctx, users.officerA, c.id, { kind: 'satisfaction', expectedSeq: 2, result: 'satisfied' });
    expect(await early.json()).toMatchObject({ status: 422, code: 'satisfaction_before_closing' });
  });

  it('answers bad bodies with 400 naming the field', async () => {
    const c = await register(ctx, users.officerA);
    const unknownKind = await act(ctx, users.officerA, c.id, { kind: 'teleport', expectedSeq: 2 });
    expect(unknownKind.status).toBe(400);
    const res = await act(ctx, users.officerA, c.id, {
      kind: 'retrieval',
      expectedSeq: 2,
      unitId: 'v-east',
      costFen: 10.5,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ invalidParams: [{ path: 'body.costFen' }] });
    const future = await act(ctx, users.officerA, c.id, { kind: 'accept', expectedSeq: 2, on: '2026-12-01' });
    expect(await future.json()).toMatchObject({ status: 400, invalidParams: [{ path: 'body.on' }] });
    const unknownUnit = await act(ctx, users.officerA, c.id, {
      kind: 'units_changed',
      expectedSeq: 2,
      responsibleUnitIds: ['nowhere'],
    });
    expect(await unknownUnit.json()).toMatchObject({
      status: 422,
      invalidParams: [{ path: 'body.responsibleUnitIds[0]' }],
    });
  });

  it('lets a unit reporter record only its own unit’s retrieval and resolution (403 otherwise)', async () => {
    const c = await register(ctx, users.officerA);
    expect(
      (await act(ctx, orgUsers.reporterA, c.id, { kind: 'retrieval', expectedSeq: 2, unitId: 'v-east', costFen: 0 }))
        .status,
    ).toBe(201);
    expect(
      (await act(ctx, orgUsers.reporterA, c.id, { kind: 'retrieval', expectedSeq: 3, unitId: 'v-west', costFen: 0 }))
        .status,
    ).toBe(403);
    expect((await act(ctx, orgUsers.reporterA, c.id, { kind: 'accept', expectedSeq: 3 })).status).toBe(403);
    expect(
      (
        await act(ctx, caseUsers.reporterWest, c.id, {
          kind: 'retrieval',
          expectedSeq: 3,
          unitId: 'v-west',
          costFen: 0,
        })
      ).status,
    ).toBe(403);
    expect((await act(ctx, orgUsers.reporterA, c.id, { kind: 'resolve', expectedSeq: 3 })).status).toBe(201);
  });

  it('keeps serious impact to township admins, writes to auditors and district out, other townships at 404', async () => {
    const c = await register(ctx, users.officerA);
    expect((await act(ctx, users.officerA, c.id, { kind: 'serious_impact', expectedSeq: 2 })).status).toBe(403);
    expect((await act(ctx, users.adminA, c.id, { kind: 'serious_impact', expectedSeq: 2 })).status).toBe(201);
    expect((await act(ctx, orgUsers.auditorA, c.id, { kind: 'accept', expectedSeq: 3 })).status).toBe(403);
    expect((await act(ctx, users.overseer, c.id, { kind: 'accept', expectedSeq: 3 })).status).toBe(403);
    expect((await act(ctx, users.officerB, c.id, { kind: 'accept', expectedSeq: 3 })).status).toBe(404);
    expect((await ctx.app.request(`/api/cases/${c.id}/events`, { method: 'POST', body: '{}' })).status).toBe(401);
  });

  it('appends once for two requests with the same Idempotency-Key', async () => {
    const c = await register(ctx, users.officerA);
    const key = { 'idempotency-key': `visit-once-${c.id}` };
    const body = {
      kind: 'visit',
      expectedSeq: 2,
      visitId: 'again-1',
      channel: 'visit',
      level: 'township',
      form: 'individual',
      headcount: 1,
    };
    const first = await act(ctx, users.officerA, c.id, body, key);
    const second = await act(ctx, users.officerA, c.id, body, key);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotency-replayed')).toBe('true');
    const detail = (await (
      await ctx.app.request(`/api/cases/${c.id}`, { headers: await ctx.as(users.officerA) })
    ).json()) as { timeline: unknown[] };
    expect(detail.timeline).toHaveLength(3);
  });
});
