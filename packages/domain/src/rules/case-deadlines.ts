import { defaultDeadlineSettings, type DeadlineSettings } from '../case';
import type { CaseRecord, IsoDate } from '../model';
import type { RuleSet } from './rule-set';
import { versionInForce } from './history';

/** The date a case was registered in the product (its `registered` event), or its earliest event's date. */
export function registrationDateOf(record: CaseRecord): IsoDate | undefined {
  const registered = record.events.find((e) => e.kind === 'registered');
  if (registered) return registered.on;
  return record.events.reduce<IsoDate | undefined>(
    (min, e) => (min === undefined || e.on < min ? e.on : min),
    undefined,
  );
}

/**
 * The deadline settings a case runs on for its whole life: those of the rule version in force on its
 * registration date, so publishing new rules never moves the deadlines of cases already running. Before the
 * township's first version the national defaults apply (nothing else was in force).
 */
export function caseDeadlineSettings(history: readonly RuleSet[], record: CaseRecord): DeadlineSettings {
  const on = registrationDateOf(record);
  return (on ? versionInForce(history, on)?.deadlines : undefined) ?? defaultDeadlineSettings;
}
