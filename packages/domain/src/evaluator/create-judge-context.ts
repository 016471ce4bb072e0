import type { Calendar } from '../calendar';
import type { CaseRecord, IsoDate, VisitForm, VisitLevel } from '../model';
import type { OrgIndex } from '../org';
import { rowMatches, versionInForce, type PenaltyRow, type RuleSet } from '../rules';
import { caseUnitsFor, responsibleUnitsOn } from './case-units';
import { chargesFor, type Charge } from './charge';
import type { JudgeContext } from './judge-context';
import type { LedgerPeriod, LedgerWarning } from './ledger';

/** Map.get, computing and remembering the value on a miss. */
function memo<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  if (map.has(key)) return map.get(key) as V;
  const value = make();
  map.set(key, value);
  return value;
}

/**
 * The context of one evaluation run. Its memo tables live as long as the run: the inputs are not
 * changed while it runs, and each answer depends only on its arguments and those inputs.
 */
export function createJudgeContext(parts: {
  history: readonly RuleSet[];
  org: OrgIndex;
  calendar: Calendar;
  period: LedgerPeriod;
  warn: (w: LedgerWarning) => void;
}): JudgeContext {
  const { history, org } = parts;
  const versions = new Map<IsoDate, RuleSet | undefined>();
  const rows = new Map<RuleSet, Map<VisitLevel, Map<VisitForm, Map<number, PenaltyRow | undefined>>>>();
  const unitLists = new Map<readonly string[], readonly string[]>();
  const unitListsByIds = new Map<string, readonly string[]>();
  const mainIds = new Map<readonly string[], Map<number, readonly string[]>>();
  const charges = new Map<PenaltyRow, Map<readonly string[], Map<number, { list: Charge[]; warned: boolean }>>>();

  return {
    ...parts,
    firstVersion: [...history].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))[0],
    versionOn: (date) => memo(versions, date, () => versionInForce(history, date)),
    rowFor: (version: RuleSet, level: VisitLevel, form: VisitForm, repeats: number) => {
      const byKind = memo(
        memo(
          memo(rows, version, () => new Map()),
          level,
          () => new Map(),
        ),
        form,
        () => new Map(),
      );
      return memo(byKind, repeats, () => version.penaltyRows.find((r) => rowMatches(r, level, form, repeats)));
    },
    // Keyed by the responsible-unit list (responsibleUnitsOn hands out the same list for every date it
    // covers), then by its ids, so that cases with the same units share one list and one set of charges.
    caseUnits: (record: CaseRecord, date: IsoDate) => {
      const units = responsibleUnitsOn(record, date);
      return memo(unitLists, units, () => memo(unitListsByIds, JSON.stringify(units), () => caseUnitsFor(units, org)));
    },
    mainPersonIds: (caseUnitIds, date) =>
      memo(
        memo(mainIds, caseUnitIds, () => new Map()),
        org.unitEpoch(date),
        () => caseUnitIds.flatMap((u) => (org.responsibleFor(u, date)?.main ?? []).map((p) => p.id)),
      ),
    // The same row and units charge the same people on every date of an org epoch. A computation that
    // warned (an unknown unit, a unit without a head: messages that name the date) is redone for each date.
    charges: (row, caseUnitIds, date, warn) => {
      const byUnits = memo(charges, row, () => new Map());
      const byEpoch = memo(byUnits, caseUnitIds, () => new Map());
      const epoch = org.unitEpoch(date);
      const known = byEpoch.get(epoch);
      if (known && !known.warned) return known.list;
      let warned = false;
      const list = chargesFor(row, caseUnitIds, date, org, (w) => {
        warned = true;
        warn(w);
      });
      byEpoch.set(epoch, { list, warned });
      return list;
    },
  };
}
