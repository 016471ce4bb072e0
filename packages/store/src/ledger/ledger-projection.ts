import type { Ledger } from '@xinfang/domain';
import type { LedgerEntry, LedgerSummary } from './ledger-items';
import { periodKeyOf } from './ledger-items';

/** The evaluator's ledger as stored items: one entry per fine, reward, veto and retrieval task, plus the summary. */
export function projectLedger(
  ledger: Ledger,
  meta: { evaluatedAt: string; evaluatedBy: string },
): { summary: LedgerSummary; entries: LedgerEntry[] } {
  const entries: LedgerEntry[] = [];
  const base = { active: true };
  for (const f of ledger.fines) {
    entries.push({
      ...base,
      entryId: f.id,
      kind: 'fine',
      personId: f.personId,
      unitId: f.unitId,
      caseId: f.caseId,
      caseNumber: f.caseNumber,
      date: f.visitDate,
      amountFen: f.amountFen,
      ruleVersionId: f.ruleVersionId,
      rowId: f.rowId,
      sanctions: f.sanctions,
      explanation: f.explanation,
      detail: { ...f },
    });
  }
  for (const r of ledger.rewards) {
    entries.push({
      ...base,
      entryId: r.id,
      kind: 'reward',
      ...(r.personId ? { personId: r.personId } : {}),
      ...(r.unitId ? { unitId: r.unitId } : {}),
      ...(r.caseId ? { caseId: r.caseId } : {}),
      ...(r.caseNumber ? { caseNumber: r.caseNumber } : {}),
      date: `${r.year}-12-31`,
      amountFen: r.amountFen,
      ruleVersionId: r.ruleVersionId,
      sanctions: [],
      explanation: r.explanation,
      detail: { ...r },
    });
  }
  for (const v of ledger.vetoes) {
    const first = v.visits[0];
    entries.push({
      ...base,
      entryId: v.id,
      kind: 'veto',
      ...(v.personId ? { personId: v.personId } : {}),
      ...(v.unitId ? { unitId: v.unitId } : {}),
      date: `${v.year}-12-31`,
      amountFen: 0,
      ruleVersionId: first?.ruleVersionId ?? '',
      sanctions: ['award_ineligibility'],
      explanation: v.explanation,
      detail: { ...v },
    });
  }
  for (const t of ledger.retrievalTasks) {
    entries.push({
      ...base,
      entryId: t.id,
      kind: 'task',
      unitId: t.unitId,
      caseId: t.caseId,
      caseNumber: t.caseNumber,
      date: t.visitDate,
      amountFen: 0,
      ruleVersionId: t.ruleVersionId,
      rowId: t.rowId,
      sanctions: [],
      explanation: t.explanation,
      detail: { ...t },
    });
  }
  const versions = new Set(entries.map((e) => e.ruleVersionId).filter((id) => id !== ''));
  const summary: LedgerSummary = {
    periodKey: periodKeyOf(ledger.period.from, ledger.period.to),
    from: ledger.period.from,
    to: ledger.period.to,
    noticeDate: ledger.noticeDate,
    evaluatedAt: meta.evaluatedAt,
    evaluatedBy: meta.evaluatedBy,
    ruleVersionIds: [...versions].sort(),
    persons: ledger.totals.byPerson.map((p) => ({
      personId: p.personId,
      name: p.name,
      financePaid: p.financePaid,
      ...(p.dueOn ? { dueOn: p.dueOn } : {}),
    })),
    units: ledger.totals.byUnit.map((u) => ({ unitId: u.unitId, name: u.name })),
    status: 'draft',
    correctionSeq: 0,
    warnings: ledger.warnings.map((w) => ({
      code: w.code,
      message: w.message,
      ...(w.caseId ? { caseId: w.caseId } : {}),
      ...(w.visitId ? { visitId: w.visitId } : {}),
      ...(w.unitId ? { unitId: w.unitId } : {}),
    })),
  };
  return { summary, entries };
}
