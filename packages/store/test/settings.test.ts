import { defaultRuleSet, DeadlineSettings, type RuleSet } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import {
  CalendarOverrideRepository,
  CaseRepository,
  HonourConflictError,
  loadCaseFoldSettings,
  recordStoreCalls,
  RulesRepository,
  TownshipHonoursRepository,
} from '../src';
import { AT, registerCase } from './cases-support';
import { useEmbeddedTable } from './support';

const t = useEmbeddedTable();
const meta = { by: 'u-admin', at: AT };

function rules(id: string, effectiveFrom: string, deadlines: Partial<DeadlineSettings>): RuleSet {
  return { ...defaultRuleSet({ id, effectiveFrom }), deadlines: DeadlineSettings.parse(deadlines) };
}

describe('calendar overrides', () => {
  it('are kept per township and date, listed by year, replaced and removed', async () => {
    const repo = new CalendarOverrideRepository(t.store());
    await repo.put('twn-o', { date: '2027-10-01', working: false, name: '国庆节' }, meta);
    await repo.put('twn-o', { date: '2027-09-26', working: true, name: '国庆调休' }, meta);
    await repo.put('twn-o', { date: '2028-01-01', working: false, name: '元旦' }, meta);
    expect((await repo.list('twn-o', 2027)).map((o) => o.date)).toEqual(['2027-09-26', '2027-10-01']);
    expect(await repo.list('twn-other')).toEqual([]);

    const replaced = await repo.put('twn-o', { date: '2027-10-01', working: false, name: '国庆' }, meta);
    expect(replaced.previous?.name).toBe('国庆节');
    expect((await repo.remove('twn-o', '2028-01-01'))?.name).toBe('元旦');
    expect(await repo.remove('twn-o', '2028-01-01')).toBeUndefined();
    expect((await repo.list('twn-o')).map((o) => `${o.date}:${o.name}`)).toEqual([
      '2027-09-26:国庆调休',
      '2027-10-01:国庆',
    ]);
  });
});

describe('model-township honours', () => {
  it('change only from the version the caller read', async () => {
    const repo = new TownshipHonoursRepository(t.store());
    const first = await repo.set('twn-h', 2025, 'district', 0, meta);
    expect(first.version).toBe(1);
    await expect(repo.set('twn-h', 2025, 'city', 0, meta)).rejects.toMatchObject({ currentVersion: 1 });
    await expect(repo.set('twn-h', 2025, 'city', 3, meta)).rejects.toBeInstanceOf(HonourConflictError);
    await repo.set('twn-h', 2025, null, 1, meta);
    await repo.set('twn-h', 2024, 'city', 0, meta);
    expect((await repo.list('twn-h')).map((h) => [h.year, h.level, h.version])).toEqual([
      [2024, 'city', 1],
      [2025, null, 2],
    ]);
  });
});

describe('case folds with the township settings', () => {
  it('use the deadlines of the version in force on the registration date, for the whole life of the case', async () => {
    const store = t.store();
    const rulesRepo = new RulesRepository(store);
    await rulesRepo.saveInitialRules('twn-d', rules('v2020', '2020-01-01', {}));
    await rulesRepo.putVersion({
      tenantId: 'twn-d',
      versionId: 'v2026-04',
      effectiveFrom: '2026-04-01',
      ruleSet: rules('v2026-04', '2026-04-01', { resolutionDays: 30 }),
      publishedAt: AT,
      publishedBy: 'u-admin',
    });
    const cases = new CaseRepository(store);

    const before = await registerCase(cases, 'twn-d', 'c-before', '2026-03-02');
    const after = await registerCase(cases, 'twn-d', 'c-after', '2026-04-02');
    const national = await registerCase(cases, 'twn-none', 'c-none', '2026-04-02');
    // Acceptance within 15 days, then 60 (or this township's 30) days to resolve.
    expect(before.resolutionDeadline).toBe('2026-05-16');
    expect(after.resolutionDeadline).toBe('2026-05-17');
    expect(national.resolutionDeadline).toBe('2026-06-16');

    const appended = await cases.append({
      tenantId: 'twn-d',
      caseId: 'c-before',
      event: { kind: 'accepted', on: '2026-04-10' },
      recordedAt: AT,
    });
    expect(appended.summary.resolutionDeadline).toBe('2026-06-09');
  });

  it('count working days with the admin overrides, and read the settings by Query only', async () => {
    const store = t.store();
    await new RulesRepository(store).saveInitialRules(
      'twn-w',
      rules('w2020', '2020-01-01', { dayKind: 'working', acceptanceDays: 1 }),
    );
    const cases = new CaseRepository(store);
    const registered = await registerCase(cases, 'twn-w', 'c-w', '2027-09-30');
    // 2027 is past the official calendar: without overrides 10-01 is an ordinary Friday.
    expect(registered.acceptanceDeadline).toBe('2027-10-01');

    const overrides = new CalendarOverrideRepository(store);
    for (const date of ['2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'])
      await overrides.put('twn-w', { date, working: false, name: '国庆节' }, meta);
    const log = recordStoreCalls(store.client);
    const view = await cases.view('twn-w', 'c-w');
    expect(view?.state.acceptanceDeadline).toBe('2027-10-08');
    // The events, the rule history and the overrides: one Query each, however many events the case has.
    expect(log.calls.map((call) => call.command)).toEqual(['Query', 'Query', 'Query']);

    const settings = await loadCaseFoldSettings(store, 'twn-w');
    expect(settings.calendar.knows(2027)).toBe(true);
    expect(settings.calendar.isWorkingDay('2027-10-04')).toBe(false);
  });
});
