import type { EvaluateInput } from './ledger';
import { wholeYearsIn } from './rewards';

/** A model-township title (模范乡镇) of one year; `level: null` is a title withdrawn. */
export interface ModelTownshipTitle {
  year: number;
  level: 'district' | 'city' | null;
}

/**
 * Which titles an evaluation of the period settles: the title of every whole calendar year of the period that
 * has one (the evaluator settles each year's rewards, the title included, only for whole years).
 */
export function modelTownshipFlags(
  titles: readonly ModelTownshipTitle[],
  period: { from: string; to: string },
): NonNullable<EvaluateInput['flags']> {
  const byYear: Record<string, 'district' | 'city'> = {};
  for (const year of wholeYearsIn(period.from, period.to)) {
    const level = titles.find((t) => t.year === year)?.level;
    if (level) byYear[String(year)] = level;
  }
  return Object.keys(byYear).length > 0 ? { modelTownshipByYear: byYear } : {};
}
