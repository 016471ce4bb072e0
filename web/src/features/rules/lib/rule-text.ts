import type { TFunction } from 'i18next';
import type { PenaltyRow, Sanction } from '../api/types';
import { fenToYuanText } from '../../../lib/yuan';

/** How the seed's table names a row's visits: "个人访·到镇、到区；集体访·到镇（重复1次起）". */
export function kindsText(row: PenaltyRow, t: TFunction): string {
  return row.match
    .map((clause) => {
      const forms = clause.forms.map((f) => t(`form.${f}`)).join('、');
      const levels = clause.levels.map((l) => t(`level.${l}`)).join('、');
      const narrowed = clause.repeats ? `（${repeatsText(clause.repeats, t)}）` : '';
      return `${forms}·${levels}${narrowed}`;
    })
    .join('；');
}

export function repeatsText(range: { min: number; max?: number | undefined }, t: TFunction): string {
  if (range.max === undefined) return t('rules.repeatsAtLeast', { min: range.min });
  if (range.max === range.min) return t('rules.repeatsExactly', { n: range.min });
  return t('rules.repeatsRange', { min: range.min, max: range.max });
}

export function sanctionsText(list: readonly Sanction[], t: TFunction): string {
  return list.length === 0 ? t('rules.none') : list.map((s) => t(`sanction.${s}`)).join('、');
}

/** A row's amount in yuan as the table prints it; "—" for rows that only set a retrieval task. */
export function amountText(fen: number | undefined): string {
  return fen === undefined ? '—' : fenToYuanText(fen);
}

/** The late column: the row's late sanctions, and the serious-impact ones after them. */
export function lateText(row: PenaltyRow, t: TFunction): string {
  const base = sanctionsText(row.lateSanctions, t);
  if (!row.lateSeriousSanctions?.length) return base;
  return `${base}；${t('rules.serious', { list: sanctionsText(row.lateSeriousSanctions, t) })}`;
}
