import type { VisitState } from '../case';
import type { Unit, VisitLevel } from '../model';
import { formatYuan, sanctionLabel, visitKindLabel, type Sanction } from '../rules';
import type { ChargeRole } from './ledger';

const noticeLevelWord: Record<VisitLevel, string> = {
  township: '镇级',
  district: '区级',
  city: '市级',
  province: '省级',
  national: '国家级',
};

export function levelWord(level: VisitLevel): string {
  return noticeLevelWord[level];
}

export function roleLabel(role: ChargeRole, unit: Unit): string {
  if (role === 'leading_cadre') return `负有领导责任的科级干部（${unit.name}）`;
  if (role === 'village_head') return `村主要责任人（${unit.name}）`;
  return unit.kind === 'department' ? `部门主要负责人（${unit.name}）` : `办事处主要责任人（${unit.name}）`;
}

/** "2026-03-05 集体访·到区（重复1次）" */
export function visitHeadline(visit: Pick<VisitState, 'on' | 'form' | 'level'>, repeats: number): string {
  return `${visit.on} ${visitKindLabel(visit.form, visit.level)}（重复${repeats}次）`;
}

export function sanctionsText(list: readonly Sanction[]): string {
  return list.map((s) => sanctionLabel[s]).join('、');
}

export { formatYuan };
