import { describe, expect, it } from 'vitest';
import { org as baseOrg, mkCase, run } from './test-fixtures';

describe('veto (四(四))', () => {
  const c = mkCase('V', ['v1'], '2026-03-01', [
    { visit: 'v1', on: '2026-03-02', level: 'district', form: 'collective' },
    { notice: 'v1', on: '2026-03-03' },
    { visit: 'v2', on: '2026-04-02', level: 'city' },
    { notice: 'v2', on: '2026-04-03', level: 'city' },
    { visit: 'v3', on: '2026-05-02', level: 'province' },
    { visit: 'v4', on: '2026-05-03', level: 'township' },
    { notice: 'v4', on: '2026-05-04' },
  ]);
  const l = run([c]);

  it("a notified visit at district level or above vetoes the case's units and their main persons, once per target and year", () => {
    expect(l.vetoes.map((v) => v.id)).toEqual([
      'veto:2026:person:P-O1',
      'veto:2026:person:P-V1',
      'veto:2026:unit:o1',
      'veto:2026:unit:v1',
    ]);
  });

  it('cites every triggering visit; an unnotified province visit and a township visit do not veto', () => {
    const unit = l.vetoes.find((v) => v.id === 'veto:2026:unit:v1');
    expect(unit?.visits.map((v) => v.visitId)).toEqual(['v1', 'v2']);
    expect(unit?.explanation).toContain('前村2026年度取消评先树优资格');
  });

  it('marks the vetoed people and units in the totals; leading cadres are not vetoed', () => {
    expect(l.totals.byPerson.find((p) => p.personId === 'P-V1')?.vetoed).toBe(true);
    expect(l.totals.byPerson.find((p) => p.personId === 'C1')?.vetoed ?? false).toBe(false);
    expect(l.totals.byUnit.find((u) => u.unitId === 'o1')?.vetoed).toBe(true);
  });
});

describe('rewards (四(五)), settled for each whole calendar year in the period', () => {
  // One visit in 2026, on a 前村 v1 case: v1 and its office o1 are not visit-free.
  const visited = mkCase('W', ['v1'], '2026-02-01', [{ visit: 'w1', on: '2026-02-02', level: 'township' }]);

  it('visit-free villages 2000元, offices 3000元 (with all their villages), departments commended, cadres 1000元 once', () => {
    const l = run([visited]);
    const byId = Object.fromEntries(l.rewards.map((r) => [r.id, r.amountFen]));
    expect(byId).toEqual({
      'reward:2026:visit_free:v2': 200000,
      'reward:2026:visit_free:o2': 300000,
      'reward:2026:visit_free:v3': 200000,
      'reward:2026:commendation:d1': 0,
      'reward:2026:commendation:pet': 0,
      // C1 liaises with o1 and so is responsible for its visit-free village 后村 v2; C3 liaises with o2 and v3: once.
      'reward:2026:cadre:C1': 100000,
      'reward:2026:cadre:C3': 100000,
    });
    expect(l.rewards.find((r) => r.id === 'reward:2026:visit_free:o2')?.note).toBe('其中书记（西书记）不少于1500元');
    expect(l.totals.byPerson.find((p) => p.personId === 'C3')?.rewardsFen).toBe(100000);
    expect(l.totals.byUnit.find((u) => u.unitId === 'v2')?.rewardsFen).toBe(200000);
  });

  it("a backlog case aged 5–10 whole years resolved in the year: 1000元 to the case leader and each unit's secretary", () => {
    const org = withCaseLeader();
    const aged = (id: string, first: string) => mkCase(id, ['v3'], '2026-01-02', [{ resolved: '2026-06-30' }], first);
    // 2016-06-30 → 2026-06-30: exactly 10 whole years (in); 2015-06-30 → 11 (out);
    // 2021-07-01 → 4 (out); 2021-06-30 → 5 (in).
    const l = run(
      [aged('K10', '2016-06-30'), aged('K11', '2015-06-30'), aged('K4', '2021-07-01'), aged('K5', '2021-06-30')],
      { org },
    );
    const backlog = l.rewards.filter((r) => r.kind === 'backlog').map((r) => r.id);
    expect(backlog).toEqual([
      'reward:2026:backlog:K10:C9',
      'reward:2026:backlog:K10:P-O2',
      'reward:2026:backlog:K10:P-V3',
      'reward:2026:backlog:K5:C9',
      'reward:2026:backlog:K5:P-O2',
      'reward:2026:backlog:K5:P-V3',
    ]);
    expect(l.totals.byPerson.find((p) => p.personId === 'C9')?.rewardsFen).toBe(200000);
  });

  it('model township: the petition office 2000元 (district) or 5000元 (city)', () => {
    const district = run([visited], { flags: { modelTownship: 'district' } });
    expect(district.rewards.find((r) => r.kind === 'model_township')).toMatchObject({
      unitId: 'pet',
      amountFen: 200000,
    });
    const city = run([visited], { flags: { modelTownship: 'city' } });
    expect(city.rewards.find((r) => r.kind === 'model_township')).toMatchObject({ unitId: 'pet', amountFen: 500000 });
  });

  it('a period that is not a whole year settles no rewards and says so', () => {
    const l = run([visited], { period: { from: '2026-01-01', to: '2026-06-30' } });
    expect(l.rewards).toEqual([]);
    expect(l.warnings.map((w) => w.code)).toContain('partial_year');
  });
});

function withCaseLeader() {
  const leaders = ['K10', 'K11', 'K4', 'K5'].map((caseId) => ({
    id: `cl-${caseId}`,
    personId: 'C9',
    role: 'case_leader' as const,
    caseId,
    from: '2016-01-01',
  }));
  return { ...baseOrg, assignments: [...baseOrg.assignments, ...leaders] };
}
