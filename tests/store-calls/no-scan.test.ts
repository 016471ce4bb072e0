import type { DemoUser } from '@xinfang/api';
import { LedgerRepository, recordStoreCalls } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { townshipOf } from '../isolation/support/leaks';
import { fillPath, listOperations, type Operation } from '../isolation/support/openapi-operations';
import { createSeededApp, type SeededApp } from '../isolation/support/seeded-app';
import { recordKeyedCalls, type KeyedCall } from './key-log';

interface Violation {
  who: string;
  request: string;
  status: number;
  problem: string;
}

describe('no Scan on any request path; every key starts with the caller’s tenant', () => {
  let ctx: SeededApp;
  let operations: Operation[];
  let names: { calls: { command: string }[]; clear(): void };
  let keyed: { calls: KeyedCall[]; clear(): void };
  const a1 = () => townshipOf(ctx.districtA, 'twn-a1');
  /** Keys checked per command, so a key log that silently sees nothing cannot pass. */
  const seen: Record<string, number> = {};

  beforeAll(async () => {
    ctx = await createSeededApp();
    ({ operations } = await listOperations(ctx.app));
    names = recordStoreCalls(ctx.store.client);
    keyed = recordKeyedCalls(ctx.store.client);
  });
  afterAll(() => ctx?.stop());

  /** The key prefixes a caller may touch: its own township (and its district's shared items), or its district and the district's townships. */
  function allowedPrefixes(user: DemoUser): string[] {
    const district = [ctx.districtA, ctx.districtB].find((d) => d.id === user.districtId);
    const own = user.tenantId ? [user.tenantId] : (district?.townships.map((t) => t.org.township.id) ?? []);
    // `QC#<sha256>`: a query code's lookup item, the one key without a tenant (the petitioner holds only the code);
    // it holds the tenant and case it leads to, and the public tracking tests prove a code reaches only its own case.
    return [...own.map((t) => `T#${t}#`), `D#${user.districtId}#`, 'QC#'];
  }

  async function call(
    user: DemoUser,
    method: string,
    url: string,
    body?: unknown,
  ): Promise<{ status: number; violations: Violation[] }> {
    names.clear();
    keyed.clear();
    const res = await ctx.app.request(url, {
      method,
      headers: { ...(await ctx.as(user)), 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    await res.arrayBuffer();
    const violations: Violation[] = [];
    const base = { who: user.id, request: `${method} ${url}`, status: res.status };
    if (names.calls.some((c) => c.command === 'Scan')) violations.push({ ...base, problem: 'Scan' });
    const prefixes = allowedPrefixes(user);
    for (const c of keyed.calls) {
      seen[c.command] = (seen[c.command] ?? 0) + c.keys.length;
      for (const key of c.keys)
        if (!prefixes.some((p) => key.startsWith(p))) violations.push({ ...base, problem: `${c.command} key ${key}` });
    }
    return { status: res.status, violations };
  }

  /** Realistic values for every path and query parameter, from the caller's own data. */
  async function valuesFor(user: DemoUser): Promise<Record<string, string>> {
    const t = user.tenantId
      ? townshipOf(user.districtId === 'dist-a' ? ctx.districtA : ctx.districtB, user.tenantId)
      : a1();
    const unitId = user.unitId ?? t.org.units[0]?.id ?? '';
    const caseId =
      t.cases.find((c) => c.record.events.some((e) => e.kind === 'registered' && e.responsibleUnitIds.includes(unitId)))
        ?.record.id ??
      t.cases[0]?.record.id ??
      '';
    const ledger = await new LedgerRepository(ctx.store).read(t.org.township.id, '2025-01-01_2025-12-31');
    return {
      id: caseId,
      caseId,
      townshipId: t.org.township.id,
      entryId: ledger?.entries[0]?.entryId ?? 'x',
      month: '2026-05',
      period: '2025-01-01_2025-12-31',
      periodKey: '2025-01-01_2025-12-31',
      unitId,
      personId: t.org.people[0]?.id ?? '',
      date: '2026-06-01',
      activeOn: '2026-06-01',
      asOf: '2026-06-15',
      from: 'default',
      to: t.ruleSet.id,
      limit: '20',
    };
  }

  it('reads every GET endpoint of the API document with Queries and Gets keyed by the caller’s tenant', async () => {
    const users = [
      ...ctx.users.filter((u) => u.tenantId === 'twn-a1'),
      ...ctx.users.filter((u) => u.districtId === 'dist-a' && !u.tenantId),
    ];
    const gets = operations.filter((o) => o.method === 'get' && o.secured);
    expect(gets.length).toBeGreaterThan(15);
    const violations: Violation[] = [];
    let served = 0;
    for (const user of users) {
      const values = await valuesFor(user);
      for (const op of gets) {
        const query = new URLSearchParams(
          op.queryParams
            .filter((p) => values[p] !== undefined && p !== 'limit')
            .map((p): [string, string] => [p, values[p] ?? '']),
        ).toString();
        const url = `${fillPath(op.path, values)}${query ? `?${query}` : ''}`;
        const result = await call(user, 'GET', url);
        if (result.status < 300) served += 1;
        violations.push(...result.violations);
      }
    }
    expect(violations).toEqual([]);
    // The run is only worth something if most reads really reached the store.
    expect(served).toBeGreaterThan(gets.length * 2);
    expect(seen.Query ?? 0).toBeGreaterThan(50);
    expect(seen.GetItem ?? seen.Get ?? 0).toBeGreaterThan(10);
  });

  it('writes through conditional puts and Queries keyed by the caller’s tenant, never a Scan', async () => {
    const officer = ctx.user('demo-a1-officer');
    const admin = ctx.user('demo-a1-admin');
    const overseer = ctx.user('demo-overseer-dist-a');
    const village = a1().org.units.find((u) => u.kind === 'village');
    if (!village) throw new Error('no village');
    const violations: Violation[] = [];
    const expectOk = async (user: DemoUser, method: string, url: string, body?: unknown) => {
      const r = await call(user, method, url, body);
      violations.push(...r.violations);
      expect(r.status, `${method} ${url}`).toBeLessThan(300);
      return r;
    };

    const registered = await ctx.app.request('/api/cases', {
      method: 'POST',
      headers: { ...(await ctx.as(officer)), 'content-type': 'application/json' },
      body: JSON.stringify({
        caseType: 'appeal',
        category: '邻里纠纷',
        summary: '反映宅基地边界纠纷',
        originUnitId: village.id,
        responsibleUnitIds: [village.id],
        registeredOn: '2026-06-10',
        firstVisit: { channel: 'visit', level: 'district', form: 'individual', headcount: 1 },
        petitioner: { name: '测某' },
      }),
    });
    expect(registered.status).toBe(201);
    const created: unknown = await registered.json();
    const caseId =
      typeof created === 'object' && created !== null && 'id' in created && typeof created.id === 'string'
        ? created.id
        : '';
    // Register again under the call log, then the next steps of the case.
    await expectOk(officer, 'POST', '/api/cases', {
      caseType: 'suggestion',
      category: '基础设施',
      summary: '建议增设路灯',
      originUnitId: village.id,
      responsibleUnitIds: [village.id],
      registeredOn: '2026-06-11',
      firstVisit: { channel: 'letter', level: 'township', form: 'individual', headcount: 1 },
    });
    await expectOk(officer, 'POST', `/api/cases/${caseId}/events`, {
      kind: 'accept',
      expectedSeq: 2,
      on: '2026-06-11',
    });
    await expectOk(officer, 'GET', `/api/cases/${caseId}/petitioner`);
    await expectOk(overseer, 'POST', `/api/district/townships/twn-a1/cases/${caseId}/notices`, {
      visitId: `${caseId}-v1`,
      level: 'district',
      reason: 'escalation',
      on: '2026-06-12',
    });
    await expectOk(admin, 'POST', '/api/org/units', {
      id: 'a1-new-dept',
      name: '应急办',
      kind: 'department',
      population: 0,
    });
    await expectOk(admin, 'POST', '/api/rules/drafts', {});
    await expectOk(admin, 'POST', '/api/ledger/evaluations', { from: '2026-01-01', to: '2026-05-31' });
    expect(violations).toEqual([]);
    expect((seen.PutItem ?? 0) + (seen.Put ?? 0) + (seen.BatchWriteItem ?? 0)).toBeGreaterThan(5);
  });
});
