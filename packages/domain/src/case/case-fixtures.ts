import { createCalendar } from '../calendar';
import { CaseEvent, CaseRecord } from '../model';
import { defaultDeadlineSettings } from './deadline-settings';

// Builders for case tests across the domain package. Events go through the schema, as stored ones do.

export const calendar = createCalendar();
export const settings = defaultDeadlineSettings;

export type CaseEventInput = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'seq'> : never) : never;

/** Numbers the events 1..n in the order given. */
export function record(events: CaseEventInput[], id = 'case-1'): CaseRecord {
  return CaseRecord.parse({
    id,
    townshipId: 't1',
    events: events.map((e, i) => CaseEvent.parse({ ...e, seq: i + 1 })),
  });
}

export function registered(
  on: string,
  extra: { responsibleUnitIds?: string[]; firstRegisteredOn?: string } = {},
): CaseEventInput {
  return {
    kind: 'registered',
    on,
    caseType: 'appeal',
    category: '土地征收',
    summary: '征地补偿款未足额发放',
    originUnitId: 'v-li',
    responsibleUnitIds: extra.responsibleUnitIds ?? ['v-li'],
    ...(extra.firstRegisteredOn ? { firstRegisteredOn: extra.firstRegisteredOn } : {}),
  };
}

export function visit(
  on: string,
  visitId: string,
  level: 'township' | 'district' | 'city' | 'province' | 'national' = 'township',
  form: 'individual' | 'collective' = 'individual',
  headcount = 1,
): CaseEventInput {
  return { kind: 'visit', on, visitId, level, form, headcount, channel: 'visit' };
}

export const status = (
  on: string,
  to: 'intake' | 'routed' | 'assigned' | 'supervised' | 'closed' | 'feedback' | 'review' | 're_review',
): CaseEventInput => ({ kind: 'status', on, to });
