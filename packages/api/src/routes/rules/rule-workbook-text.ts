import type { VisitForm, VisitLevel } from '@xinfang/domain';
import { formLabel, levelLabel, Sanction, sanctionLabel, type MatchClause, type RepeatRange } from '@xinfang/domain';

/**
 * The rule table's cells as text an admin reads in Excel and the import reads back, one way each:
 * clauses "个人访、集体访·到镇、到区（重复1次及以上）" joined by "；", sanctions joined by "、", "—" for none.
 */
const rangeText = (r: RepeatRange) =>
  r.max === undefined ? `重复${r.min}次及以上` : r.max === r.min ? `重复${r.min}次` : `重复${r.min}–${r.max}次`;

export function clausesText(match: readonly MatchClause[]): string {
  return match
    .map(
      (c) =>
        `${c.forms.map((f) => formLabel[f]).join('、')}·${c.levels.map((l) => levelLabel[l]).join('、')}${c.repeats ? `（${rangeText(c.repeats)}）` : ''}`,
    )
    .join('；');
}

export function sanctionsText(list: readonly Sanction[] | undefined): string {
  return !list || list.length === 0 ? '—' : list.map((s) => sanctionLabel[s]).join('、');
}

const byLabel = <T extends string>(labels: Record<T, string>) =>
  new Map(Object.entries(labels).map(([k, v]) => [v as string, k as T]));
const FORMS = byLabel<VisitForm>(formLabel);
const LEVELS = byLabel<VisitLevel>(levelLabel);
const SANCTIONS = byLabel<Sanction>(sanctionLabel);
const CLAUSE = /^(.+?)·(.+?)(?:（重复(\d+)(?:–(\d+))?次(及以上)?）)?$/;

/** The clauses back from their text, or the message naming what could not be read. */
export function parseClauses(text: string): { match: MatchClause[] } | { error: string } {
  const match: MatchClause[] = [];
  for (const part of text
    .split('；')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = CLAUSE.exec(part);
    if (!m) return { error: `无法识别“${part}”，应写作“个人访、集体访·到镇、到区”，可加“（重复1次及以上）”` };
    const [, formsText = '', levelsText = '', min, max, open] = m;
    const forms = formsText.split('、').map((f) => FORMS.get(f.trim()));
    const levels = levelsText.split('、').map((l) => LEVELS.get(l.trim()));
    if (forms.some((f) => f === undefined)) return { error: `形式应为${[...FORMS.keys()].join('或')}：“${formsText}”` };
    if (levels.some((l) => l === undefined))
      return { error: `层级应为${[...LEVELS.keys()].join('、')}之一：“${levelsText}”` };
    const clause: MatchClause = {
      levels: levels.filter((l): l is VisitLevel => l !== undefined),
      forms: forms.filter((f): f is VisitForm => f !== undefined),
    };
    if (min !== undefined) clause.repeats = open ? { min: Number(min) } : { min: Number(min), max: Number(max ?? min) };
    match.push(clause);
  }
  return match.length > 0 ? { match } : { error: '适用访别不能为空' };
}

export function parseSanctions(text: string): { sanctions: Sanction[] } | { error: string } {
  const value = text.trim();
  if (value === '' || value === '—') return { sanctions: [] };
  const sanctions: Sanction[] = [];
  for (const part of value.split('、').map((p) => p.trim())) {
    const s = SANCTIONS.get(part);
    if (!s)
      return { error: `无法识别的追责“${part}”，应为${Sanction.options.map((o) => sanctionLabel[o]).join('、')}之一` };
    sanctions.push(s);
  }
  return { sanctions };
}
