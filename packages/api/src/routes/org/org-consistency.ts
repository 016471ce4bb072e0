import { validateOrg, type Org, type OrgIssue } from '@xinfang/domain';
import type { InvalidParam } from '../../http/problem';
import { unprocessable } from '../../http/problem';

type OrgList = 'units' | 'people' | 'assignments';

const keyOf = (issue: OrgIssue) => `${issue.code}|${issue.message}`;

/**
 * Refuses a change (422) that would introduce an org error: a village whose office is missing or is not an
 * office, an assignment naming an unknown person or unit, a cadre "liaising" with a department, two main
 * responsible persons at once. Errors the org already had are not blamed on this change.
 * The changed record's fields are reported as `body.<field>`, other records' as `org.<list>[<index>].<field>`.
 */
export function assertConsistent(before: Org, after: Org, changed: { list: OrgList; index: number }): void {
  const known = new Set(validateOrg(before).map(keyOf));
  const fresh = validateOrg(after).filter((issue) => issue.severity === 'error' && !known.has(keyOf(issue)));
  const first = fresh[0];
  if (!first) return;
  const invalidParams: InvalidParam[] = fresh.map((issue) => ({
    path: pathOf(issue.path, changed),
    message: issue.message,
  }));
  throw unprocessable(first.message, invalidParams, first.code);
}

function pathOf(path: OrgIssue['path'], changed: { list: OrgList; index: number }): string {
  const [list, index, ...rest] = path;
  if (list === changed.list && index === changed.index) return ['body', ...rest].join('.');
  return `org.${String(list)}[${String(index)}]${rest.map((p) => `.${String(p)}`).join('')}`;
}

/** The org with one record replaced (same id) or appended; returns the new org and the record's index. */
export function withRecord<L extends OrgList>(org: Org, list: L, record: Org[L][number]): { org: Org; index: number } {
  const items = org[list] as Org[L][number][];
  const existing = items.findIndex((item) => item.id === record.id);
  const next = existing === -1 ? [...items, record] : items.map((item, i) => (i === existing ? record : item));
  return { org: { ...org, [list]: next }, index: existing === -1 ? items.length : existing };
}
