import { defaultRuleSet } from '@xinfang/domain';
import { RuleTemplateRepository, RulesRepository, TenancyRepository } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { createTestContext, users, type TestContext } from './support/test-app';

const districtAuditor: DemoUser = { id: 'u-aud-d1', name: '区审计', role: 'auditor', districtId: 'd1' };
const townshipAuditor: DemoUser = {
  id: 'u-aud-a',
  name: '镇审计',
  role: 'auditor',
  districtId: 'd1',
  tenantId: 'twn-a',
};
const overseer2: DemoUser = { id: 'u-overseer-2', name: '二区局', role: 'district_overseer', districtId: 'd2' };

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  const tenancy = new TenancyRepository(ctx.store);
  await tenancy.putDistrict({ id: 'd1', name: '西城区' });
  await tenancy.createTownship(
    { id: 'twn-a', name: '安镇', districtId: 'd1', population: 30000 },
    '2026-01-01T00:00:00.000Z',
  );
  await tenancy.createTownship(
    { id: 'twn-z', name: '他区镇', districtId: 'd2', population: 100 },
    '2026-01-01T00:00:00.000Z',
  );
});
afterAll(async () => ctx.stop());

const post = async (user: DemoUser, body: unknown, headers: Record<string, string> = {}) =>
  ctx.app.request('/api/district/townships', {
    method: 'POST',
    headers: { ...(await ctx.as(user)), 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('GET /api/district/townships', () => {
  it("lists the caller's district only, for the overseer and the district auditor", async () => {
    for (const user of [users.overseer, districtAuditor]) {
      const res = await ctx.app.request('/api/district/townships', { headers: await ctx.as(user) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: { id: string }[] };
      expect(body.items.map((t) => t.id)).toContain('twn-a');
      expect(JSON.stringify(body)).not.toContain('twn-z');
    }
  });

  it('refuses township callers (403) and anonymous callers (401)', async () => {
    for (const user of [users.adminA, townshipAuditor]) {
      expect((await ctx.app.request('/api/district/townships', { headers: await ctx.as(user) })).status).toBe(403);
    }
    expect((await ctx.app.request('/api/district/townships')).status).toBe(401);
  });
});

describe('POST /api/district/townships', () => {
  it("onboards a township into the caller's district, with initial rules, and audits it in the district log", async () => {
    const res = await post(users.overseer, { id: 'twn-new', name: '新镇', population: 12000 });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ id: 'twn-new', name: '新镇', districtId: 'd1', population: 12000 });
    expect(body.initialRuleSetId).toEqual(expect.any(String));
    const rules = await new RulesRepository(ctx.store).listVersions('twn-new');
    expect(rules.map((v) => v.versionId)).toEqual([body.initialRuleSetId]);
    const list = (await (
      await ctx.app.request('/api/district/townships', { headers: await ctx.as(users.overseer) })
    ).json()) as { items: { id: string }[] };
    expect(list.items.map((t) => t.id)).toContain('twn-new');
    const log = await ctx.app.request('/api/audit?month=2026-06', { headers: await ctx.as(users.overseer) });
    expect(log.status).toBe(200);
    expect(JSON.stringify(await log.json())).toContain('tenancy.township.create');
  });

  it('answers a retry with the same Idempotency-Key with the first response, and a taken id with 409', async () => {
    const first = await post(
      users.overseer,
      { id: 'twn-idem', name: '幂镇', population: 1 },
      { 'idempotency-key': 'onboard-twn-idem' },
    );
    const again = await post(
      users.overseer,
      { id: 'twn-idem', name: '幂镇', population: 1 },
      { 'idempotency-key': 'onboard-twn-idem' },
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    const taken = await post(users.overseer, { id: 'twn-idem', name: '另一个', population: 1 });
    expect(taken.status).toBe(409);
    // Another district's overseer gets 409 too, but nothing of the other township.
    const elsewhere = await post(overseer2, { id: 'twn-a', name: '重名', population: 1 });
    expect(elsewhere.status).toBe(409);
    expect(await elsewhere.text()).not.toContain('安镇');
  });

  it('names the bad fields (400) and refuses a district in the body', async () => {
    const res = await post(users.overseer, { id: 'Bad Id#', name: '', population: -1, districtId: 'd2' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { invalidParams: { path: string }[] };
    expect(body.invalidParams.map((p) => p.path)).toEqual(
      expect.arrayContaining(['body.id', 'body.name', 'body.population']),
    );
  });

  it('refuses every role but the district overseer', async () => {
    expect((await post(users.adminA, { id: 'twn-x1', name: 'x', population: 1 })).status).toBe(403);
    expect((await post(districtAuditor, { id: 'twn-x2', name: 'x', population: 1 })).status).toBe(403);
    const anonymous = await ctx.app.request('/api/district/townships', { method: 'POST', body: '{}' });
    expect(anonymous.status).toBe(401);
  });
});

it("starts a township with a copy of the district's rule template when there is one", async () => {
  const template = defaultRuleSet({ id: 'd1-template-2026', name: '西城区模板', effectiveFrom: '2026-01-01' });
  await new RuleTemplateRepository(ctx.store).saveTemplate('d1', template, '2026-01-01T00:00:00.000Z');
  const res = await post(users.overseer, { id: 'twn-tpl', name: '模板镇', population: 1 });
  expect(await res.json()).toMatchObject({ initialRuleSetId: 'd1-template-2026' });
  const versions = await new RulesRepository(ctx.store).listVersions('twn-tpl');
  expect(versions.map((v) => v.ruleSet.name)).toEqual(['西城区模板']);
});

describe('GET /api/township', () => {
  it("returns the caller's own township", async () => {
    const res = await ctx.app.request('/api/township', { headers: await ctx.as(townshipAuditor) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 'twn-a', name: '安镇', districtId: 'd1', population: 30000 });
  });

  it('refuses district callers (403), answers 404 before onboarding, 401 without a token', async () => {
    expect((await ctx.app.request('/api/township', { headers: await ctx.as(users.overseer) })).status).toBe(403);
    expect((await ctx.app.request('/api/township', { headers: await ctx.as(users.officerB) })).status).toBe(404);
    expect((await ctx.app.request('/api/township')).status).toBe(401);
  });
});
