import { defaultRuleSet, DeadlineSettings } from '@xinfang/domain';
import { CaseRepository, OrgRepository, RulesRepository } from '@xinfang/store';
import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

const at = '2026-01-01T00:00:00.000Z';

const ctx = useSeededTownship(async ({ store }) => {
  await new OrgRepository(store).create(
    'twn-a',
    'unit',
    { id: 'pet', name: '信访办', kind: 'department', population: 0, isPetitionOffice: true },
    at,
  );
  // From February 2026 the township resolves within 30 days (was the national 60).
  const shorter = {
    ...defaultRuleSet({ id: 'v2026-02', effectiveFrom: '2026-02-01' }),
    deadlines: DeadlineSettings.parse({ resolutionDays: 30 }),
  };
  await new RulesRepository(store).putVersion({
    tenantId: 'twn-a',
    versionId: 'v2026-02',
    effectiveFrom: '2026-02-01',
    ruleSet: shorter,
    publishedAt: at,
    publishedBy: 'u-admin',
  });
});

const call = async (method: string, path: string, user: DemoUser, payload?: unknown) =>
  ctx.app.request(
    path,
    payload === undefined ? { method, headers: await ctx.as(user) } : json(await ctx.as(user), payload, method),
  );
const read = async <T>(res: Response): Promise<T> => (await res.json()) as T;

interface Evaluation {
  rewards: { count: number; totalFen: number };
  warnings: { code: string }[];
}
interface Row {
  kind: string;
  caseId?: string;
  unitId?: string;
  amountFen: number;
  sanctions: string[];
}

describe('calendar overrides in the ledger and screening', () => {
  it("move a finance-paid person's payment due date past a day the admin entered as a holiday", async () => {
    expect(
      (await call('PUT', '/api/calendar/overrides/2026-04-02', people.admin, { working: false, name: '临时放假' }))
        .status,
    ).toBe(200);
    const res = await call('POST', '/api/ledger/evaluations', people.admin, {
      from: '2026-03-01',
      to: '2026-03-31',
      noticeOn: '2026-04-01',
    });
    expect(res.status).toBe(200);
    const notices = await read<{ items: { personId: string; dueOn: string }[] }>(
      await call('GET', '/api/ledger/notices?period=2026-03-01_2026-03-31', people.officer),
    );
    // 3 working days from Wed 04-01 skip 04-02 (entered), 清明 04-04–06: 04-03, 04-07, 04-08.
    expect(notices.items.find((n) => n.personId === 'p-o')?.dueOn).toBe('2026-04-08');
  });

  it('tell whether the screening due day is a working day in a year the official calendar does not know', async () => {
    type Missing = { dueDate: string; dueIsWorkingDay: boolean; dueNote?: string };
    const before = await read<Missing>(await call('GET', '/api/screening/2027-09/missing', people.officer));
    expect(before).toMatchObject({ dueDate: '2027-09-25', dueIsWorkingDay: false });
    await call('PUT', '/api/calendar/overrides/2027-09-25', people.admin, { working: true, name: '国庆调休' });
    const after = await read<Missing>(await call('GET', '/api/screening/2027-09/missing', people.officer));
    expect(after).toMatchObject({ dueIsWorkingDay: true });
    expect(after.dueNote).toBeUndefined();
  });
});

describe('model-township honours in the ledger', () => {
  it('reward the petition office for a whole year the township was named, at the level named', async () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const without = await read<Evaluation>(await call('POST', '/api/ledger/evaluations', people.admin, year));
    expect((await call('PUT', '/api/township/honours/2025', people.admin, { level: 'city', version: 0 })).status).toBe(
      200,
    );
    const named = await read<Evaluation>(await call('POST', '/api/ledger/evaluations', people.admin, year));
    expect(named.rewards.totalFen - without.rewards.totalFen).toBe(500000);
    const rows = await read<{ items: Row[] }>(
      await call('GET', '/api/ledger?period=2025-01-01_2025-12-31', people.admin),
    );
    expect(
      rows.items.filter((r) => r.kind === 'reward' && r.unitId === 'pet' && r.amountFen > 0).map((r) => r.amountFen),
    ).toEqual([500000]);

    // Half a year settles no annual rewards, the title included.
    const half = await read<Evaluation>(
      await call('POST', '/api/ledger/evaluations', people.admin, { from: '2025-01-01', to: '2025-06-30' }),
    );
    expect(half.rewards.totalFen).toBe(0);
  });
});

describe('case deadlines in the ledger', () => {
  it('judge "late" by the deadlines the case was registered under, as the case screens show them', async () => {
    const cases = new CaseRepository(ctx.store);
    const visit = (on: string, visitId: string, level: 'township' | 'province') => ({
      kind: 'visit' as const,
      on,
      visitId,
      channel: 'visit' as const,
      level,
      form: 'individual' as const,
      headcount: 1,
    });
    await cases.register({
      tenantId: 'twn-a',
      districtId: 'd1',
      caseId: 'c-late',
      registered: {
        kind: 'registered',
        on: '2026-01-05',
        caseType: 'appeal',
        category: '土地',
        summary: '承包地纠纷',
        originUnitId: 'v1',
        responsibleUnitIds: ['v1'],
      },
      firstVisit: visit('2026-01-05', 'l1', 'township'),
      recordedAt: at,
    });
    await cases.append({
      tenantId: 'twn-a',
      caseId: 'c-late',
      event: { kind: 'accepted', on: '2026-01-06' },
      recordedAt: at,
    });
    // 45 days after acceptance: late under February's 30 days, within the 60 the case was registered under.
    await cases.append({
      tenantId: 'twn-a',
      caseId: 'c-late',
      event: visit('2026-02-20', 'l2', 'province'),
      recordedAt: at,
    });
    const view = await cases.view('twn-a', 'c-late');
    expect(view?.state.resolutionDeadline).toBe('2026-03-07');

    expect(
      (await call('POST', '/api/ledger/evaluations', people.admin, { from: '2026-02-01', to: '2026-02-28' })).status,
    ).toBe(200);
    const rows = await read<{ items: Row[] }>(
      await call('GET', '/api/ledger?period=2026-02-01_2026-02-28', people.admin),
    );
    const fines = rows.items.filter((r) => r.kind === 'fine' && r.caseId === 'c-late');
    expect(fines.length).toBeGreaterThan(0);
    expect(fines.flatMap((f) => f.sanctions)).not.toContain('warning_talk');
  });
});
