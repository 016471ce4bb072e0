import { CaseRepository, CalendarOverrideRepository, LedgerRepository, ScreeningRepository } from '@xinfang/store';
import { describe, expect, it } from 'vitest';
import { runJobs, type JobsReport } from '../src/jobs';
import type { DemoUser } from '../src/auth/local-issuer';
import { people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

interface Message {
  id: string;
  topic: string;
  title: string;
  link: string;
  read: boolean;
}

const ctx = useSeededTownship(async (c) => {
  // Registered on 09-23: acceptance within 15 calendar days, i.e. by 10-08, the day after 国庆.
  await new CaseRepository(c.store).register({
    tenantId: 'twn-a',
    districtId: 'd1',
    caseId: 'c-nd',
    registered: {
      kind: 'registered',
      on: '2026-09-23',
      caseType: 'appeal',
      category: '道路',
      summary: '村道损毁影响出行',
      originUnitId: 'dep1',
      responsibleUnitIds: ['dep1'],
    },
    firstVisit: {
      kind: 'visit',
      on: '2026-09-23',
      visitId: 'nd1',
      channel: 'visit',
      level: 'township',
      form: 'individual',
      headcount: 1,
    },
    petitioner: { name: '上访人乙', contact: '13900002222' },
    recordedAt: '2026-09-23T01:00:00.000Z',
  });
});

const run = (date: string): Promise<JobsReport> =>
  runJobs(ctx.store, { date, districtIds: ['d1'], at: `${date}T22:00:00.000Z` });
const inbox = async (user: DemoUser, query = ''): Promise<Message[]> => {
  const res = await ctx.app.request(`/api/inbox${query}`, { headers: await ctx.as(user) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Message[] }).items;
};
const unread = async (user: DemoUser) =>
  (
    (await (await ctx.app.request('/api/inbox/unread-count', { headers: await ctx.as(user) })).json()) as {
      unread: number;
    }
  ).unread;
const ids = (messages: Message[], prefix: string) =>
  messages
    .map((m) => m.id)
    .filter((id) => id.startsWith(prefix))
    .sort();

describe('the daily jobs', () => {
  it(
    'evaluates the month just ended as a draft and settles the past year, telling the admin once',
    { timeout: 60_000 },
    async () => {
      const first = await run('2026-04-01');
      const twnA = first.townships.find((t) => t.townshipId === 'twn-a');
      expect(twnA?.evaluated.sort()).toEqual(['2025-01-01_2025-12-31', '2026-03-01_2026-03-31']);
      // twn-b has no rules yet: nothing to evaluate.
      expect(first.townships.find((t) => t.townshipId === 'twn-b')?.evaluated).toEqual([]);
      const march = await new LedgerRepository(ctx.store).read('twn-a', '2026-03-01_2026-03-31');
      expect(march?.summary.evaluatedBy).toBe('system:jobs');
      expect(march?.entries.filter((e) => e.kind === 'fine' && e.active).length).toBeGreaterThan(0);
      const admin = await inbox(people.admin);
      expect(ids(admin, 'evaluation:')).toEqual(['evaluation:2026-03-01_2026-03-31']);
      expect(ids(admin, 'settlement:')).toEqual(['settlement:2025-01-01_2025-12-31']);
      expect(admin.find((m) => m.id.startsWith('evaluation:'))?.link).toBe('/ledger?period=2026-03-01_2026-03-31');

      const again = await run('2026-04-01');
      expect(again.delivered).toBe(0);
      expect(again.alreadySent).toBe(first.delivered);
      expect(again.townships.every((t) => t.evaluated.length === 0)).toBe(true);
    },
  );

  it('announces fines falling due and overdue from the stored notices, once each', { timeout: 60_000 }, async () => {
    // March's notice date is 03-31: 刘书记 (not finance-paid) owes by the month's end, 张主任 (finance-paid) within
    // 3 working days, i.e. by 04-03.
    const fineIds = async () => ids(await inbox(people.admin), 'fine:');
    // March is still a draft: its notices have not gone out, so nobody is reminded of them.
    expect(await fineIds()).toEqual([]);
    await new LedgerRepository(ctx.store).issue('twn-a', '2026-03-01_2026-03-31', '2026-04-01T01:00:00.000Z', 'admin');
    await run('2026-04-01');
    expect(await fineIds()).toEqual(['fine:notice:2026-03-01_2026-03-31:p-v:overdue']);
    await run('2026-04-02');
    expect(await fineIds()).toEqual([
      'fine:notice:2026-03-01_2026-03-31:p-o:due',
      'fine:notice:2026-03-01_2026-03-31:p-v:overdue',
    ]);
    await run('2026-04-07');
    expect(await fineIds()).toEqual([
      'fine:notice:2026-03-01_2026-03-31:p-o:due',
      'fine:notice:2026-03-01_2026-03-31:p-o:overdue',
      'fine:notice:2026-03-01_2026-03-31:p-v:overdue',
    ]);
    const overdue = (await inbox(people.admin)).find((m) => m.id.endsWith('p-o:overdue'));
    expect(overdue?.title).toContain('张主任');
    expect((await inbox(people.officer)).some((m) => m.topic === 'fine')).toBe(false);
  });

  it(
    'reminds of screening ledgers still missing after the 25th, once a month per unit',
    { timeout: 60_000 },
    async () => {
      await new ScreeningRepository(ctx.store).submit('twn-a', {
        month: '2026-06',
        unitId: 'v1',
        items: [],
        submittedAt: '2026-06-20T01:00:00.000Z',
        submittedBy: 'u-rep-v',
      });
      await run('2026-06-25');
      expect(ids(await inbox(people.deptReporter), 'screening:')).toEqual([]);
      const report = await run('2026-06-26');
      expect(ids(await inbox(people.deptReporter), 'screening:')).toEqual(['screening:2026-06:dep1']);
      expect(ids(await inbox(people.villageReporter), 'screening:')).toEqual([]);
      const admin = (await inbox(people.admin)).find((m) => m.id === 'screening:2026-06:missing');
      expect(admin?.title).toBe('2个单位未按时提交2026-06排查台账');
      expect(admin?.link).toBe('/screening/2026-06');
      const monthEnd = await run('2026-06-30');
      expect(monthEnd.alreadySent).toBeGreaterThanOrEqual(report.delivered);
      expect(ids(await inbox(people.deptReporter), 'screening:')).toEqual(['screening:2026-06:dep1']);
      // The next month starts afresh: nothing is due before its 25th.
      await run('2026-07-01');
      expect(ids(await inbox(people.deptReporter), 'screening:2026-07')).toEqual([]);
    },
  );

  it(
    'reminds of the acceptance deadline 3 and 1 working days ahead across 国庆, then as overdue',
    { timeout: 60_000 },
    async () => {
      expect((await new CaseRepository(ctx.store).summary('twn-a', 'c-nd'))?.acceptanceDeadline).toBe('2026-10-08');
      const deadline = async (user: DemoUser) => ids(await inbox(user), 'deadline:c-nd:');
      await run('2026-09-25');
      expect(await deadline(people.officer)).toEqual([]);
      await run('2026-09-28');
      expect(await deadline(people.officer)).toEqual(['deadline:c-nd:acceptance:2026-10-08:d3']);
      expect(await deadline(people.deptReporter)).toEqual(['deadline:c-nd:acceptance:2026-10-08:d3']);
      expect(await deadline(people.villageReporter)).toEqual([]);
      const twice = await run('2026-09-29');
      expect(twice.townships.find((t) => t.townshipId === 'twn-a')?.delivered).toBe(0);
      // 09-30: only 10-08 is left before the deadline (10-01…10-07 are 国庆).
      await run('2026-09-30');
      expect(await deadline(people.officer)).toEqual([
        'deadline:c-nd:acceptance:2026-10-08:d1',
        'deadline:c-nd:acceptance:2026-10-08:d3',
      ]);
      expect(await deadline(people.admin)).toEqual([]);
      await run('2026-10-09');
      expect(await deadline(people.admin)).toEqual(['deadline:c-nd:acceptance:2026-10-08:overdue']);
      const overdue = (await inbox(people.officer)).find(
        (m) => m.id.endsWith(':overdue') && m.id.startsWith('deadline:c-nd'),
      );
      expect(overdue?.link).toBe('/cases/c-nd');
      expect(overdue?.title).toBe('受理期限已逾期：村道损毁影响出行');
    },
  );

  it("counts with the township's calendar overrides", { timeout: 60_000 }, async () => {
    await new CaseRepository(ctx.store).register({
      tenantId: 'twn-a',
      districtId: 'd1',
      caseId: 'c-ov',
      registered: {
        kind: 'registered',
        on: '2026-11-13',
        caseType: 'appeal',
        category: '环境',
        summary: '养殖场异味',
        originUnitId: 'dep1',
        responsibleUnitIds: ['dep1'],
      },
      firstVisit: {
        kind: 'visit',
        on: '2026-11-13',
        visitId: 'ov1',
        channel: 'visit',
        level: 'township',
        form: 'individual',
        headcount: 1,
      },
      petitioner: { name: '上访人丙', contact: '13900003333' },
      recordedAt: '2026-11-13T01:00:00.000Z',
    });
    // Acceptance by 11-28 (Saturday): on Wednesday 11-25 Thursday and Friday are left (d3), unless Friday is a rest day.
    await run('2026-11-25');
    expect(ids(await inbox(people.officer), 'deadline:c-ov:')).toEqual(['deadline:c-ov:acceptance:2026-11-28:d3']);
    await new CalendarOverrideRepository(ctx.store).put(
      'twn-a',
      { date: '2026-11-27', working: false, name: '镇庆' },
      { by: 'u-admin', at: '2026-11-01T00:00:00.000Z' },
    );
    await run('2026-11-25');
    expect(ids(await inbox(people.officer), 'deadline:c-ov:')).toEqual([
      'deadline:c-ov:acceptance:2026-11-28:d1',
      'deadline:c-ov:acceptance:2026-11-28:d3',
    ]);
  });
});

describe('/api/inbox', () => {
  it('is scoped by the token: township role, unit, district; an auditor has none', { timeout: 60_000 }, async () => {
    expect((await inbox(people.adminB)).length).toBe(0);
    expect((await inbox(people.auditor)).length).toBe(0);
    expect(await unread(people.overseer)).toBe(0);
    const reporter = await inbox(people.deptReporter);
    expect(reporter.length).toBeGreaterThan(0);
    expect(reporter.every((m) => m.topic === 'deadline' || m.topic === 'screening')).toBe(true);
  });

  it('counts unread per user, marks read idempotently, and pages', { timeout: 60_000 }, async () => {
    const before = await unread(people.officer);
    expect(before).toBeGreaterThan(1);
    const [newest] = await inbox(people.officer, '?limit=1');
    const mark = async () =>
      ctx.app.request(`/api/inbox/${encodeURIComponent(newest?.id ?? '')}/read`, {
        method: 'POST',
        headers: await ctx.as(people.officer),
      });
    const res = await mark();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ unread: before - 1 });
    expect((await mark()).status).toBe(200);
    expect(await unread(people.officer)).toBe(before - 1);
    // Another officer of the same township has read nothing.
    expect(await unread({ ...people.officer, id: 'u-officer-2' })).toBe(before);
    expect((await inbox(people.officer, '?unread=true')).some((m) => m.id === newest?.id)).toBe(false);
    const page = await ctx.app.request('/api/inbox?limit=1', { headers: await ctx.as(people.officer) });
    const { cursor } = (await page.json()) as { cursor: string };
    const next = await inbox(people.officer, `?limit=1&cursor=${cursor}`);
    expect(next[0]?.id).not.toBe(newest?.id);
  });

  it(
    'answers 404 for a message of another audience and 400 naming a bad cursor or limit',
    { timeout: 60_000 },
    async () => {
      const [message] = await inbox(people.officer);
      const other = await ctx.app.request(`/api/inbox/${encodeURIComponent(message?.id ?? '')}/read`, {
        method: 'POST',
        headers: await ctx.as(people.adminB),
      });
      expect(other.status).toBe(404);
      for (const [query, field] of [
        ['?cursor=bogus', 'query.cursor'],
        ['?limit=0', 'query.limit'],
      ]) {
        const res = await ctx.app.request(`/api/inbox${query}`, { headers: await ctx.as(people.officer) });
        expect(res.status).toBe(400);
        expect(((await res.json()) as { invalidParams: { path: string }[] }).invalidParams.map((p) => p.path)).toEqual([
          field,
        ]);
      }
      expect((await ctx.app.request('/api/inbox')).status).toBe(401);
    },
  );
});
