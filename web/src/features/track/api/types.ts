// The answer of POST /api/public/track, typed by the API's own PublicCaseView (z.infer of its schema). The check
// below covers only what the page branches on, so a changed or broken answer fails here, not deep in a component.
import type { PublicCaseView } from '@xinfang/api';
import { bool, oneOf, obj, str } from '../../../lib/decode';

export type { PublicCaseView };
export type PublicStage = PublicCaseView['stage'];
export type SatisfactionResult = NonNullable<PublicCaseView['rating']>['result'];

export const STAGES: readonly PublicStage[] = ['accepting', 'handling', 'resolved', 'review'];
export const SATISFACTION_RESULTS: readonly SatisfactionResult[] = ['satisfied', 'basically_satisfied', 'unsatisfied'];

export function toPublicCaseView(value: unknown): PublicCaseView {
  const o = obj(value, 'track');
  oneOf(o, 'stage', STAGES);
  str(o, 'township');
  str(o, 'registeredOn');
  bool(o, 'canRate');
  return value as PublicCaseView;
}
