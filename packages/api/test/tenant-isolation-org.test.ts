import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { orgUsers, seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

// Township B's names: none may appear in anything township A's callers get back. (Ids the caller itself sent may be
// echoed in a 404's detail; that reveals nothing the caller did not already write.)
const SECRETS = ['北镇机密办事处', '北镇某某', '北镇机密纠纷'];

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
  await ctx.app.request('/api/screening/2026-06', {
    method: 'POST',
    headers: { ...(await ctx.as(orgUsers.adminB)), 'content-type': 'application/json' },
    body: JSON.stringify({ unitId: 'o-b', items: [{ title: '北镇机密纠纷', kind: 'dispute', status: 'open' }] }),
  });
});
afterAll(async () => ctx.stop());

const call = async (user: DemoUser, method: string, path: string, body?: unknown) =>
  ctx.app.request(path, {
    method,
    headers: { ...(await ctx.as(user)), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const expectNothingOfB = async (res: Response) => {
  const text = await res.text();
  for (const secret of SECRETS) expect(text).not.toContain(secret);
};

describe("another township's ids in the path", () => {
  it('answers 404 for its unit, person and assignment, and changes nothing', async () => {
    for (const [path, body] of [
      ['/api/org/units/o-b', { id: 'o-b', name: '改名', kind: 'office', population: 0, version: 1 }],
      ['/api/org/people/p-b', { id: 'p-b', name: '改名', financePaid: true, version: 1 }],
    ] as const) {
      const res = await call(users.adminA, 'PUT', path, body);
      expect(res.status).toBe(404);
      await expectNothingOfB(res);
    }
    const end = await call(users.adminA, 'POST', '/api/org/assignments/a-b/end', { to: '2026-06-30' });
    expect(end.status).toBe(404);
    await expectNothingOfB(end);
    const bOrg = await (await call(orgUsers.adminB, 'GET', '/api/org')).json();
    expect(JSON.stringify(bOrg)).toContain('北镇机密办事处');
    expect(JSON.stringify(bOrg)).not.toContain('改名');
    expect(JSON.stringify(bOrg)).not.toContain('2026-06-30');
  });
});

describe("another township's ids in the query and the body", () => {
  it('does not answer who is responsible for its unit, nor list its assignments', async () => {
    const responsible = await call(users.officerA, 'GET', '/api/org/responsible?unitId=o-b&date=2026-06-01');
    expect(responsible.status).toBe(404);
    await expectNothingOfB(responsible);
    const assignments = await call(users.officerA, 'GET', '/api/org/assignments?unitId=o-b');
    expect(assignments.status).toBe(200);
    expect(await assignments.json()).toEqual({ items: [] });
  });

  it('refuses references to its records (422) without echoing them', async () => {
    const village = await call(users.adminA, 'POST', '/api/org/units', {
      id: 'v-x',
      name: '越界村',
      kind: 'village',
      officeId: 'o-b',
    });
    expect(village.status).toBe(422);
    await expectNothingOfB(village);
    const assignment = await call(users.adminA, 'POST', '/api/org/assignments', {
      id: 'a-x',
      personId: 'p-b',
      role: 'liaison',
      unitId: 'o-east',
      from: '2026-01-01',
    });
    expect(assignment.status).toBe(422);
    await expectNothingOfB(assignment);
    const ledger = await call(users.adminA, 'POST', '/api/screening/2026-06', { unitId: 'o-b', items: [] });
    expect(ledger.status).toBe(422);
    await expectNothingOfB(ledger);
  });

  it("ignores a tenant named in the body: records land in the caller's township", async () => {
    const res = await call(users.adminA, 'POST', '/api/org/people', {
      id: 'p-smuggle',
      name: '混入者',
      financePaid: true,
      tenantId: 'twn-b',
      townshipId: 'twn-b',
    });
    expect(res.status).toBe(201);
    const bPeople = await (await call(orgUsers.adminB, 'GET', '/api/org/people')).text();
    expect(bPeople).not.toContain('p-smuggle');
    const aPeople = await (await call(users.adminA, 'GET', '/api/org/people')).text();
    expect(aPeople).toContain('p-smuggle');
  });
});

describe("another tenant's token", () => {
  it('sees only its own township on every read', async () => {
    for (const path of [
      '/api/org',
      '/api/org/units',
      '/api/org/people',
      '/api/org/assignments',
      '/api/township',
      '/api/screening/2026-06',
      '/api/screening/2026-06/missing',
      '/api/audit',
    ]) {
      const res = await call(users.adminA, 'GET', path);
      expect(res.status, path).toBe(200);
      await expectNothingOfB(res);
    }
    const bView = await (await call(orgUsers.adminB, 'GET', '/api/org/units')).text();
    expect(bView).not.toContain('东片办事处');
  });

  it('keeps district callers off township routes', async () => {
    for (const path of ['/api/org', '/api/org/units', '/api/screening/2026-06', '/api/township']) {
      const res = await call(users.overseer, 'GET', path);
      expect(res.status, path).toBe(403);
      await expectNothingOfB(res);
    }
  });
});

describe('a district overseer', () => {
  it("lists only townships of its own district and cannot read another district's township", async () => {
    const other: DemoUser = { id: 'u-overseer-2', name: '二区局', role: 'district_overseer', districtId: 'd2' };
    const res = await call(other, 'GET', '/api/district/townships');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('twn-z');
    for (const id of ['twn-a', 'twn-b', '安镇', '北镇']) expect(text).not.toContain(id);
    // The audit log it sees is its own district's.
    const log = (await (await call(other, 'GET', '/api/audit')).json()) as { scope: string };
    expect(log.scope).toBe('district:d2');
  });
});
