import { wholeYearsBetween } from '../calendar';
import type { CaseState } from '../case';
import type { CaseRecord } from '../model';
import { formatYuan, versionInForce, type RuleSet } from '../rules';
import type { JudgeContext } from './judge-context';
import type { RewardEntry } from './ledger';

export interface FoldedCase {
  record: CaseRecord;
  foldFor: (v: RuleSet) => CaseState | undefined;
}

/** Calendar years lying wholly inside the period: only those are settled (年终兑现). */
export function wholeYearsIn(from: string, to: string): number[] {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y += 1) {
    if (from <= `${y}-01-01` && to >= `${y}-12-31`) years.push(y);
  }
  return years;
}

/** Rewards of one year, judged by the version in force on 31 December, with the org as it stands that day. */
export function rewardsForYear(
  year: number,
  cases: readonly FoldedCase[],
  ctx: JudgeContext,
  modelTownship?: 'district' | 'city',
): RewardEntry[] {
  const yearEnd = `${year}-12-31`;
  const version = versionInForce(ctx.history, yearEnd);
  if (!version) return [];
  const out: RewardEntry[] = [];
  const r = version.rewards;
  const base = { year, ruleVersionId: version.id };

  // Visit-free units: a visit marks every unit of its case (a village case marks the village and its office).
  const visited = new Set<string>();
  const prefix = `${year}-`;
  for (const c of cases) {
    const state = c.foldFor(version);
    for (const v of state?.visits ?? []) {
      if (v.on.startsWith(prefix)) for (const u of ctx.caseUnits(c.record, v.on)) visited.add(u);
    }
  }
  const cadreUnits = new Map<string, string[]>();
  const units = [...ctx.org.org.units].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const unit of units) {
    if (visited.has(unit.id)) continue;
    if (unit.kind === 'department') {
      if (r.visitFree.departmentCommendation) {
        out.push({
          ...base,
          id: `reward:${year}:commendation:${unit.id}`,
          kind: 'department_commendation',
          unitId: unit.id,
          amountFen: 0,
          explanation: `${year}年${unit.name}全年无信访，予以表彰`,
        });
      }
      continue;
    }
    const office = unit.kind === 'office';
    const amount = office ? r.visitFree.officeFen : r.visitFree.villageFen;
    const rp = ctx.org.responsibleFor(unit.id, yearEnd);
    const secretaries = (rp?.main ?? []).map((p) => p.name).join('、') || '（无）';
    const share = Math.round(amount * r.visitFree.secretaryShareMin);
    out.push({
      ...base,
      id: `reward:${year}:visit_free:${unit.id}`,
      kind: office ? 'visit_free_office' : 'visit_free_village',
      unitId: unit.id,
      amountFen: amount,
      explanation: `${year}年${unit.name}全年无信访${office ? '（含所辖各村）' : ''}，奖励${office ? '办事处' : '村'}责任人${formatYuan(amount)}`,
      note: `其中书记（${secretaries}）不少于${formatYuan(share)}`,
    });
    for (const cadre of rp?.leadingCadres ?? [])
      cadreUnits.set(cadre.id, [...(cadreUnits.get(cadre.id) ?? []), unit.name]);
  }
  for (const [personId, names] of [...cadreUnits].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    out.push({
      ...base,
      id: `reward:${year}:cadre:${personId}`,
      kind: 'visit_free_cadre',
      personId,
      amountFen: r.visitFree.cadreFen,
      explanation: `${year}年帮包的${names.join('、')}全年无信访，奖励科级干部${formatYuan(r.visitFree.cadreFen)}（每年一次）`,
    });
  }

  out.push(...backlogRewards(year, version, cases, ctx));

  if (modelTownship) {
    const amount = modelTownship === 'city' ? r.modelTownship.cityFen : r.modelTownship.districtFen;
    for (const unit of units.filter((u) => u.isPetitionOffice)) {
      out.push({
        ...base,
        id: `reward:${year}:model_township:${unit.id}`,
        kind: 'model_township',
        unitId: unit.id,
        amountFen: amount,
        explanation: `${year}年被${modelTownship === 'city' ? '市委市政府' : '区委区政府'}授予信访工作模范乡镇，奖励${unit.name}${formatYuan(amount)}`,
      });
    }
  }
  return out;
}

/** 化解积案: resolved in the year, aged minYears–maxYears whole years from first registration; case leader and unit heads. */
function backlogRewards(
  year: number,
  version: RuleSet,
  cases: readonly FoldedCase[],
  ctx: JudgeContext,
): RewardEntry[] {
  const out: RewardEntry[] = [];
  const b = version.rewards.backlog;
  for (const c of cases) {
    const state = c.foldFor(version);
    const resolvedOn = state?.resolvedOn;
    if (!state || !resolvedOn || !resolvedOn.startsWith(`${year}-`)) continue;
    const age = wholeYearsBetween(state.firstRegisteredOn, resolvedOn);
    if (age < b.minYears || age > b.maxYears) continue;
    const people = new Map<string, string>();
    for (const p of ctx.org.caseLeaderOf(state.caseId, resolvedOn)) people.set(p.id, '包案领导');
    for (const unitId of ctx.caseUnits(c.record, resolvedOn)) {
      const rp = ctx.org.responsibleFor(unitId, resolvedOn);
      for (const p of rp?.main ?? []) if (!people.has(p.id)) people.set(p.id, `${rp?.unit.name ?? unitId}主要责任人`);
    }
    for (const [personId, role] of [...people].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      out.push({
        id: `reward:${year}:backlog:${state.caseId}:${personId}`,
        year,
        kind: 'backlog',
        personId,
        caseId: state.caseId,
        caseNumber: state.number,
        amountFen: b.perPersonFen,
        ruleVersionId: version.id,
        explanation: `${resolvedOn}化解积案${state.number}（${state.firstRegisteredOn}首次登记，${age}年），奖励${role}${formatYuan(b.perPersonFen)}`,
      });
    }
  }
  return out;
}
