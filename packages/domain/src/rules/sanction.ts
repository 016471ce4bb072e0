import { z } from 'zod';

/** 责任追究的种类 (seed 四(二)), plus 建议调离 (四(三)4). */
export const Sanction = z.enum([
  'admonition',
  'criticism_notice',
  'warning_talk',
  'award_ineligibility',
  'suspension',
  'disciplinary',
  'transfer',
]);
export type Sanction = z.infer<typeof Sanction>;

export const sanctionLabel: Record<Sanction, string> = {
  admonition: '约谈',
  criticism_notice: '通报批评',
  warning_talk: '诫勉谈话',
  award_ineligibility: '取消评先树优资格',
  suspension: '停职检查',
  disciplinary: '党纪政纪处分',
  transfer: '建议调离',
};

/** Sanctions in their canonical (enum) order without duplicates, so ledgers compare equal. */
export function sortSanctions(list: Iterable<Sanction>): Sanction[] {
  // Lists are a handful long and sorted once per fine: `includes` on the array spares building a Set.
  const known: readonly Sanction[] = Array.isArray(list) ? list : [...list];
  return Sanction.options.filter((s) => known.includes(s));
}
