import type { InvalidParam } from '../../../lib/api-error';

export interface FieldError {
  /** An antd Form field name: `['firstVisit', 'headcount']`. */
  name: (string | number)[];
  errors: string[];
}

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/**
 * The API's problem+json `invalidParams` on the form's fields: `body.firstVisit.headcount` → firstVisit.headcount,
 * `body.responsibleUnitIds[1]` → the responsibleUnitIds field. A message the API wrote in English (a schema's
 * default) is replaced by `fallback` so the user reads Chinese; params naming no known field are returned apart.
 */
export function toFieldErrors(
  params: readonly InvalidParam[],
  known: readonly string[],
  fallback: string,
): { fields: FieldError[]; other: string[] } {
  const byField = new Map<string, FieldError>();
  const other: string[] = [];
  for (const p of params) {
    const path = p.path.replace(/^body\./, '').replace(/\[\d+\]$/, '');
    const message = HAS_CHINESE.test(p.message) ? p.message : fallback;
    if (!known.includes(path)) {
      other.push(message);
      continue;
    }
    const entry = byField.get(path) ?? { name: path.split('.'), errors: [] };
    if (!entry.errors.includes(message)) entry.errors.push(message);
    byField.set(path, entry);
  }
  return { fields: [...byField.values()], other };
}
