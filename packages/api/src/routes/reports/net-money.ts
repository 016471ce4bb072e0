import type { Org } from '@xinfang/domain';
import type { LedgerEntry, LedgerReversal, MoneyLine, StoredLedger, TownshipMonthMoney } from '@xinfang/store';
import { byPerson, byUnit, ledgerRows, type PersonBalance, type UnitBalance } from '../ledger/ledger-views';
import type { ReportPeriod } from './kpi-schemas';

/** The ledger money of a period as reports show it: stored entries dated in the period, net of their reversals. */
export interface NetMoney {
  persons: PersonBalance[];
  units: UnitBalance[];
  /** Fines that count: active and not reversed, date order. */
  fines: MoneyLine[];
  finesFen: number;
  rewardsFen: number;
  /** Vetoes incurred by the period's visits, not reversed. */
  vetoes: number;
  retrievalTasks: number;
}

/**
 * Sums the money items of the period's months (written when periods were evaluated and entries reversed) with
 * the ledger's own per-person and per-unit balances, so a report and the ledger pages agree.
 */
export function netMoney(org: Org, period: ReportPeriod, items: readonly TownshipMonthMoney[]): NetMoney {
  const lines = items
    .flatMap((m) => Object.values(m.lines))
    .filter((l) => period.from <= l.date && l.date <= period.to);
  const reversedAmount = new Map(items.flatMap((m) => Object.entries(m.reversed)));
  const entries: LedgerEntry[] = lines.map(({ periodKey: _p, ...l }) => ({ ...l, active: true, detail: {} }));
  const reversals: LedgerReversal[] = lines.flatMap((l) => {
    const amountFen = reversedAmount.get(l.entryId);
    if (amountFen === undefined) return [];
    const who = { ...(l.personId ? { personId: l.personId } : {}), ...(l.unitId ? { unitId: l.unitId } : {}) };
    return [
      {
        reversalId: `reversal:${l.entryId}`,
        reversesId: l.entryId,
        kind: l.kind,
        ...who,
        amountFen,
        reason: '',
        at: period.to,
        by: '',
      },
    ];
  });
  const stored: StoredLedger = {
    summary: {
      periodKey: `${period.from}_${period.to}`,
      from: period.from,
      to: period.to,
      noticeDate: period.to,
      evaluatedAt: '',
      evaluatedBy: '',
      ruleVersionIds: [],
      persons: org.people.map((p) => ({ personId: p.id, name: p.name, financePaid: p.financePaid })),
      units: org.units.map((u) => ({ unitId: u.id, name: u.name })),
      warnings: [],
      status: 'draft',
      correctionSeq: 0,
    },
    entries,
    reversals,
    payments: [],
    supplementaryNotices: [],
  };
  const rows = ledgerRows(stored);
  const persons = byPerson(stored, rows);
  const units = byUnit(stored, rows);
  const counted = lines
    .filter((l) => !reversedAmount.has(l.entryId))
    .sort((a, b) => (a.date + a.entryId < b.date + b.entryId ? -1 : 1));
  const sum = (list: { rewardsFen: number }[]) => list.reduce((s, x) => s + x.rewardsFen, 0);
  return {
    persons,
    units,
    fines: counted.filter((l) => l.kind === 'fine'),
    finesFen: persons.reduce((s, p) => s + p.finesFen, 0),
    // A reward goes either to a unit (visit-free, model township) or to a person (cadre, backlog), never both.
    rewardsFen: sum(units) + sum(persons),
    vetoes: counted.filter((l) => l.kind === 'veto').length,
    retrievalTasks: counted.filter((l) => l.kind === 'task').length,
  };
}
