import type { IsoDate, Person, Unit } from '../model';
import type { OrgIndex } from '../org';
import type { PenaltyRow } from '../rules';
import type { ChargeRole, LedgerWarning } from './ledger';

export interface Charge {
  person: Person;
  unit: Unit;
  role: ChargeRole;
  baseFen: number;
}

const roleRank: Record<ChargeRole, number> = { village_head: 0, office_head: 1, leading_cadre: 2 };

/**
 * Everyone a fine row charges for one visit, one charge per person. Each of the case's units (a village
 * case: the village and its office) charges its main responsible person at the village-head or office-head
 * amount; with +LC, the leading cadres responsible for the unit at the office-head amount. A person reached
 * through two units or two roles is charged once, at the higher amount (ties: village head, then office
 * head, then cadre; then unit id), so nobody pays twice for one visit.
 */
export function chargesFor(
  row: PenaltyRow,
  caseUnitIds: readonly string[],
  date: IsoDate,
  org: OrgIndex,
  warn: (w: LedgerWarning) => void,
): Charge[] {
  const amounts = row.amounts ?? { officeHeadFen: 0, villageHeadFen: 0 };
  const candidates: Charge[] = [];
  for (const unitId of caseUnitIds) {
    const rp = org.responsibleFor(unitId, date);
    if (!rp) {
      warn({ code: 'unknown_unit', unitId, message: `单位${unitId}不在组织架构中，无法确定责任人` });
      continue;
    }
    const village = rp.unit.kind === 'village';
    if (rp.main.length === 0) {
      warn({ code: 'no_main_person', unitId, message: `${rp.unit.name}在${date}没有主要责任人，无人承担该次处罚` });
    }
    for (const person of rp.main) {
      candidates.push({
        person,
        unit: rp.unit,
        role: village ? 'village_head' : 'office_head',
        baseFen: village ? amounts.villageHeadFen : amounts.officeHeadFen,
      });
    }
    if (row.chargesLeadingCadres) {
      for (const person of rp.leadingCadres) {
        candidates.push({ person, unit: rp.unit, role: 'leading_cadre', baseFen: amounts.officeHeadFen });
      }
    }
  }
  const best = new Map<string, Charge>();
  for (const c of candidates) {
    const prev = best.get(c.person.id);
    if (!prev || better(c, prev)) best.set(c.person.id, c);
  }
  return [...best.values()].sort((a, b) => (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0));
}

function better(a: Charge, b: Charge): boolean {
  if (a.baseFen !== b.baseFen) return a.baseFen > b.baseFen;
  if (roleRank[a.role] !== roleRank[b.role]) return roleRank[a.role] < roleRank[b.role];
  return a.unit.id < b.unit.id;
}
