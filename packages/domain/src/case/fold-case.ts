import type { Calendar } from '../calendar';
import type { CaseEvent, CaseRecord } from '../model';
import { applyEventTo, registerCase } from './apply-event';
import type { CaseState } from './case-state';
import { CaseTransitionError } from './case-transition-error';
import type { DeadlineSettings } from './deadline-settings';

/**
 * Folds a case's events, sorted by seq (the order they arrive in does not matter), into its state.
 * Throws CaseTransitionError at the first impossible event.
 */
export function foldCase(record: CaseRecord, settings: DeadlineSettings, calendar: Calendar): CaseState {
  const ctx = { settings, calendar };
  const [first, ...rest] = bySeq(record.events);
  if (!first) throw new CaseTransitionError('not_registered_first', 0, '信访事项没有任何记录', record.id);
  const state = registerCase(record, first, ctx);
  for (const e of rest) applyEventTo(state, e, ctx);
  return state;
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

/** An event the lenient fold could not apply as recorded, and what it did instead. */
export interface FoldRepair {
  error: CaseTransitionError;
  /** `capped`: an extension granted only up to the cap; `skipped`: the event left out. */
  action: 'capped' | 'skipped';
}

export type LenientFoldResult =
  { ok: true; state: CaseState; repairs: FoldRepair[] } | { ok: false; error: CaseTransitionError };

/**
 * For judging cases, not for writing them: an event that cannot apply under these settings is capped
 * (an extension beyond the cap counts up to the cap) or left out, and reported, instead of dropping the
 * whole case. Writes stay strict (foldCase): this only keeps imported records and records judged under a
 * later version's settings (a lower extension cap, say) from silently losing their visits. Only a case
 * without a valid registration has no state.
 */
export function foldCaseLenient(record: CaseRecord, settings: DeadlineSettings, calendar: Calendar): LenientFoldResult {
  const ctx = { settings, calendar };
  const events = bySeq(record.events);
  const first = events[0];
  let state: CaseState;
  try {
    if (!first) throw new CaseTransitionError('not_registered_first', 0, '信访事项没有任何记录', record.id);
    state = registerCase(record, first, ctx);
  } catch (error) {
    if (error instanceof CaseTransitionError) return { ok: false, error };
    throw error;
  }
  const repairs: FoldRepair[] = [];
  for (let i = 1; i < events.length; i += 1) {
    const e = events[i] as CaseEvent;
    try {
      applyEventTo(state, e, ctx);
    } catch (error) {
      if (!(error instanceof CaseTransitionError)) throw error;
      const room = settings.maxExtensionDays - state.extensionDaysGranted;
      if (error.code === 'extension_over_cap' && e.kind === 'extension' && room > 0) {
        applyEventTo(state, { ...e, days: room }, ctx);
        repairs.push({ error, action: 'capped' });
      } else {
        repairs.push({ error, action: 'skipped' });
      }
    }
  }
  return { ok: true, state, repairs };
}

/** The events in seq order: the record's own list when it already is (as stored records are), else a sorted copy. */
function bySeq(events: readonly CaseEvent[]): readonly CaseEvent[] {
  for (let i = 1; i < events.length; i += 1) {
    if ((events[i - 1] as CaseEvent).seq > (events[i] as CaseEvent).seq)
      return [...events].sort((a, b) => a.seq - b.seq);
  }
  return events;
}
