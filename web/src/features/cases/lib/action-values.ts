import type { Dayjs } from 'dayjs';
import type { CaseActionInput, CaseActionKind, Channel, Satisfaction, VisitForm, VisitLevel } from '../api/case-types';
import { yuanToFen } from '../../../lib/yuan';

/** One action form's values as antd holds them; which fields apply depends on the action. */
export interface ActionFormValues {
  on?: Dayjs | null;
  note?: string;
  days?: number;
  unitId?: string;
  costYuan?: number;
  result?: Satisfaction;
  channel?: Channel;
  level?: VisitLevel;
  form?: VisitForm;
  headcount?: number;
}

/** The extra fields each action asks for (besides date and note). */
export const ACTION_FIELDS: Record<CaseActionKind, readonly (keyof ActionFormValues)[]> = {
  accept: [],
  route: [],
  assign: [],
  supervise: [],
  close: [],
  feedback: [],
  review: [],
  re_review: [],
  resolve: [],
  serious_impact: [],
  units_changed: [],
  extension: ['days'],
  retrieval: ['unitId', 'costYuan'],
  satisfaction: ['result'],
  visit: ['channel', 'level', 'form', 'headcount'],
};

const need = <T>(value: T | undefined | null, field: string): T => {
  if (value === undefined || value === null) throw new Error(`missing ${field}`);
  return value;
};

/** The request body; the form's own rules made sure the action's fields are there. Money goes in fen. */
export function toActionInput(kind: CaseActionKind, expectedSeq: number, v: ActionFormValues): CaseActionInput {
  const common = {
    expectedSeq,
    ...(v.on ? { on: v.on.format('YYYY-MM-DD') } : {}),
    ...(v.note?.trim() ? { note: v.note.trim() } : {}),
  };
  switch (kind) {
    case 'extension':
      return { ...common, kind, days: need(v.days, 'days') };
    case 'retrieval':
      return { ...common, kind, unitId: need(v.unitId, 'unitId'), costFen: yuanToFen(need(v.costYuan, 'costYuan')) };
    case 'satisfaction':
      return { ...common, kind, result: need(v.result, 'result') };
    case 'visit':
      return {
        ...common,
        kind,
        channel: need(v.channel, 'channel'),
        level: need(v.level, 'level'),
        form: need(v.form, 'form'),
        headcount: need(v.headcount, 'headcount'),
      };
    case 'units_changed':
      throw new Error('units_changed has its own form');
    default:
      return { ...common, kind };
  }
}

/** API error paths (`body.costFen`) to this form's fields. */
export const ACTION_FIELD_OF: Record<string, keyof ActionFormValues> = {
  on: 'on',
  note: 'note',
  days: 'days',
  unitId: 'unitId',
  costFen: 'costYuan',
  result: 'result',
  channel: 'channel',
  level: 'level',
  form: 'form',
  headcount: 'headcount',
};
