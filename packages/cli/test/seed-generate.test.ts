import {
  createCalendar,
  createOrgIndex,
  foldCase,
  validateOrg,
  validateRuleSet,
  wholeYearsBetween,
} from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { demoUsersOf } from '../src/seed/demo-users';
import { DEMO_SEED, generateDemoData } from '../src/seed/generate';

const TODAY = '2026-06-15';
const demo = generateDemoData({ seed: DEMO_SEED, today: TODAY });
const calendar = createCalendar();

describe('demo data generator', () => {
  it('gives identical data for the same seed and today, and different data for another seed', () => {
    const again = generateDemoData({ seed: DEMO_SEED, today: TODAY });
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
    const other = generateDemoData({ seed: DEMO_SEED + 1, today: TODAY });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(demo));
  });

  it('builds one district of four townships, each with its own org of about twenty units', () => {
    expect(demo.id).toBe('dist-demo');
    expect(demo.townships.map((t) => t.org.township.name)).toContain('西集镇');
    expect(demo.townships).toHaveLength(4);
    for (const t of demo.townships) {
      expect(validateOrg(t.org)).toEqual([]);
      const units = t.org.units;
      expect(units.length).toBeGreaterThanOrEqual(15);
      expect(units.length).toBeLessThanOrEqual(25);
      const offices = units.filter((u) => u.kind === 'office');
      expect(offices.length).toBeGreaterThanOrEqual(2);
      expect(offices.length).toBeLessThanOrEqual(3);
      for (const o of offices) {
        const villages = units.filter((u) => u.officeId === o.id).length;
        expect(villages).toBeGreaterThanOrEqual(3);
        expect(villages).toBeLessThanOrEqual(5);
      }
      const departments = units.filter((u) => u.kind === 'department').map((u) => u.name);
      expect(departments).toEqual(expect.arrayContaining(['民政办', '城建办', '派出所', '司法所', '信访室']));
      expect(units.filter((u) => u.isPetitionOffice).map((u) => u.name)).toEqual(['信访室']);
      expect(t.org.township.population).toBeGreaterThan(0);
      expect(t.org.people.length).toBeGreaterThanOrEqual(24);
      expect(t.org.people.length).toBeLessThanOrEqual(38);
      const cadres = t.org.people.filter((p) => p.leadingCadre).length;
      expect(cadres).toBeGreaterThanOrEqual(6);
      expect(cadres).toBeLessThanOrEqual(8);
      expect(t.org.people.every((p) => /^[\u4e00-\u9fa5]{2,3}$/.test(p.name))).toBe(true);
    }
  });

  it('has a main responsible person for every unit on every date, and hand-overs inside the period', () => {
    for (const t of demo.townships) {
      const index = createOrgIndex(t.org);
      for (const date of ['2025-01-01', '2025-08-01', '2026-03-01', TODAY]) {
        for (const u of t.org.units)
          expect(index.responsibleFor(u.id, date)?.main, `${u.name} on ${date}`).toHaveLength(1);
      }
      const handOvers = t.org.assignments.filter((a) => a.to !== undefined && a.to >= '2025-01-01' && a.to < TODAY);
      expect(handOvers.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives each township a valid rule set of its own', () => {
    const notes = demo.townships.map((t) => t.ruleNote);
    expect(new Set(notes).size).toBe(4);
    for (const t of demo.townships) expect(validateRuleSet(t.ruleSet)).toEqual([]);
    const [plain, richer, allLevels, strict] = demo.townships.map((t) => t.ruleSet);
    const amount = (rs: typeof plain, id: string) => rs?.penaltyRows.find((r) => r.id === id)?.amounts?.villageHeadFen;
    expect(amount(richer, '1b')).toBe((amount(plain, '1b') ?? 0) * 1.5);
    expect(allLevels?.repeatCounting).toBe('all_levels');
    expect(strict?.collectiveThreshold).toBe(3);
    expect(strict?.modifiers.rectification.deadlineDays).toBe(15);
  });

  it('writes two years of cases that fold cleanly and never go past today', () => {
    for (const t of demo.townships) {
      expect(t.cases.length).toBeGreaterThanOrEqual(40);
      expect(t.cases.length).toBeLessThanOrEqual(130);
      for (const c of t.cases) {
        expect(() => foldCase(c.record, t.ruleSet.deadlines, calendar)).not.toThrow();
        expect(c.record.events.every((e) => e.on <= TODAY)).toBe(true);
        expect(c.record.townshipId).toBe(t.org.township.id);
      }
      const years = new Set(t.cases.map((c) => c.record.events[0]?.on.slice(0, 4)));
      expect([...years].sort()).toEqual(['2025', '2026']);
    }
  });

  it('has a realistic mix: mostly township and district visits, some collective and repeat visits, notices, late cases', () => {
    const all = demo.townships.flatMap((t) => t.cases.map((c) => ({ c, t })));
    const visits = all.flatMap(({ c }) => c.record.events.filter((e) => e.kind === 'visit'));
    const share = (level: string) => visits.filter((v) => v.level === level).length / visits.length;
    expect(share('township') + share('district')).toBeGreaterThan(0.75);
    expect(share('city') + share('province')).toBeGreaterThan(0.03);
    expect(share('national')).toBeLessThan(0.03);
    expect(visits.filter((v) => v.form === 'collective').length).toBeGreaterThan(10);
    const perCase = all.map(({ c }) => c.record.events.filter((e) => e.kind === 'visit').length);
    expect(perCase.filter((n) => n >= 2).length).toBeGreaterThan(all.length * 0.2);
    expect(perCase.filter((n) => n >= 4).length).toBeGreaterThan(5);
    const notices = all.flatMap(({ c }) => c.record.events.filter((e) => e.kind === 'notice'));
    const higher = visits.filter((v) => v.level !== 'township').length;
    expect(notices.length).toBeGreaterThan(higher * 0.2);
    expect(notices.length).toBeLessThan(higher * 0.7);
    const retrievals = all.flatMap(({ c }) => c.record.events.filter((e) => e.kind === 'retrieval'));
    expect(retrievals.length).toBeGreaterThan(5);
    expect(retrievals.every((r) => Number.isInteger(r.costFen) && r.costFen > 0)).toBe(true);

    const states = all.map(({ c, t }) => foldCase(c.record, t.ruleSet.deadlines, calendar));
    const resolved = states.filter((s) => s.resolvedOn !== undefined);
    const late = resolved.filter((s) => (s.resolvedOn ?? '') > s.resolutionDeadline);
    expect(resolved.length).toBeGreaterThan(all.length * 0.8);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(resolved.length * 0.3);
    expect(resolved.filter((s) => s.satisfaction !== undefined).length).toBeGreaterThan(resolved.length * 0.7);
  });

  it('includes backlog cases 5–10 years old resolved in the period', () => {
    for (const t of demo.townships) {
      const states = t.cases.map((c) => foldCase(c.record, t.ruleSet.deadlines, calendar));
      const rewarded = states.filter((s) => {
        if (s.resolvedOn === undefined || s.resolvedOn < '2025-01-01') return false;
        const age = wholeYearsBetween(s.firstRegisteredOn, s.resolvedOn);
        return age >= 5 && age <= 10;
      });
      expect(rewarded.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('leaves some units without any case, so visit-free rewards exist', () => {
    for (const t of demo.townships) {
      const touched = new Set(
        t.cases.flatMap((c) =>
          c.record.events.flatMap((e) => (e.kind === 'registered' ? [...e.responsibleUnitIds, e.originUnitId] : [])),
        ),
      );
      const quietVillages = t.org.units.filter((u) => u.kind === 'village' && !touched.has(u.id));
      expect(quietVillages.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps petitioners out of the case records', () => {
    for (const t of demo.townships) {
      for (const c of t.cases) {
        expect(c.petitioner.name).toMatch(/某/);
        expect(JSON.stringify(c.record)).not.toContain(c.petitioner.name);
        expect(JSON.stringify(c.record)).not.toContain(c.petitioner.contact);
      }
    }
  });

  it('takes today as an input', () => {
    const early = generateDemoData({ seed: DEMO_SEED, today: '2026-02-01' });
    const lastEvent = early.townships
      .flatMap((t) => t.cases.flatMap((c) => c.record.events.map((e) => e.on)))
      .sort()
      .at(-1);
    expect(lastEvent).toBeDefined();
    expect((lastEvent ?? '') <= '2026-02-01').toBe(true);
  });
});

describe('demo users', () => {
  const users = demoUsersOf(demo, DEMO_SEED);

  it('has four roles per township and two per district, with unique ids and Chinese names', () => {
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
    for (const t of demo.townships) {
      const roles = users
        .filter((u) => u.tenantId === t.org.township.id)
        .map((u) => u.role)
        .sort();
      expect(roles).toEqual(['auditor', 'petition_officer', 'township_admin', 'unit_reporter']);
    }
    const district = users.filter((u) => u.tenantId === undefined);
    expect(district.map((u) => u.role).sort()).toEqual(['auditor', 'district_overseer']);
    expect(users.every((u) => u.districtId === 'dist-demo' && /^[\u4e00-\u9fa5]{2,3}$/.test(u.name))).toBe(true);
  });

  it('gives each unit reporter a real village of its own township', () => {
    for (const u of users.filter((x) => x.role === 'unit_reporter')) {
      const t = demo.townships.find((x) => x.org.township.id === u.tenantId);
      const unit = t?.org.units.find((x) => x.id === u.unitId);
      expect(unit?.kind).toBe('village');
      expect(unit?.name).toBe(u.unitName);
    }
  });

  it('stays the same as today moves on', () => {
    const later = demoUsersOf(generateDemoData({ seed: DEMO_SEED, today: '2026-11-30' }), DEMO_SEED);
    expect(later).toEqual(users);
  });
});
