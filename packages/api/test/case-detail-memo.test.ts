import { DeadlineSettings, defaultRuleSet } from '@xinfang/domain';
import {
  bumpOrgVersion,
  bumpSettingsVersion,
  createStoreClients,
  OrgRepository,
  recordStoreCalls,
  RulesRepository,
  TownshipSettingsCache,
} from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import type { DemoUser } from '../src/auth/local-issuer';
import { createTokenVerifier } from '../src/auth/verifier';
import { json, people, seedTownship, seedVillageCase } from './rules-ledger-fixtures';
import { createTestContext, type TestContext } from './support/test-app';

// A case page is kept per process and served after one BatchGetItem says nothing moved. Each change a user would see
// on the page must show on the very next read of a process that kept it, also when another process (its own store
// clients, so its own caches) made the change; and a kept page must answer a reader who may not see it as a fresh read
// does.

let clock = new Date('2026-06-15T02:00:00Z'); // Monday 2026-06-15, 10:00 in Shanghai
const now = () => clock;
let ctx: TestContext;
let log: ReturnType<typeof recordStoreCalls>;

/** Another process on the same table: its own store clients, caches and kept pages. */
function otherProcess() {
  const store = createStoreClients({ endpoint: ctx.embedded.endpoint, tableName: ctx.store.tableName });
  const verifier = createTokenVerifier({ jwks: ctx.issuer.jwks, issuer: ctx.issuer.issuer, now });
  return { store, app: createApp({ store, verifier, version: 'other', now }) };
}

beforeAll(async () => {
  ctx = await createTestContext({ now });
  await seedTownship(ctx.store);
  await seedVillageCase(ctx.store);
  log = recordStoreCalls(ctx.store.client);
}, 120_000);
afterAll(async () => ctx.stop());

type App = TestContext['app'];
interface Page {
  case: { lastSeq: number };
  deadline: { deadline: string };
  deadlines: { kind: string; workingDaysLeft?: number }[];
  names: { units: Record<string, string> };
  caseLeaders: string[];
  timeline: { on: string; kind: string }[];
}

const get = async (app: App, user: DemoUser = people.officer) =>
  app.request('/api/cases/c-v1', { headers: await ctx.as(user) });
const text = async (app: App) => {
  const res = await get(app);
  expect(res.status).toBe(200);
  return res.text();
};

/** The page as this process serves it, after checking it is the one a fresh process builds. */
const page = async (): Promise<Page> => {
  const served = await text(ctx.app);
  const fresh = otherProcess();
  expect(served).toBe(await text(fresh.app));
  fresh.store.client.destroy();
  return JSON.parse(served) as Page;
};
/** A read that the kept page answers: one BatchGetItem and nothing else. */
const warm = async (): Promise<Page> => {
  log.clear();
  const served = await text(ctx.app);
  expect(log.calls.map((c) => c.command)).toEqual(['BatchGetItem']);
  return JSON.parse(served) as Page;
};
const resolution = (p: Page) => p.deadlines.find((d) => d.kind === 'resolution');

describe('GET /api/cases/{id} kept between reads', () => {
  it("shows another process's event, publish, calendar and org edits, and a new day, on the next read", async () => {
    const other = otherProcess();
    const first = await page();
    expect(await warm()).toEqual(first);

    // A new event, through the other process's API.
    const visit = { channel: 'visit', level: 'township', form: 'individual', headcount: 1 };
    const added = await other.app.request(
      '/api/cases/c-v1/events',
      json(await ctx.as(people.officer), {
        kind: 'visit',
        on: '2026-06-12',
        ...visit,
        expectedSeq: first.case.lastSeq,
      }),
    );
    expect(added.status).toBe(201);
    const withVisit = await page();
    expect(withVisit.timeline).toHaveLength(first.timeline.length + 1);
    expect(withVisit.timeline.at(-1)).toMatchObject({ kind: 'visit', on: '2026-06-12' });
    await warm();

    // A publish in force from before the case's registration: 30 working days to resolve instead of 60 days.
    const rules = defaultRuleSet({ id: 'v2026', effectiveFrom: '2026-01-01' });
    await new RulesRepository(other.store).putVersion({
      tenantId: 'twn-a',
      versionId: 'v2026',
      effectiveFrom: '2026-01-01',
      ruleSet: { ...rules, deadlines: DeadlineSettings.parse({ resolutionDays: 30, dayKind: 'working' }) },
      publishedAt: '2026-06-15T02:00:00Z',
      publishedBy: 'u-admin',
    });
    const published = await page();
    expect(withVisit.deadline.deadline).toBe('2026-05-02');
    expect(published.deadline.deadline < '2026-05-02').toBe(true);
    await warm();

    // A calendar edit: a working day before the deadline entered as a holiday moves it one working day later.
    const holiday = await other.app.request(
      '/api/calendar/overrides/2026-03-10',
      json(await ctx.as(people.admin), { working: false, name: '临时放假' }, 'PUT'),
    );
    expect(holiday.status).toBe(200);
    const edited = await page();
    expect(edited.deadline.deadline > published.deadline.deadline).toBe(true);
    await warm();

    // Org edits: the responsible unit renamed; a case leader assigned, then renamed.
    const orgs = new OrgRepository(other.store);
    const unit = await orgs.get('twn-a', 'unit', 'v1');
    if (!unit) throw new Error('no unit v1');
    const { version, ...record } = unit;
    await orgs.update('twn-a', 'unit', { ...record, name: '新名村' }, version, '2026-06-15T02:00:00Z');
    expect((await page()).names.units.v1).toBe('新名村');
    await warm();
    expect(edited.caseLeaders).toEqual([]);
    const assignment = {
      id: 'a-cl',
      personId: 'p-lc',
      role: 'case_leader' as const,
      caseId: 'c-v1',
      from: '2026-03-02',
    };
    await orgs.create('twn-a', 'assignment', assignment, '2026-06-15T02:00:00Z');
    expect((await page()).caseLeaders).toEqual(['周镇长']);
    await warm();
    const leader = await orgs.get('twn-a', 'person', 'p-lc');
    if (!leader) throw new Error('no person p-lc');
    const { version: leaderVersion, ...person } = leader;
    await orgs.update('twn-a', 'person', { ...person, name: '周副镇长' }, leaderVersion, '2026-06-15T02:00:00Z');
    const renamed = await page();
    expect(renamed.caseLeaders).toEqual(['周副镇长']);
    await warm();

    // The next day (Tuesday): one working day less to the deadline (already past: more negative).
    clock = new Date('2026-06-16T02:00:00Z');
    const tuesday = await page();
    expect(resolution(tuesday)?.workingDaysLeft).toBe((resolution(renamed)?.workingDaysLeft ?? NaN) - 1);
    expect(await warm()).toEqual(tuesday);
    other.store.client.destroy();
  }, 120_000);

  it("checks the reader on a kept page as on a fresh read: another unit's reporter, another township", async () => {
    // A day no page was kept for yet: the first reads below are fresh.
    clock = new Date('2026-06-17T02:00:00Z');
    const statusOf = async (user: DemoUser) => (await get(ctx.app, user)).status;
    const fresh = { dept: await statusOf(people.deptReporter), otherTownship: await statusOf(people.adminB) };
    expect(fresh).toEqual({ dept: 403, otherTownship: 404 });

    const kept = await page();
    log.clear();
    expect(await statusOf(people.deptReporter)).toBe(403);
    // It was the kept page's check that refused: the read went no further than the BatchGetItem.
    expect(log.calls.map((c) => c.command)).toEqual(['BatchGetItem']);
    // Another township's reader never reaches the kept page (its key is the township of the token): a 404, even with
    // that township's version numbers equal to this one's and no event at the page's next seq in its key space.
    const township = new TownshipSettingsCache(ctx.store);
    const target = await township.versions('twn-a');
    while ((await township.versions('twn-b')).settings < target.settings) await bumpSettingsVersion(ctx.store, 'twn-b');
    while ((await township.versions('twn-b')).org < target.org) await bumpOrgVersion(ctx.store, 'twn-b');
    expect(await township.versions('twn-b')).toMatchObject({ settings: target.settings, org: target.org });
    expect(await statusOf(people.adminB)).toBe(404);

    // The village's reporter (its unit is responsible) gets the kept page.
    log.clear();
    const village = await get(ctx.app, people.villageReporter);
    expect(village.status).toBe(200);
    expect(JSON.parse(await village.text())).toEqual(kept);
    expect(log.calls.map((c) => c.command)).toEqual(['BatchGetItem']);
  }, 120_000);
});
