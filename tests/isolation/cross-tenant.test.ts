import type { DemoUser } from '@xinfang/api';
import type { DemoTownship } from '@xinfang/cli';
import { CaseRepository, LedgerRepository, OrgRepository, RulesRepository } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBody } from './support/fake-body';
import { forbiddenStrings, leaked, townshipOf } from './support/leaks';
import { fillPath, listOperations, type JsonSchema, type Operation } from './support/openapi-operations';
import { createSeededApp, type SeededApp } from './support/seeded-app';

/** Ids of a victim township, by the collection a path segment names. */
type IdPool = Record<string, string[]>;

const SEGMENT_KIND: Record<string, string> = {
  units: 'units',
  people: 'people',
  assignments: 'assignments',
  cases: 'cases',
  townships: 'townships',
  drafts: 'drafts',
  entries: 'entries',
  notices: 'cases',
};
const isIdParam = (name: string) => name === 'id' || /Id$/.test(name);
const FIELD_KIND: Record<string, string> = {
  unitId: 'units',
  personId: 'people',
  caseId: 'cases',
  townshipId: 'townships',
  entryId: 'entries',
  draftId: 'drafts',
  assignmentId: 'assignments',
  noticeId: 'entries',
};

/** The ids to put in a path parameter: by the segment before it (`/org/units/{id}` → units); a few of every kind when unknown. */
function idsFor(op: Operation, param: string, pool: IdPool): string[] {
  const segments = op.path.split('/');
  const before = segments[segments.indexOf(`{${param}}`) - 1] ?? '';
  const kind = SEGMENT_KIND[before] ?? FIELD_KIND[param];
  if (kind) return (pool[kind] ?? []).slice(0, 2);
  return Object.values(pool).flatMap((ids) => ids.slice(0, 1));
}

async function poolOf(ctx: SeededApp, t: DemoTownship): Promise<IdPool> {
  const tenantId = t.org.township.id;
  const admin = ctx.users.find((u) => u.tenantId === tenantId && u.role === 'township_admin');
  if (!admin) throw new Error('no admin');
  // A rule draft of the victim, made the way its admin makes one.
  const draft: unknown = await (
    await ctx.app.request('/api/rules/drafts', {
      method: 'POST',
      headers: { ...(await ctx.as(admin)), 'content-type': 'application/json' },
      body: '{}',
    })
  ).json();
  const draftId =
    typeof draft === 'object' && draft !== null && 'draftId' in draft && typeof draft.draftId === 'string'
      ? [draft.draftId]
      : [];
  const ledger = await new LedgerRepository(ctx.store).read(tenantId, '2025-01-01_2025-12-31');
  const mid = <T>(xs: T[]) => [xs[0], xs[Math.floor(xs.length / 2)]].filter((x): x is T => x !== undefined);
  return {
    units: mid(t.org.units.map((u) => u.id)),
    people: mid(t.org.people.map((p) => p.id)),
    assignments: mid(t.org.assignments.map((a) => a.id)),
    cases: mid(t.cases.map((c) => c.record.id)),
    townships: [tenantId],
    drafts: draftId,
    entries: mid((ledger?.entries ?? []).map((e) => e.entryId)),
  };
}

/** Everything of the victim the store holds, to prove that no attack changed it. */
async function snapshotOf(ctx: SeededApp, tenantId: string): Promise<string> {
  const [org, cases, rules, ledger] = await Promise.all([
    new OrgRepository(ctx.store).loadVersionedOrg(tenantId),
    new CaseRepository(ctx.store).listCaseRecords(tenantId, { fromYear: 2015, toYear: 2026 }),
    new RulesRepository(ctx.store).listVersions(tenantId),
    new LedgerRepository(ctx.store).read(tenantId, '2025-01-01_2025-12-31'),
  ]);
  return JSON.stringify({ org, cases, rules, ledger: ledger?.entries });
}

interface Finding {
  who: string;
  request: string;
  status: number;
  leaked: string[];
}

describe('tenant isolation: another township’s ids in path, query and body of every endpoint', () => {
  let ctx: SeededApp;
  let operations: Operation[];
  let schemas: Record<string, JsonSchema>;

  beforeAll(async () => {
    ctx = await createSeededApp();
    ({ operations, schemas } = await listOperations(ctx.app));
  });
  afterAll(() => ctx?.stop());

  async function attack(
    attacker: DemoUser,
    victim: DemoTownship,
    visible: DemoTownship[],
  ): Promise<{ findings: Finding[]; requests: number }> {
    const pool = await poolOf(ctx, victim);
    const forbidden = forbiddenStrings(victim, visible);
    const headers = { ...(await ctx.as(attacker)), 'content-type': 'application/json' };
    const findings: Finding[] = [];
    let requests = 0;
    const send = async (op: Operation, url: string, body?: unknown) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const res = await ctx.app.request(url, {
        method: op.method.toUpperCase(),
        headers,
        ...(payload ? { body: payload } : {}),
      });
      const text = await res.text();
      requests += 1;
      return { status: res.status, leaks: leaked(text, forbidden, url + (payload ?? '')), text };
    };
    const idField = (field: string) => {
      const kind = FIELD_KIND[field] ?? (field === 'id' ? 'cases' : 'units');
      return pool[kind]?.[0] ?? 'none';
    };

    for (const op of operations.filter((o) => o.secured)) {
      const idParams = op.pathParams.filter(isIdParam);
      const body = op.bodySchema ? fakeBody(op.bodySchema, schemas, { idFor: idField, optionalIds: false }) : undefined;
      const bodyAttack = op.bodySchema
        ? fakeBody(op.bodySchema, schemas, { idFor: idField, optionalIds: true })
        : undefined;
      // Path: the victim's real ids; other path parameters (a month) get a plausible value.
      if (idParams.length > 0) {
        const first = idParams[0] ?? '';
        const ids = idsFor(op, first, pool);
        // An endpoint we hold no victim id for is a gap in this suite, not a pass.
        if (ids.length === 0)
          findings.push({
            who: attacker.id,
            request: `${op.method} ${op.path}: no victim id for {${first}}`,
            status: 0,
            leaked: [],
          });
        for (const id of ids) {
          const values: Record<string, string> = { month: '2026-05', periodKey: '2025-01-01_2025-12-31' };
          // Other id parameters get a victim id too; a non-id parameter (a month, a period) keeps its plausible value.
          for (const p of op.pathParams) {
            const plausible = values[p];
            values[p] =
              p === first ? id : isIdParam(p) || plausible === undefined ? (idsFor(op, p, pool)[0] ?? id) : plausible;
          }
          const url = fillPath(op.path, values);
          // A whole-record update names its own id in the body too: the one in the path.
          const own = op.bodySchema
            ? fakeBody(op.bodySchema, schemas, { idFor: (f) => (f === 'id' ? id : idField(f)), optionalIds: false })
            : undefined;
          const r = await send(op, url, own);
          if (![403, 404].includes(r.status) || r.leaks.length > 0)
            findings.push({ who: attacker.id, request: `${op.method} ${url}`, status: r.status, leaked: r.leaks });
        }
      }
      // Query: the victim's ids in every id-like query parameter; whatever the status, nothing of the victim may come back.
      const idQuery = op.queryParams.filter(isIdParam);
      if (idQuery.length > 0) {
        const values: Record<string, string> = { month: '2026-05' };
        for (const p of op.pathParams) values[p] = isIdParam(p) ? (idsFor(op, p, pool)[0] ?? 'x') : '2026-05';
        const query = new URLSearchParams(idQuery.map((p): [string, string] => [p, idField(p)])).toString();
        const url = `${fillPath(op.path, values)}?${query}`;
        const r = await send(op, url, body);
        if (r.status >= 500 || r.leaks.length > 0)
          findings.push({ who: attacker.id, request: `${op.method} ${url}`, status: r.status, leaked: r.leaks });
      }
      // Body: creating writes with the victim's ids in every id field must not succeed nor reveal anything.
      if (
        op.method !== 'get' &&
        idParams.length === 0 &&
        bodyAttack !== undefined &&
        JSON.stringify(bodyAttack).includes(pool.units?.[0] ?? '\u0000')
      ) {
        const r = await send(op, fillPath(op.path, { month: '2026-05' }), bodyAttack);
        if ((r.status >= 200 && r.status < 300) || r.status >= 500 || r.leaks.length > 0)
          findings.push({
            who: attacker.id,
            request: `${op.method} ${op.path} body`,
            status: r.status,
            leaked: r.leaks,
          });
      }
    }
    return { findings, requests };
  }

  it('uses real ids: the victim’s own users read the very paths the attackers are refused', async () => {
    const a2 = townshipOf(ctx.districtA, 'twn-a2');
    const pool = await poolOf(ctx, a2);
    const owners = ctx.users.filter(
      (u) => u.tenantId === 'twn-a2' && (u.role === 'township_admin' || u.role === 'petition_officer'),
    );
    const readable: string[] = [];
    for (const op of operations.filter((o) => o.method === 'get' && o.pathParams.some(isIdParam))) {
      for (const owner of owners) {
        const values: Record<string, string> = { month: '2026-05' };
        for (const p of op.pathParams) values[p] = idsFor(op, p, pool)[0] ?? 'x';
        const res = await ctx.app.request(fillPath(op.path, values), { headers: await ctx.as(owner) });
        if (res.ok) readable.push(op.path);
      }
    }
    expect(readable).toEqual(expect.arrayContaining(['/cases/{id}', '/cases/{id}/petitioner', '/rules/drafts/{id}']));
    // And the leak check sees the victim's data when it is there.
    const [owner] = owners;
    if (!owner) throw new Error('no owner');
    const own = await (
      await ctx.app.request(`/api/cases/${pool.cases?.[0] ?? ''}`, { headers: await ctx.as(owner) })
    ).text();
    expect(leaked(own, forbiddenStrings(a2, [townshipOf(ctx.districtA, 'twn-a1')]), '').length).toBeGreaterThan(0);
  });

  it('keeps every township user of A1 out of A2 (same district) and C1 (another district)', async () => {
    const a1 = townshipOf(ctx.districtA, 'twn-a1');
    const a2 = townshipOf(ctx.districtA, 'twn-a2');
    const c1 = townshipOf(ctx.districtB, 'twn-c1');
    const before = [await snapshotOf(ctx, 'twn-a2'), await snapshotOf(ctx, 'twn-c1')];
    const attackers = ctx.users.filter((u) => u.tenantId === 'twn-a1');
    expect(attackers.map((u) => u.role).sort()).toEqual([
      'auditor',
      'petition_officer',
      'township_admin',
      'unit_reporter',
    ]);
    const findings: Finding[] = [];
    let requests = 0;
    for (const attacker of attackers) {
      for (const victim of [a2, c1]) {
        const result = await attack(attacker, victim, [a1]);
        findings.push(...result.findings);
        requests += result.requests;
      }
    }
    expect(findings).toEqual([]);
    expect(requests).toBeGreaterThan(100);
    expect([await snapshotOf(ctx, 'twn-a2'), await snapshotOf(ctx, 'twn-c1')]).toEqual(before);
  });

  it('keeps district A’s overseer and auditor out of township C1 of district B', async () => {
    const c1 = townshipOf(ctx.districtB, 'twn-c1');
    const before = await snapshotOf(ctx, 'twn-c1');
    const findings: Finding[] = [];
    for (const attacker of ctx.users.filter((u) => u.districtId === 'dist-a' && u.tenantId === undefined)) {
      findings.push(...(await attack(attacker, c1, ctx.districtA.townships)).findings);
    }
    expect(findings).toEqual([]);
    expect(await snapshotOf(ctx, 'twn-c1')).toEqual(before);
  });

  it('keeps C1’s users (another district’s tenant) out of A1', async () => {
    const a1 = townshipOf(ctx.districtA, 'twn-a1');
    const c1 = townshipOf(ctx.districtB, 'twn-c1');
    const findings: Finding[] = [];
    for (const attacker of ctx.users.filter(
      (u) => u.tenantId === 'twn-c1' && (u.role === 'township_admin' || u.role === 'petition_officer'),
    )) {
      findings.push(...(await attack(attacker, a1, [c1])).findings);
    }
    expect(findings).toEqual([]);
  });
});
