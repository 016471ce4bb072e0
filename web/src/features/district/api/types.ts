// The district pages' shapes, as the API's own types (z.infer of its schemas): a change there fails the web's type-check.
import type { Comparison, MixLine, RuleCell, RulesCost, RulesCostRequest, TownshipFigures } from '@xinfang/api';

export type { Comparison, MixLine, RuleCell, RulesCost, TownshipFigures };
export type CostRequest = Omit<RulesCostRequest, 'notified' | 'visits'> & { notified: boolean; visits: MixLine[] };
export type MonthFigures = NonNullable<Comparison['months']>[number];
export type RankedRow = Comparison['rankings']['ranked'][number];
export type ExcludedRow = Comparison['rankings']['excluded'][number];
export type TypicalMixCell = Comparison['typicalMix'][number];
export type Level = TypicalMixCell['level'];
export type Form = TypicalMixCell['form'];
export const LEVELS: readonly Level[] = ['township', 'district', 'city', 'province', 'national'];
export const FORMS: readonly Form[] = ['individual', 'collective'];
