import type { Org } from '../model';
import { rangesOverlap } from './active-on';

export type OrgIssueCode =
  | 'duplicate_id'
  | 'unknown_office'
  | 'office_not_office'
  | 'unknown_person'
  | 'unknown_unit'
  | 'role_unit_mismatch'
  | 'not_leading_cadre'
  | 'overlapping_main';

export interface OrgIssue {
  code: OrgIssueCode;
  /** 'error' makes the org chart unusable for accountability; 'warning' is worth a look. */
  severity: 'error' | 'warning';
  /** Path into the Org object of the field at fault, e.g. ['assignments', 3, 'personId']. */
  path: (string | number)[];
  message: string;
}

/** Checks the references and overlaps zod cannot see within a single record. Returns every issue, not just the first. */
export function validateOrg(org: Org): OrgIssue[] {
  const issues: OrgIssue[] = [];
  const error = (code: OrgIssueCode, path: OrgIssue['path'], message: string) =>
    issues.push({ code, severity: 'error', path, message });

  for (const [key, list] of [
    ['units', org.units],
    ['people', org.people],
    ['assignments', org.assignments],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) error('duplicate_id', [key, i, 'id'], `编号重复：${item.id}`);
      seen.add(item.id);
    });
  }

  const units = new Map(org.units.map((u) => [u.id, u]));
  const people = new Map(org.people.map((p) => [p.id, p]));

  org.units.forEach((u, i) => {
    if (u.kind !== 'village' || u.officeId === undefined) return;
    const office = units.get(u.officeId);
    if (!office) error('unknown_office', ['units', i, 'officeId'], `村「${u.name}」所属办事处不存在：${u.officeId}`);
    else if (office.kind !== 'office')
      error('office_not_office', ['units', i, 'officeId'], `村「${u.name}」的上级「${office.name}」不是办事处`);
  });

  org.assignments.forEach((a, i) => {
    const person = people.get(a.personId);
    if (!person) error('unknown_person', ['assignments', i, 'personId'], `人员不存在：${a.personId}`);
    if (a.role === 'case_leader' || a.role === 'staff') {
      if (a.role === 'case_leader' && person && !person.leadingCadre) {
        issues.push({
          code: 'not_leading_cadre',
          severity: 'warning',
          path: ['assignments', i, 'personId'],
          message: `包案领导「${person.name}」不是科级干部`,
        });
      }
      return;
    }
    if (a.unitId === undefined) return;
    const unit = units.get(a.unitId);
    if (!unit) {
      error('unknown_unit', ['assignments', i, 'unitId'], `单位不存在：${a.unitId}`);
      return;
    }
    if (a.role === 'liaison' && unit.kind === 'department') {
      error('role_unit_mismatch', ['assignments', i, 'role'], `部门「${unit.name}」应由领导分管，不是联系`);
    }
    if (a.role === 'supervision' && unit.kind !== 'department') {
      error('role_unit_mismatch', ['assignments', i, 'role'], `「${unit.name}」不是部门，应由领导联系，不是分管`);
    }
    if ((a.role === 'liaison' || a.role === 'supervision') && person && !person.leadingCadre) {
      issues.push({
        code: 'not_leading_cadre',
        severity: 'warning',
        path: ['assignments', i, 'personId'],
        message: `「${person.name}」不是科级干部，却联系或分管「${unit.name}」`,
      });
    }
  });

  // One 主要责任人 per unit at a time: overlapping ranges would charge two secretaries for one visit.
  org.assignments.forEach((a, i) => {
    if (a.role !== 'main' || a.unitId === undefined) return;
    for (let j = 0; j < i; j++) {
      const b = org.assignments[j];
      if (b && b.role === 'main' && b.unitId === a.unitId && rangesOverlap(a, b)) {
        const name = units.get(a.unitId)?.name ?? a.unitId;
        error(
          'overlapping_main',
          ['assignments', i, 'from'],
          `「${name}」的主要责任人任期与第 ${j + 1} 条任职重叠（${b.id}）`,
        );
      }
    }
  });

  return issues;
}
