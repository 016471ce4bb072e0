import {
  caseDeadlineSettings,
  createCalendar,
  type Calendar,
  type CalendarOverride,
  type CaseRecord,
  type FoldContext,
  type RuleSet,
} from '@xinfang/domain';
import type { StoreClients } from '../client';
import { RulesRepository } from '../rules/rules-repository';
import { CalendarOverrideRepository } from './calendar-override-repository';

/** What folding a township's cases needs, read once per request or operation (never per event). */
export interface CaseFoldSettings {
  ruleVersions: RuleSet[];
  calendarOverrides: CalendarOverride[];
  calendar: Calendar;
  /** The case's deadlines (the version in force on its registration date, else the national defaults) and the township's calendar. */
  contextFor(record: CaseRecord): FoldContext;
}

/** Just the fields of a stored override the domain's calendar takes. */
export const asCalendarOverride = (o: CalendarOverride): CalendarOverride => ({
  date: o.date,
  working: o.working,
  ...(o.name ? { name: o.name } : {}),
});

/** The township's calendar: the official one with the admin's overrides. One Query of `T#<t>#CALENDAR`. */
export async function loadCalendarOverrides(store: StoreClients, tenantId: string): Promise<CalendarOverride[]> {
  return (await new CalendarOverrideRepository(store).list(tenantId)).map(asCalendarOverride);
}

/**
 * Loads the township's rule history (one Query of `T#<t>#RULES`) and, only when some version counts
 * working days, its calendar overrides (one Query of `T#<t>#CALENDAR`): with natural days the calendar
 * does not change any deadline. Pass `ruleVersions` when the caller has them already.
 */
export async function loadCaseFoldSettings(
  store: StoreClients,
  tenantId: string,
  known: { ruleVersions?: RuleSet[] } = {},
): Promise<CaseFoldSettings> {
  const ruleVersions = known.ruleVersions ?? (await new RulesRepository(store).ruleSets(tenantId));
  const countsWorkingDays = ruleVersions.some((v) => v.deadlines.dayKind === 'working');
  const calendarOverrides = countsWorkingDays ? await loadCalendarOverrides(store, tenantId) : [];
  return caseFoldSettingsOf(ruleVersions, calendarOverrides);
}

/** The same from data the caller loaded itself. */
export function caseFoldSettingsOf(ruleVersions: RuleSet[], calendarOverrides: CalendarOverride[]): CaseFoldSettings {
  const calendar = createCalendar({ overrides: calendarOverrides });
  return {
    ruleVersions,
    calendarOverrides,
    calendar,
    contextFor: (record) => ({ settings: caseDeadlineSettings(ruleVersions, record), calendar }),
  };
}
