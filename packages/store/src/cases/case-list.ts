import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseStatus, CaseType, VisitLevel } from '@xinfang/domain';
import { z } from 'zod';
import type { StoreClients } from '../client';
import { InvalidCursorError } from '../invalid-cursor-error';
import { caseKeys } from './case-keys';
import { CaseSummary } from './case-items';

export interface CaseListFilter {
  /** List a unit's cases (gsi2 `T#<t>#UNIT#<unit>`) instead of all the tenant's (`T#<t>#CASES`). */
  unitId?: string;
  status?: CaseStatus;
  caseType?: CaseType;
  latestVisitLevel?: VisitLevel;
  /** Overdue as of `today`: unresolved and past the resolution deadline. */
  overdue?: boolean;
  today?: string;
  registeredFrom?: string;
  registeredTo?: string;
  /** Substring of the category (分类). */
  category?: string;
  /** Substring of the case id (its number, e.g. `xiji-2026-042`), category or summary (事项摘要). */
  text?: string;
  /** Unresolved, not yet overdue, with the resolution deadline on or before this date (due soon). Needs `today`. */
  dueBy?: string;
  /** Backlog (积案): unresolved and first registered on or before this date. */
  firstRegisteredBy?: string;
  /** With (or without) at least one district notice on one of its visits. */
  noticed?: boolean;
}

export interface CaseListPage {
  items: CaseSummary[];
  /** Opaque; absent on the last page. */
  cursor?: string;
}

const CursorKey = z.object({ pk: z.string(), sk: z.string(), gsi2pk: z.string(), gsi2sk: z.string() });

/**
 * One page of case summaries, newest registration first. The partition (all, or one unit's) and the registered-date
 * range are the key condition; status, type, level, overdue and category filter within the Query. A filtered Query
 * may return short pages, so this keeps reading until the page is full or the index is exhausted.
 */
export async function listCaseSummaries(
  store: StoreClients,
  tenantId: string,
  filter: CaseListFilter,
  options: { limit?: number; cursor?: string } = {},
): Promise<CaseListPage> {
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 100);
  const partition = filter.unitId ? caseKeys.unitCases(tenantId, filter.unitId) : caseKeys.allCases(tenantId);
  const from = `${filter.registeredFrom ?? '0000-00-00'}#`;
  const to = `${filter.registeredTo ?? '9999-99-99'}#\uffff`;
  let start = options.cursor
    ? decodeCursor(options.cursor, { tenantId, partition, unitId: filter.unitId ? filter.unitId : undefined, from, to })
    : undefined;

  const { names, values, conditions } = filterExpression(filter);
  values[':pk'] = partition;
  values[':from'] = from;
  values[':to'] = to;
  const items: CaseSummary[] = [];
  for (let round = 0; round < 20 && items.length < limit; round += 1) {
    const out = await store.doc.send(
      new QueryCommand({
        TableName: store.tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk BETWEEN :from AND :to',
        ...(conditions.length > 0 ? { FilterExpression: conditions.join(' AND ') } : {}),
        ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
        Limit: limit - items.length,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of out.Items ?? []) items.push(CaseSummary.parse(item));
    start = out.LastEvaluatedKey ? CursorKey.parse(out.LastEvaluatedKey) : undefined;
    if (!start) break;
  }
  return { items, ...(start ? { cursor: Buffer.from(JSON.stringify(start)).toString('base64url') } : {}) };
}

/**
 * How many summaries match a filter: the same Query as a list (partition and date range as key condition, the
 * rest as a filter) with `Select: COUNT`, paged to the end. A township holds hundreds of cases, read as counts
 * only (no items cross the wire); the cost is the tenant's (or unit's) case count, never a Scan.
 */
export async function countCaseSummaries(
  store: StoreClients,
  tenantId: string,
  filter: CaseListFilter,
): Promise<number> {
  const partition = filter.unitId ? caseKeys.unitCases(tenantId, filter.unitId) : caseKeys.allCases(tenantId);
  const { names, values, conditions } = filterExpression(filter);
  values[':pk'] = partition;
  values[':from'] = `${filter.registeredFrom ?? '0000-00-00'}#`;
  values[':to'] = `${filter.registeredTo ?? '9999-99-99'}#\uffff`;
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.doc.send(
      new QueryCommand({
        TableName: store.tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk BETWEEN :from AND :to',
        ...(conditions.length > 0 ? { FilterExpression: conditions.join(' AND ') } : {}),
        ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: values,
        Select: 'COUNT',
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return count;
}

/** The filter part of a list or count Query: everything but the partition and the registered-date range. */
function filterExpression(filter: CaseListFilter) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const conditions: string[] = [];
  const name = (attr: string) => {
    names[`#${attr}`] = attr;
    return `#${attr}`;
  };
  const eq = (attr: string, value: unknown) => {
    values[`:${attr}`] = value;
    conditions.push(`${name(attr)} = :${attr}`);
  };
  if (filter.status) eq('status', filter.status);
  if (filter.caseType) eq('caseType', filter.caseType);
  if (filter.latestVisitLevel) eq('latestVisitLevel', filter.latestVisitLevel);
  if (filter.category) {
    values[':category'] = filter.category;
    conditions.push(`contains(${name('category')}, :category)`);
  }
  if (filter.text) {
    values[':text'] = filter.text;
    const fields = ['id', 'number', 'category', 'summary'].map((f) => `contains(${name(f)}, :text)`);
    conditions.push(`(${fields.join(' OR ')})`);
  }
  const unresolved = () => `attribute_not_exists(${name('resolvedOn')})`;
  const deadline = () => name('resolutionDeadline');
  if (filter.overdue !== undefined || filter.dueBy !== undefined) values[':today'] = filter.today ?? '9999-12-31';
  if (filter.overdue !== undefined) {
    conditions.push(
      filter.overdue
        ? `(${unresolved()} AND ${deadline()} < :today)`
        : `(attribute_exists(${name('resolvedOn')}) OR ${deadline()} >= :today)`,
    );
  }
  if (filter.dueBy !== undefined) {
    values[':dueBy'] = filter.dueBy;
    conditions.push(`(${unresolved()} AND ${deadline()} BETWEEN :today AND :dueBy)`);
  }
  if (filter.firstRegisteredBy !== undefined) {
    values[':firstBy'] = filter.firstRegisteredBy;
    conditions.push(`(${unresolved()} AND ${name('firstRegisteredOn')} <= :firstBy)`);
  }
  if (filter.noticed !== undefined) {
    values[':zero'] = 0;
    const n = name('noticeCount');
    conditions.push(filter.noticed ? `${n} > :zero` : `(attribute_not_exists(${n}) OR ${n} = :zero)`);
  }
  return { names, values, conditions };
}

/** Where a page may start: the list's own partition and the registered-date range its query reads. */
interface CursorScope {
  tenantId: string;
  partition: string;
  unitId: string | undefined;
  from: string;
  to: string;
}

const LIST_SORT = /^(\d{4}-\d{2}-\d{2})#(.+)$/;

/**
 * A cursor is only good for the list it came from: it must name an item of that very list — the caller's tenant,
 * the same partition (all cases, or the same unit's), a sort key inside the query's date range, and the base-table
 * key of that same case's summary (or unit copy). Anything else is refused here, not handed to DynamoDB, which
 * would answer a forged key (an empty key, a sort key outside the range, another case's keys) with a ValidationException.
 */
function decodeCursor(cursor: string, scope: CursorScope): z.infer<typeof CursorKey> {
  let key: z.infer<typeof CursorKey>;
  try {
    key = CursorKey.strict().parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new InvalidCursorError();
  }
  const sort = LIST_SORT.exec(key.gsi2sk);
  const caseId = sort?.[2];
  if (key.gsi2pk !== scope.partition || caseId === undefined || key.gsi2sk < scope.from || key.gsi2sk > scope.to)
    throw new InvalidCursorError();
  const own =
    scope.unitId === undefined
      ? caseKeys.summary(scope.tenantId, caseId)
      : caseKeys.unitCopy(scope.tenantId, caseId, scope.unitId);
  if (key.pk !== own.pk || key.sk !== own.sk) throw new InvalidCursorError();
  return key;
}
