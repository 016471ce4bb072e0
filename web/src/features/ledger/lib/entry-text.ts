import type { TFunction } from 'i18next';

const SANCTIONS = new Set([
  'admonition',
  'criticism_notice',
  'warning_talk',
  'award_ineligibility',
  'suspension',
  'disciplinary',
  'transfer',
]);

/** Sanction codes as their Chinese names, joined; an unknown code is shown as it came rather than hidden. */
export function sanctionsText(codes: readonly string[], t: TFunction): string {
  if (codes.length === 0) return t('ledger.none');
  return codes.map((c) => (SANCTIONS.has(c) ? t(`sanction.${c}`) : c)).join('、');
}
