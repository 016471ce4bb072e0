import type { VisitForm, VisitLevel } from '../model';
import type { Period } from './period';
import type { Change, Rate } from './rate';

/** Totals from the accountability ledger, passed in as numbers so KPIs stay independent of the evaluator. */
export interface LedgerTotals {
  finesFen: number;
  rewardsFen: number;
  vetoes: number;
}

/**
 * One township's figures for a period. Resolution quality leads (on time, satisfaction, backlog):
 * the product measures how grievances are resolved before how many arrive.
 */
export interface TownshipKpis {
  townshipId: string;
  period: Period;
  previousPeriod: Period;

  /** Cases resolved in the period on or before their deadline (as it stood on the resolution date) / cases resolved in the period. */
  onTimeResolution: Rate;
  /** 满意 + 基本满意 / cases whose (latest) feedback was recorded in the period. */
  satisfaction: Rate;
  /**
   * 积案: a case unresolved at a date whose first registration is at least `backlogMinYears` whole years
   * before that date. openAtStart / openAtEnd are counted at the period's first and last day;
   * clearedInPeriod = backlog cases resolved within the period (aged ≥ backlogMinYears when resolved).
   */
  backlog: {
    minYears: number;
    openAtStart: number;
    openAtEnd: number;
    clearedInPeriod: number;
    clearedToZero: boolean;
  };
  casesRegistered: number;
  casesResolved: number;

  visits: {
    total: number;
    /** 人次: the sum of headcounts. */
    headcount: number;
    byLevel: Record<VisitLevel, number>;
    byForm: Record<VisitForm, number>;
    /** A visit counts once for each of its case's responsible units (as they stand now). */
    byUnit: Record<string, number>;
  };
  /** Visits above township level / all visits. */
  escalation: Rate;
  /** Visits with repeats ≥ 1 (ordinal > 1 under the township's counting) / all visits. */
  repeat: Rate;
  perTenThousand: { population: number; visits: number | null; headcount: number | null };
  retrievalCostFen: number;

  ledger?: LedgerTotals;
  /** Visits against the previous period (by default the same dates a year earlier). */
  vsPreviousYear: { visits: Change };
  /** The target is a fractional change of visits (−0.3 = down 30%). `met` is null without a previous year to compare. */
  vsTarget: { visitChangeTarget: number; targetVisits: number | null; met: boolean | null };
}
