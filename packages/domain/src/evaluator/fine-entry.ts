import type { VisitState } from '../case';
import { sortSanctions, type PenaltyRow, type RuleSet, type Sanction } from '../rules';
import type { Charge } from './charge';
import { formatYuan, levelWord, roleLabel, sanctionsText, visitHeadline } from './explain';
import { applyFactor, factorText, factorWord } from './factor';
import { noticedAtLeast } from './notices';
import type { AppliedModifier, FineEntry } from './ledger';

export interface FineInput {
  caseId: string;
  /** 编号 of the case, carried for display; never part of the entry's id. */
  caseNumber: string;
  visit: VisitState;
  repeats: number;
  version: RuleSet;
  row: PenaltyRow;
  charge: Charge;
  late: boolean;
  seriousImpact: boolean;
  rectificationMissed: boolean;
  /** visitHeadline(visit, repeats), built once per visit by the caller; computed here when absent. */
  headline?: string;
}

/**
 * One person's fine for one visit. Modifiers in domain.md's order: no district notice (× 1/2), late
 * (sanctions only), rectification missed (× 2, 约谈 + 通报批评); each factor rounds half-up to the fen.
 */
export function fineEntry(f: FineInput): FineEntry | undefined {
  const { visit, version, row, charge } = f;
  const mods = version.modifiers;
  const modifiers: AppliedModifier[] = [];
  const sanctions: Sanction[] = [...row.sanctions];
  let amount = charge.baseFen;
  const parts = [
    `${f.headline ?? visitHeadline(visit, f.repeats)}，规则${row.id}：${roleLabel(charge.role, charge.unit)} ${formatYuan(amount)}`,
  ];
  if (row.sanctions.length > 0) parts.push(sanctionsText(row.sanctions));

  if (!noticedAtLeast(visit, mods.noNotice.minNoticeLevel)) {
    amount = applyFactor(amount, mods.noNotice.factor);
    modifiers.push({ id: 'no_notice', factor: factorText(mods.noNotice.factor) });
    parts.push(
      `未被${levelWord(mods.noNotice.minNoticeLevel)}通报${factorWord(mods.noNotice.factor)} → ${formatYuan(amount)}`,
    );
  }
  if (f.late && row.lateSanctions.length > 0) {
    sanctions.push(...row.lateSanctions);
    modifiers.push({ id: 'late' });
    parts.push(`办结不及时 → ${sanctionsText(row.lateSanctions)}`);
    if (f.seriousImpact && row.lateSeriousSanctions && row.lateSeriousSanctions.length > 0) {
      sanctions.push(...row.lateSeriousSanctions);
      modifiers.push({ id: 'late_serious' });
      parts.push(`造成较坏影响 → ${sanctionsText(row.lateSeriousSanctions)}`);
    }
  }
  if (f.rectificationMissed) {
    amount = applyFactor(amount, mods.rectification.factor);
    sanctions.push(...mods.rectification.sanctions);
    modifiers.push({ id: 'rectification', factor: factorText(mods.rectification.factor) });
    const added = mods.rectification.sanctions.length > 0 ? `，${sanctionsText(mods.rectification.sanctions)}` : '';
    parts.push(`逾期未整改${factorWord(mods.rectification.factor)} → ${formatYuan(amount)}${added}`);
  }
  const sorted = sortSanctions(sanctions);
  if (amount === 0 && sorted.length === 0) return undefined;
  return {
    // join builds one flat string; a template of this length is kept as a tree of string pieces until
    // first read, several times the memory for every row of the ledger.
    id: ['fine', f.caseId, visit.visitId, charge.person.id].join(':'),
    personId: charge.person.id,
    unitId: charge.unit.id,
    role: charge.role,
    caseId: f.caseId,
    caseNumber: f.caseNumber,
    visitId: visit.visitId,
    visitDate: visit.on,
    ruleVersionId: version.id,
    rowId: row.id,
    repeats: f.repeats,
    baseFen: charge.baseFen,
    amountFen: amount,
    modifiers,
    sanctions: sorted,
    explanation: parts.join('；'),
  };
}
