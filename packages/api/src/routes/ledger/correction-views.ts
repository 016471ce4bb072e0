import { REASON_TEXT, type CorrectionProposal, type LedgerEntry } from '@xinfang/store';
import { caseOf } from './ledger-views';

const entryView = (e: LedgerEntry) => ({
  entryId: e.entryId,
  kind: e.kind,
  ...(e.personId ? { personId: e.personId } : {}),
  ...(e.unitId ? { unitId: e.unitId } : {}),
  ...caseOf(e),
  date: e.date,
  amountFen: e.amountFen,
  ruleVersionId: e.ruleVersionId,
  ...(e.rowId ? { rowId: e.rowId } : {}),
  sanctions: e.sanctions,
  explanation: e.explanation,
});

/** A proposal as the API shows it: each item with the person's name and its reasons in words. */
export function proposalView(p: CorrectionProposal) {
  const names = new Map(p.persons.map((x) => [x.personId, x.name]));
  return {
    proposalId: p.proposalId,
    periodKey: p.periodKey,
    status: p.status,
    createdAt: p.createdAt,
    createdBy: p.createdBy,
    persons: p.persons,
    items: p.items.map((i) => ({
      baseId: i.baseId,
      kind: i.kind,
      ...(i.personId ? { personId: i.personId, personName: names.get(i.personId) ?? i.personId } : {}),
      ...(i.unitId ? { unitId: i.unitId } : {}),
      ...(i.reversed ? { reversed: entryView(i.reversed) } : {}),
      ...(i.added ? { added: entryView(i.added) } : {}),
      netFen: i.netFen,
      reasons: i.reasons,
      reasonText: i.reasons.map((r) => REASON_TEXT[r]).join('、'),
    })),
  };
}
