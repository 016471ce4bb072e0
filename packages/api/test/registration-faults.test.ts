import { AuditLog, CaseRepository, failingAt, type StoreClients } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { createTokenVerifier } from '../src/auth/verifier';
import { jsonInit, registration } from './cases-fixtures';
import { seedOrgs } from './org-fixtures';
import { createTestContext, FIXED_NOW, users, type TestContext } from './support/test-app';

// A registration writes several items (events, petitioner, summary, case leader, query code, audit, the key's
// answer). With its k-th store call failing, for every k, and then retried with the same Idempotency-Key, exactly
// one case results, complete: no events left behind under another case id, no case without its summary.
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
}, 120_000);
afterAll(async () => ctx.stop());

const appOn = (store: StoreClients) =>
  createApp({
    store,
    verifier: createTokenVerifier({ jwks: ctx.issuer.jwks, issuer: ctx.issuer.issuer, now: () => FIXED_NOW }),
    version: '0.0.0-test',
    now: () => FIXED_NOW,
  });

const body = (tag: string) => registration({ summary: `故障登记${tag}`, caseLeaderId: 'p-cadre' });

async function post(app: ReturnType<typeof createApp>, tag: string) {
  const init = jsonInit(await ctx.as(users.officerA), body(tag), { 'idempotency-key': `reg-fault-${tag}` });
  return app.request('/api/cases', init);
}

/**
 * The audit log is written after the change it records: every `case.register` entry names a case that is there,
 * complete (a failed registration leaves no entry claiming it happened).
 */
async function expectRegisterEntriesTrue() {
  const log = await new AuditLog(ctx.store).listMonth('twn-a', '2026-06', { limit: 1000 });
  const registered = log.items.filter((e) => e.action === 'case.register').map((e) => e.targetId);
  const cases = new CaseRepository(ctx.store);
  for (const id of registered) expect((await cases.summary('twn-a', id))?.lastSeq, id).toBe(2);
  return registered;
}

/** Every case of township A whose registration carries this tag, as stored (events, whether summarised or not). */
async function casesTagged(tag: string) {
  const records = await new CaseRepository(ctx.store).listCaseRecords('twn-a', { fromYear: 2026, toYear: 2026 });
  return records.filter((r) => r.events.some((e) => e.kind === 'registered' && e.summary === `故障登记${tag}`));
}

describe('registering a case with its k-th store call failing, then retrying with the same key', () => {
  it('leaves exactly one complete case for every k', { timeout: 600_000 }, async () => {
    // The year's first registration also creates its case-number counter (more calls); every later one, as each k
    // below, raises it: count the calls of a later one.
    expect((await post(appOn(ctx.store), 'warm')).status).toBe(201);
    const counted = failingAt(ctx.store, 0);
    expect((await post(appOn(counted.store), 'count')).status).toBe(201);
    const calls = counted.calls();
    expect(calls).toBeGreaterThanOrEqual(8);

    for (let k = 1; k <= calls; k++) {
      const tag = `k${k}`;
      const first = await post(appOn(failingAt(ctx.store, k).store), tag);
      // Every call of a registration matters: the failing one is the server's fault, said without a stack.
      expect(first.status, `k=${k}`).toBe(500);
      await expectRegisterEntriesTrue();

      const retry = await post(ctx.app, tag);
      expect(retry.status, `k=${k}`).toBe(201);
      const created = (await retry.json()) as { id: string; lastSeq: number };
      expect(created.lastSeq).toBe(2);

      expect(await expectRegisterEntriesTrue()).toContain(created.id);
      const stored = await casesTagged(tag);
      expect(
        stored.map((r) => r.id),
        `k=${k}`,
      ).toEqual([created.id]);
      expect(stored[0]?.events.map((e) => e.kind)).toEqual(['registered', 'visit']);
      const headers = await ctx.as(users.officerA);
      const detail = await ctx.app.request(`/api/cases/${created.id}`, { headers });
      expect(detail.status).toBe(200);
      const listed = await ctx.app.request(`/api/cases?q=${encodeURIComponent(`故障登记${tag}`)}`, { headers });
      expect(((await listed.json()) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([created.id]);
      const petitioner = await ctx.app.request(`/api/cases/${created.id}/petitioner`, { headers });
      expect(petitioner.status).toBe(200);
      const leaders = await ctx.app.request(`/api/org/assignments?role=case_leader`, { headers });
      const leaderIds = ((await leaders.json()) as { items: { caseId?: string }[] }).items.map((a) => a.caseId);
      expect(leaderIds.filter((id) => id === created.id)).toHaveLength(1);
    }
  });
});
