import type { Calendar } from '../calendar';
import type { CaseRecord } from '../model';
import { applyEvent, registerCase } from './apply-event';
import type { CaseState } from './case-state';
import { CaseTransitionError } from './case-transition-error';
import type { DeadlineSettings } from './deadline-settings';

/**
 * Folds a case's events, sorted by seq (the order they arrive in does not matter), into its state.
 * Throws CaseTransitionError at the first impossible event.
 */
export function foldCase(record: CaseRecord, settings: DeadlineSettings, calendar: Calendar): CaseState {
  const ctx = { settings, calendar };
  const events = [...record.events].sort((a, b) => a.seq - b.seq);
  const [first, ...rest] = events;
  if (!first) throw new CaseTransitionError('not_registered_first', 0, '信访事项没有任何记录', record.id);
  return rest.reduce((state, e) => applyEvent(state, e, ctx), registerCase(record, first, ctx));
}

export type FoldResult = { ok: true; state: CaseState } | { ok: false; error: CaseTransitionError };

/** foldCase without throwing, for bulk views that list broken cases instead of failing. */
export function tryFoldCase(record: CaseRecord, settings: DeadlineSettings, calendar: Calendar): FoldResult {
  try {
    return { ok: true, state: foldCase(record, settings, calendar) };
  } catch (error) {
    if (error instanceof CaseTransitionError) return { ok: false, error };
    throw error;
  }
}
