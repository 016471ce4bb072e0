import { AuditLog } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { orgUsers, seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
});
afterAll(async () => ctx.stop());

const call = async (user: DemoUser | null, method: string, path: string, body?: unknown) =>
  ctx.app.request(`/api/org${path}`, {
    method,
    headers: {
      ...(user ? await ctx.as(user) : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const paths = async (res: Response) =>
  ((await res.json()) as { invalidParams?: { path: string }[] }).invalidParams?.map((p) => p.path) ?? [];
const auditActions = async () =>
  (await new AuditLog(ctx.store).listMonth('twn-a', '2026-06', { limit: 200 })).items.map(
    (e) => `${e.action}:${e.targetId}`,
  );

describe('GET /api/org', () => {
  it('returns the whole org chart with versions to every township reader', async () => {
    for (const user of [users.adminA, users.officerA, orgUsers.reporterA, orgUsers.auditorA]) {
      const res = await call(user, 'GET', '');
      expect(res.status).toBe(200);
      const org = (await res.json()) as {
        township: { id: string };
        units: { id: string; version: number }[];
        people: unknown[];
        assignments: unknown[];
      };
      expect(org.township.id).toBe('twn-a');
      expect(org.units.map((u) => u.id)).toEqual(expect.arrayContaining(['o-east', 'v-east', 'v-west', 'dep-civil']));
      expect(org.units.every((u) => u.version >= 1)).toBe(true);
    }
  });

  it('refuses district callers (403) and anonymous ones (401)', async () => {
    expect((await call(users.overseer, 'GET', '')).status).toBe(403);
    expect((await call(orgUsers.districtAuditor, 'GET', '')).status).toBe(403);
    expect((await call(null, 'GET', '')).status).toBe(401);
  });
});

describe('units', () => {
  it('creates an office and a village under it, lists them, and audits both', async () => {
    const office = await call(users.adminA, 'POST', '/units', {
      id: 'o-north',
      name: '北片办事处',
      kind: 'office',
      population: 5000,
    });
    expect(office.status).toBe(201);
    expect(await office.json()).toMatchObject({ id: 'o-north', version: 1 });
    const village = await call(users.adminA, 'POST', '/units', {
      id: 'v-north',
      name: '北村',
      kind: 'village',
      officeId: 'o-north',
    });
    expect(village.status).toBe(201);
    expect(await village.json()).toMatchObject({ population: 0, officeId: 'o-north' });
    const list = (await (await call(orgUsers.reporterA, 'GET', '/units')).json()) as { items: { id: string }[] };
    expect(list.items.map((u) => u.id)).toEqual(expect.arrayContaining(['o-north', 'v-north']));
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['org.unit.create:o-north', 'org.unit.create:v-north']),
    );
  });

  it('names the bad field: 400 for the schema, 422 for an office that is not one of ours', async () => {
    const bad = await call(users.adminA, 'POST', '/units', { id: '', name: '', kind: 'castle', population: -3 });
    expect(bad.status).toBe(400);
    expect(await paths(bad)).toEqual(expect.arrayContaining(['body.id', 'body.name', 'body.kind', 'body.population']));
    const noOffice = await call(users.adminA, 'POST', '/units', { id: 'v-lost', name: '迷村', kind: 'village' });
    expect(noOffice.status).toBe(400);
    expect(await paths(noOffice)).toEqual(['body.officeId']);
    for (const officeId of ['o-missing', 'dep-civil', 'o-b']) {
      const res = await call(users.adminA, 'POST', '/units', { id: 'v-bad', name: '错村', kind: 'village', officeId });
      expect(res.status).toBe(422);
      expect(await paths(res)).toEqual(['body.officeId']);
    }
  });

  it('updates with the current version, refuses a stale one with the current version, and a taken id', async () => {
    const ok = await call(users.adminA, 'PUT', '/units/dep-civil', {
      id: 'dep-civil',
      name: '民政和社会事务办',
      kind: 'department',
      population: 0,
      version: 1,
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: 'dep-civil', name: '民政和社会事务办', version: 2 });
    const stale = await call(users.adminA, 'PUT', '/units/dep-civil', {
      id: 'dep-civil',
      name: '旧名',
      kind: 'department',
      population: 0,
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ currentVersion: 2, code: 'version_conflict' });
    const dup = await call(users.adminA, 'POST', '/units', { id: 'dep-civil', name: '重复', kind: 'department' });
    expect(dup.status).toBe(409);
    expect(await auditActions()).toContain('org.unit.update:dep-civil');
  });

  it('refuses an update that would orphan villages (422 naming them), a body id that differs (400), an unknown id (404)', async () => {
    const orphan = await call(users.adminA, 'PUT', '/units/o-east', {
      id: 'o-east',
      name: '东片',
      kind: 'department',
      population: 0,
      version: 1,
    });
    expect(orphan.status).toBe(422);
    // Both villages of the office, and the cadre who liaises with it (a department is supervised, not liaised with).
    const blamed = await paths(orphan);
    expect(blamed.filter((p) => /^org\.units\[\d+\]\.officeId$/.test(p))).toHaveLength(2);
    expect(blamed).toContainEqual(expect.stringMatching(/^org\.assignments\[\d+\]\.role$/));
    const renamed = await call(users.adminA, 'PUT', '/units/o-east', {
      id: 'o-other',
      name: '东片',
      kind: 'office',
      population: 0,
      version: 1,
    });
    expect(renamed.status).toBe(400);
    expect(await paths(renamed)).toEqual(['body.id']);
    expect(
      (
        await call(users.adminA, 'PUT', '/units/nope', {
          id: 'nope',
          name: 'x',
          kind: 'office',
          population: 0,
          version: 1,
        })
      ).status,
    ).toBe(404);
    const noVersion = await call(users.adminA, 'PUT', '/units/o-east', { id: 'o-east', name: '东片', kind: 'office' });
    expect(noVersion.status).toBe(400);
    expect(await paths(noVersion)).toEqual(['body.version']);
  });

  it('lets only the township admin write', async () => {
    for (const user of [users.officerA, orgUsers.reporterA, orgUsers.auditorA, users.overseer]) {
      expect((await call(user, 'POST', '/units', { id: 'd-x', name: '某办', kind: 'department' })).status).toBe(403);
      expect(
        (
          await call(user, 'PUT', '/units/o-east', {
            id: 'o-east',
            name: '某',
            kind: 'office',
            population: 0,
            version: 1,
          })
        ).status,
      ).toBe(403);
    }
    expect((await call(null, 'POST', '/units', { id: 'd-x', name: '某办', kind: 'department' })).status).toBe(401);
  });
});

describe('people', () => {
  it('creates, lists and updates a person with versions, audited', async () => {
    const created = await call(users.adminA, 'POST', '/people', { id: 'p-new', name: '陈干事', financePaid: true });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: 'p-new', leadingCadre: false, version: 1 });
    const updated = await call(users.adminA, 'PUT', '/people/p-new', {
      id: 'p-new',
      name: '陈干事',
      title: '综治办主任',
      financePaid: true,
      leadingCadre: false,
      version: 1,
    });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ title: '综治办主任', version: 2 });
    const stale = await call(users.adminA, 'PUT', '/people/p-new', {
      id: 'p-new',
      name: '陈',
      financePaid: true,
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ currentVersion: 2 });
    const list = (await (await call(orgUsers.auditorA, 'GET', '/people')).json()) as { items: { id: string }[] };
    expect(list.items.map((p) => p.id)).toContain('p-new');
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['org.person.create:p-new', 'org.person.update:p-new']),
    );
  });

  it('names bad fields (400), refuses a taken id (409), an unknown person (404) and non-admins (403)', async () => {
    const bad = await call(users.adminA, 'POST', '/people', { id: 'p-x', name: '', financePaid: 'yes' });
    expect(bad.status).toBe(400);
    expect(await paths(bad)).toEqual(expect.arrayContaining(['body.name', 'body.financePaid']));
    expect((await call(users.adminA, 'POST', '/people', { id: 'p-sec', name: '重名', financePaid: true })).status).toBe(
      409,
    );
    expect(
      (await call(users.adminA, 'PUT', '/people/p-ghost', { id: 'p-ghost', name: '鬼', financePaid: true, version: 1 }))
        .status,
    ).toBe(404);
    expect((await call(users.officerA, 'POST', '/people', { id: 'p-y', name: '某', financePaid: true })).status).toBe(
      403,
    );
  });
});

describe('assignments', () => {
  it('creates an assignment and ends it rather than deleting it', async () => {
    const created = await call(users.adminA, 'POST', '/assignments', {
      id: 'a-new',
      personId: 'p-cadre',
      role: 'supervision',
      unitId: 'dep-civil',
      from: '2026-01-01',
    });
    expect(created.status).toBe(201);
    const ended = await call(users.adminA, 'POST', '/assignments/a-new/end', { to: '2026-05-31', version: 1 });
    expect(ended.status).toBe(200);
    expect(await ended.json()).toMatchObject({ id: 'a-new', to: '2026-05-31', version: 2 });
    const again = await call(users.adminA, 'POST', '/assignments/a-new/end', { to: '2026-06-30' });
    expect(again.status).toBe(409);
    const list = (await (await call(users.officerA, 'GET', '/assignments?unitId=dep-civil')).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((a) => a.id)).toEqual(['a-new']);
    const active = (await (
      await call(users.officerA, 'GET', '/assignments?unitId=dep-civil&activeOn=2026-06-01')
    ).json()) as { items: unknown[] };
    expect(active.items).toEqual([]);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['org.assignment.create:a-new', 'org.assignment.end:a-new']),
    );
  });

  it('refuses unknown people and units (422 naming the field), bad dates (400), stale versions (409)', async () => {
    const ghost = await call(users.adminA, 'POST', '/assignments', {
      id: 'a-g',
      personId: 'p-ghost',
      role: 'main',
      unitId: 'v-west',
      from: '2026-01-01',
    });
    expect(ghost.status).toBe(422);
    expect(await paths(ghost)).toEqual(['body.personId']);
    const otherTownship = await call(users.adminA, 'POST', '/assignments', {
      id: 'a-g',
      personId: 'p-sec',
      role: 'main',
      unitId: 'o-b',
      from: '2026-01-01',
    });
    expect(otherTownship.status).toBe(422);
    expect(await paths(otherTownship)).toEqual(['body.unitId']);
    const badDates = await call(users.adminA, 'POST', '/assignments', {
      id: 'a-d',
      personId: 'p-sec',
      role: 'main',
      unitId: 'v-west',
      from: '2026-02-30',
    });
    expect(badDates.status).toBe(400);
    expect(await paths(badDates)).toEqual(['body.from']);
    const backwards = await call(users.adminA, 'POST', '/assignments', {
      id: 'a-d',
      personId: 'p-sec',
      role: 'main',
      unitId: 'v-west',
      from: '2026-03-01',
      to: '2026-02-01',
    });
    expect(backwards.status).toBe(400);
    expect(await paths(backwards)).toEqual(['body.to']);
    const endBefore = await call(users.adminA, 'POST', '/assignments/a-liaison/end', { to: '2023-12-31' });
    expect(endBefore.status).toBe(400);
    expect(await paths(endBefore)).toEqual(['body.to']);
    expect(
      (await call(users.adminA, 'POST', '/assignments/a-liaison/end', { to: '2026-12-31', version: 7 })).status,
    ).toBe(409);
    expect((await call(users.adminA, 'POST', '/assignments/a-ghost/end', { to: '2026-12-31' })).status).toBe(404);
    expect((await call(orgUsers.reporterA, 'POST', '/assignments/a-liaison/end', { to: '2026-12-31' })).status).toBe(
      403,
    );
  });
});

describe('GET /api/org/responsible', () => {
  it('answers who was responsible for a unit on a date', async () => {
    const past = await call(users.officerA, 'GET', '/responsible?unitId=v-east&date=2025-06-01');
    expect(past.status).toBe(200);
    const body = (await past.json()) as { main: { id: string }[]; leadingCadres: { id: string }[] };
    expect(body.main.map((p) => p.id)).toEqual(['p-sec']);
    expect(body.leadingCadres.map((p) => p.id)).toEqual(['p-cadre']);
    // Today (2026-06-15 in the test clock) the village secretary's term has ended.
    const today = (await (await call(users.officerA, 'GET', '/responsible?unitId=v-east')).json()) as {
      date: string;
      main: unknown[];
    };
    expect(today).toMatchObject({ date: '2026-06-15', main: [] });
  });

  it("validates the query (400), hides other townships' units (404)", async () => {
    const bad = await call(users.officerA, 'GET', '/responsible?date=2025-13-01');
    expect(bad.status).toBe(400);
    expect(await paths(bad)).toEqual(expect.arrayContaining(['query.unitId', 'query.date']));
    expect((await call(users.officerA, 'GET', '/responsible?unitId=o-b')).status).toBe(404);
    expect((await call(users.overseer, 'GET', '/responsible?unitId=v-east')).status).toBe(403);
  });
});
