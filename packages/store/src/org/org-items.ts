import { Assignment, Person, Unit } from '@xinfang/domain';
import { z } from 'zod';

/** A unit, person or assignment as stored: the domain record plus its optimistic-concurrency version (1 on create). */
export type Versioned<T> = T & { version: number };

/** The org partition of a township: every unit, person and assignment, so the whole org chart is one Query. */
export const orgPk = (tenantId: string) => `T#${tenantId}#ORG`;

export const ORG_KINDS = {
  unit: { prefix: 'UNIT#', schema: Unit },
  person: { prefix: 'PERSON#', schema: Person },
  assignment: { prefix: 'ASSIGN#', schema: Assignment },
} as const;
export type OrgKind = keyof typeof ORG_KINDS;
export interface OrgRecordOf {
  unit: Unit;
  person: Person;
  assignment: Assignment;
}

export const orgKey = (tenantId: string, kind: OrgKind, id: string) => ({
  pk: orgPk(tenantId),
  sk: `${ORG_KINDS[kind].prefix}${id}`,
});

const Stored = z.object({ itemType: z.enum(['unit', 'person', 'assignment']), version: z.number().int().positive() });

/** The table item for a record: keys, its kind, its version and the record's own fields (nothing else). */
export function toItem<K extends OrgKind>(
  tenantId: string,
  kind: K,
  record: OrgRecordOf[K],
  version: number,
  updatedAt: string,
): Record<string, unknown> {
  return { ...orgKey(tenantId, kind, record.id), itemType: kind, version, updatedAt, ...record };
}

/** Parses a table item back with the domain's schema, so a malformed item fails loudly instead of reaching the evaluator. */
export function fromItem<K extends OrgKind>(kind: K, item: Record<string, unknown>): Versioned<OrgRecordOf[K]> {
  const { pk: _pk, sk: _sk, itemType: _type, updatedAt: _at, version, ...fields } = item;
  const { version: v } = Stored.pick({ version: true }).parse({ version });
  const record = ORG_KINDS[kind].schema.parse(fields) as OrgRecordOf[K];
  return { ...record, version: v };
}

export function kindOf(item: Record<string, unknown>): OrgKind {
  return Stored.pick({ itemType: true }).parse(item).itemType;
}

/** The record without its version, as the domain (evaluator, validation) takes it. */
export function unversioned<T extends { version: number }>(record: T): Omit<T, 'version'> {
  const { version: _v, ...rest } = record;
  return rest;
}
