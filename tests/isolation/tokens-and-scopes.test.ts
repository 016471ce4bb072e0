import { createLocalIssuer, type DemoUser } from '@xinfang/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbiddenStrings, leaked, townshipOf } from './support/leaks';
import { fillPath, listOperations, type Operation } from './support/openapi-operations';
import { createSeededApp, FIXED_NOW, type SeededApp } from './support/seeded-app';

describe('tokens and scopes', () => {
  let ctx: SeededApp;
  let operations: Operation[];

  beforeAll(async () => {
    ctx = await createSeededApp();
    ({ operations } = await listOperations(ctx.app));
  });
  afterAll(() => ctx?.stop());

  const get = async (url: string, headers: Record<string, string>) => {
    const res = await ctx.app.request(url, { headers });
    return { status: res.status, text: await res.text() };
  };

  it('answers 401 on every secured endpoint for an expired token and for a wrongly signed one, revealing nothing', async () => {
    const officer = ctx.user('demo-a1-officer');
    const expired = await ctx.issuer.sign(officer, { now: new Date(FIXED_NOW.getTime() - 9 * 3600_000) });
    // Same issuer name and key id, another key: only the signature gives it away.
    const impostor = await createLocalIssuer(ctx.issuer.issuer);
    const forged = await impostor.sign(officer, { now: FIXED_NOW });
    const a1 = townshipOf(ctx.districtA, 'twn-a1');
    const secrets = forbiddenStrings(a1, []);
    const secured = operations.filter((o) => o.secured);
    expect(secured.length).toBeGreaterThan(20);
    for (const token of [expired, forged, 'not-a-jwt']) {
      for (const op of secured) {
        const url = fillPath(op.path, {
          id: 'a1-2025-001',
          month: '2026-05',
          townshipId: 'twn-a1',
          caseId: 'a1-2025-001',
          entryId: 'x',
        });
        const res = await ctx.app.request(url, {
          method: op.method.toUpperCase(),
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: op.method === 'get' ? null : '{}',
        });
        const text = await res.text();
        expect({ op: `${op.method} ${op.path}`, status: res.status }).toEqual({
          op: `${op.method} ${op.path}`,
          status: 401,
        });
        expect(leaked(text, secrets, url)).toEqual([]);
      }
    }
  });

  it('gives a token of a township that does not exist nothing of anyone', async () => {
    const ghost: DemoUser = {
      id: 'ghost-admin',
      name: '无名',
      role: 'township_admin',
      districtId: 'dist-a',
      tenantId: 'twn-ghost',
    };
    const headers = await ctx.as(ghost);
    const everything = [...ctx.districtA.townships, ...ctx.districtB.townships].flatMap((t) => forbiddenStrings(t, []));
    for (const op of operations.filter((o) => o.method === 'get' && o.secured && o.pathParams.length === 0)) {
      const { status, text } = await get(`/api${op.path}`, headers);
      expect(status, op.path).toBeLessThan(500);
      expect(leaked(text, everything, op.path), op.path).toEqual([]);
    }
  });

  it('keeps a unit reporter to its own unit’s cases and ledger', async () => {
    const reporter = ctx.user('demo-a1-reporter');
    const a1 = townshipOf(ctx.districtA, 'twn-a1');
    const unitId = reporter.unitId ?? '';
    const involves = (c: (typeof a1.cases)[number]) =>
      c.record.events.some(
        (e) => e.kind === 'registered' && (e.originUnitId === unitId || e.responsibleUnitIds.includes(unitId)),
      );
    const own = a1.cases.filter(involves);
    const others = a1.cases.filter((c) => !involves(c));
    expect(own.length).toBeGreaterThan(0);
    const headers = await ctx.as(reporter);
    const otherIds = others.map((c) => c.record.id);
    const other = others[0];
    if (!other) throw new Error('no other case');

    for (const path of [`/api/cases/${other.record.id}`, `/api/cases/${other.record.id}/petitioner`]) {
      expect([403, 404], path).toContain((await get(path, headers)).status);
    }
    const otherUnit = other.record.events.find((e) => e.kind === 'registered');
    const otherUnitId = otherUnit?.kind === 'registered' ? (otherUnit.responsibleUnitIds[0] ?? '') : '';
    for (const path of [
      '/api/cases?limit=100',
      `/api/cases?unitId=${otherUnitId}`,
      '/api/ledger',
      `/api/ledger?unitId=${otherUnitId}`,
      '/api/ledger/by-unit',
      '/api/ledger/by-person',
      '/api/ledger/notices',
    ]) {
      const { status, text } = await get(path, headers);
      expect(status, path).toBeLessThan(500);
      expect(leaked(text, otherIds, ''), path).toEqual([]);
    }
    // Its own cases stay readable.
    const mine = await get(`/api/cases/${own[0]?.record.id ?? ''}`, headers);
    expect(mine.status).toBe(200);
  });

  it('keeps a district overseer to the townships of its own district', async () => {
    const overseerB = ctx.user('demo-overseer-dist-b');
    const headers = await ctx.as(overseerB);
    const listed = await get('/api/district/townships', headers);
    expect(listed.status).toBe(200);
    expect(listed.text).toContain('twn-c1');
    expect(listed.text).not.toContain('twn-a1');
    const a1 = townshipOf(ctx.districtA, 'twn-a1');
    const secrets = forbiddenStrings(a1, ctx.districtB.townships);
    const caseId = a1.cases[0]?.record.id ?? '';
    const visitId = `${caseId}-v1`;
    const attempts = [
      { method: 'GET', url: '/api/district/townships/twn-a1/rules' },
      {
        method: 'POST',
        url: `/api/district/townships/twn-a1/cases/${caseId}/notices`,
        body: { visitId, level: 'district', reason: 'escalation', on: '2026-06-10' },
      },
    ];
    for (const a of attempts) {
      const res = await ctx.app.request(a.url, {
        method: a.method,
        headers: { ...headers, 'content-type': 'application/json' },
        ...(a.body ? { body: JSON.stringify(a.body) } : {}),
      });
      const text = await res.text();
      expect([403, 404], a.url).toContain(res.status);
      expect(leaked(text, secrets, a.url + JSON.stringify(a.body ?? {}))).toEqual([]);
    }
    // A township user may not act as the district at all.
    const officer = await ctx.as(ctx.user('demo-a1-officer'));
    expect((await get('/api/district/townships', officer)).status).toBe(403);
  });
});
