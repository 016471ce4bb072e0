import { sortSanctions, Sanction, type PersonTotal, type UnitTotal } from '@xinfang/domain';
import type { LedgerEntry, StoredLedger } from '@xinfang/store';

/** One row of the ledger as users read it: an evaluator entry, or a reversal referencing one. */
export interface LedgerRow {
  entryId: string;
  kind: LedgerEntry['kind'] | 'reversal';
  personId?: string;
  personName?: string;
  unitId?: string;
  unitName?: string;
  caseId?: string;
  /** 编号 of the case, as officials read it; absent on entries stored before entries carried it (show `caseId`). */
  caseNumber?: string;
  date: string;
  amountFen: number;
  ruleVersionId?: string;
  rowId?: string;
  sanctions: string[];
  explanation: string;
  /** False: a later evaluation no longer produces it; it stays in the ledger but counts for nothing. */
  active: boolean;
  reversedBy?: string;
  reversesId?: string;
  reason?: string;
}

export interface RowFilter {
  personId?: string;
  unitId?: string;
}

const KIND_WORD: Record<LedgerEntry['kind'], string> = {
  fine: '罚款',
  reward: '奖励',
  veto: '一票否决',
  task: '领回任务',
};

/** The case an entry names: its id, and its 编号 when the entry carries one. */
export const caseOf = (e: Pick<LedgerEntry, 'caseId' | 'caseNumber'>) => ({
  ...(e.caseId ? { caseId: e.caseId } : {}),
  ...(e.caseNumber ? { caseNumber: e.caseNumber } : {}),
});

/** Entries and reversals of a period, filtered, in date order (a reversal right after what it reverses). */
export function ledgerRows(ledger: StoredLedger, filter: RowFilter = {}): LedgerRow[] {
  // Persons a confirmed correction brought in are named by their supplementary notice.
  const person = new Map([...ledger.supplementaryNotices, ...ledger.summary.persons].map((p) => [p.personId, p.name]));
  const unit = new Map(ledger.summary.units.map((u) => [u.unitId, u.name]));
  const reversalOf = new Map(ledger.reversals.map((r) => [r.reversesId, r]));
  const names = (personId?: string, unitId?: string) => ({
    ...(personId ? { personId, personName: person.get(personId) ?? personId } : {}),
    ...(unitId ? { unitId, unitName: unit.get(unitId) ?? unitId } : {}),
  });
  const rows: LedgerRow[] = [];
  const sorted = [...ledger.entries].sort((a, b) => (a.date + a.entryId < b.date + b.entryId ? -1 : 1));
  for (const e of sorted) {
    const rev = reversalOf.get(e.entryId);
    rows.push({
      entryId: e.entryId,
      kind: e.kind,
      ...names(e.personId, e.unitId),
      ...caseOf(e),
      date: e.date,
      amountFen: e.amountFen,
      ruleVersionId: e.ruleVersionId,
      ...(e.rowId ? { rowId: e.rowId } : {}),
      sanctions: e.sanctions,
      explanation: e.explanation,
      active: e.active,
      ...(rev ? { reversedBy: rev.reversalId } : {}),
    });
    if (rev) {
      rows.push({
        entryId: rev.reversalId,
        kind: 'reversal',
        ...names(rev.personId, rev.unitId),
        ...caseOf(e),
        date: rev.at.slice(0, 10),
        amountFen: rev.amountFen,
        sanctions: [],
        // Named by date and kind (with the case's number beside it), not by the entry's id: officials read this.
        explanation: `冲销${e.date}的${KIND_WORD[e.kind]}：${rev.reason}`,
        active: true,
        reversesId: rev.reversesId,
        reason: rev.reason,
      });
    }
  }
  return rows.filter(
    (r) => (!filter.personId || r.personId === filter.personId) && (!filter.unitId || r.unitId === filter.unitId),
  );
}

/** Rows that count: active entries not reversed, and reversals (negated amounts of what they reverse). */
const counts = (r: LedgerRow) => r.kind === 'reversal' || (r.active && !r.reversedBy);
/** The money side: an entry counts with its amount, and a reversed one cancels with its reversal. */
const money = (r: LedgerRow) => r.kind === 'reversal' || r.active;

/** A person's net balance over the rows: the evaluator's per-person totals, counted after reversals. */
export type PersonBalance = PersonTotal;

export function byPerson(ledger: StoredLedger, rows: LedgerRow[]): PersonBalance[] {
  const info = new Map(ledger.summary.persons.map((p) => [p.personId, p]));
  const kindOf = new Map(ledger.entries.map((e) => [e.entryId, e.kind]));
  const acc = new Map<string, PersonBalance>();
  for (const r of rows) {
    if (!r.personId || !money(r)) continue;
    const p = info.get(r.personId);
    const cur = acc.get(r.personId) ?? {
      personId: r.personId,
      name: r.personName ?? r.personId,
      financePaid: p?.financePaid ?? false,
      finesFen: 0,
      fineCount: 0,
      rewardsFen: 0,
      sanctions: [],
      vetoed: false,
      ...(p?.dueOn ? { dueOn: p.dueOn } : {}),
    };
    acc.set(r.personId, cur);
    const kind = r.kind === 'reversal' ? kindOf.get(r.reversesId ?? '') : r.kind;
    if (kind === 'fine') cur.finesFen += r.amountFen;
    if (kind === 'reward') cur.rewardsFen += r.amountFen;
    if (!counts(r) || r.kind === 'reversal') continue;
    if (r.kind === 'fine') {
      cur.fineCount += 1;
      cur.sanctions = sortSanctions([
        ...cur.sanctions,
        ...r.sanctions.flatMap((s) => (Sanction.safeParse(s).success ? [Sanction.parse(s)] : [])),
      ]);
    }
    if (r.kind === 'veto') cur.vetoed = true;
  }
  return [...acc.values()].sort((a, b) => (a.personId < b.personId ? -1 : 1));
}

/** A unit's net balance over the rows, in the shape of the evaluator's per-unit totals. */
export type UnitBalance = UnitTotal;

export function byUnit(ledger: StoredLedger, rows: LedgerRow[]): UnitBalance[] {
  const kindOf = new Map(ledger.entries.map((e) => [e.entryId, e.kind]));
  const acc = new Map<string, UnitBalance>();
  for (const r of rows) {
    if (!r.unitId || !money(r)) continue;
    const cur = acc.get(r.unitId) ?? {
      unitId: r.unitId,
      name: r.unitName ?? r.unitId,
      finesFen: 0,
      rewardsFen: 0,
      retrievalTasks: 0,
      vetoed: false,
    };
    acc.set(r.unitId, cur);
    const kind = r.kind === 'reversal' ? kindOf.get(r.reversesId ?? '') : r.kind;
    if (kind === 'fine') cur.finesFen += r.amountFen;
    if (kind === 'reward') cur.rewardsFen += r.amountFen;
    if (counts(r) && r.kind === 'task') cur.retrievalTasks += 1;
    if (counts(r) && r.kind === 'veto') cur.vetoed = true;
  }
  return [...acc.values()].sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
}
