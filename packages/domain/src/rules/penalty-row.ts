import { z } from 'zod';
import { Id, Name, VisitForm, VisitLevel } from '../model';
import { Sanction } from './sanction';

const Count = z.number().int().nonnegative();

/** An inclusive range of `repeats`; no `max` means "and above". */
export const RepeatRange = z.object({ min: Count, max: Count.optional() });
export type RepeatRange = z.infer<typeof RepeatRange>;

/**
 * One way a visit can fall under a row. A row's clauses are alternatives (row 2b is
 * "collective township with repeats ≥ 1; collective district; individual city"); a clause's
 * own `repeats` narrows the row's range, so 2b–2d can share clauses and differ only in the row range.
 */
export const MatchClause = z.object({
  levels: z.array(VisitLevel),
  forms: z.array(VisitForm),
  repeats: RepeatRange.optional(),
});
export type MatchClause = z.infer<typeof MatchClause>;

/** Amounts are fen per person per visit (每人每次). Departments' heads are charged the office-head amount. */
export const RowAmounts = z.object({
  officeHeadFen: z.number().int().nonnegative(),
  villageHeadFen: z.number().int().nonnegative(),
});
export type RowAmounts = z.infer<typeof RowAmounts>;

export const PenaltyRow = z.object({
  id: Id,
  label: Name,
  match: z.array(MatchClause),
  repeats: RepeatRange,
  /** Absent for rows that only set a retrieval task (1a, 2a). */
  amounts: RowAmounts.optional(),
  sanctions: z.array(Sanction).default([]),
  /** +LC: the leading cadres responsible for the case's units are charged the office-head amount. */
  chargesLeadingCadres: z.boolean().default(false),
  /** 领回办结: the responsible units get a task to take the matter back and resolve it within `deadlineDays`. */
  retrievalTask: z.object({ deadlineDays: z.number().int().positive() }).optional(),
  /** Added when the visit came while the case was past its resolution deadline and unresolved. */
  lateSanctions: z.array(Sanction).default([]),
  /** Added on top of `lateSanctions` when the case carries the serious-impact flag. */
  lateSeriousSanctions: z.array(Sanction).optional(),
});
export type PenaltyRow = z.infer<typeof PenaltyRow>;
export type PenaltyRowInput = z.input<typeof PenaltyRow>;

/** The effective repeats range of a clause: the row range intersected with the clause's own. */
export function clauseRange(row: Pick<PenaltyRow, 'repeats'>, clause: MatchClause): RepeatRange {
  const min = Math.max(row.repeats.min, clause.repeats?.min ?? 0);
  const maxes = [row.repeats.max, clause.repeats?.max].filter((m): m is number => m !== undefined);
  return maxes.length === 0 ? { min } : { min, max: Math.min(...maxes) };
}

export function inRange(range: RepeatRange, repeats: number): boolean {
  return repeats >= range.min && (range.max === undefined || repeats <= range.max);
}

/** Does this row cover a visit of this level, form and repeats? */
export function rowMatches(row: PenaltyRow, level: VisitLevel, form: VisitForm, repeats: number): boolean {
  return row.match.some(
    (c) => c.levels.includes(level) && c.forms.includes(form) && inRange(clauseRange(row, c), repeats),
  );
}
