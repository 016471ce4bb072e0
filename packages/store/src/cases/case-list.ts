import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseStatus, CaseType, VisitLevel } from '@xinfang/domain';
import { z } from 'zod';
import type { StoreClients } from '../client';
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
}

export interface CaseListPage {
  items: CaseSummary[];
  /** Opaque; absent on the last page. */
  cursor?: string;
}

export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  constructor() {
    super('分页游标无效');
  }
}

const CursorKey = z.object({ pk: z.string(), sk: z.string(), gsi2pk: z.string(), gsi2sk: z.string() });

/**
 * One page of case summaries, newest registration first. The partition (all, or one unit's) and the registered-date
 * range are the key condition; status, type, level, overdue and category filter within the Query. A filtered Query
 * may return short pages, so this keeps reading until the page is full or the index is exhausted.
 */
export async function listCaseSummaries(store: StoreClients, tenantId: string, filter: CaseListFilter, options: { limit?: number; cursor?: string } = {}): Promise<CaseListPage> {
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 100);
  const partition = filter.unitId ? caseKeys.unitCases(tenantId, filter.unitId) : caseKeys.allCases(tenantId);
  const from = `${filter.registeredFrom ?? '0000-00-00'}#`;
  const to = `${filter.registeredTo ?? '9999-99-99'}#\uffff`;
  let start = options.cursor ? decodeCursor(options.cursor, { tenantId, partition, unitId: filter.unitId ? filter.unitId : undefined, from, to }) : undefined;

  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':pk': partition, ':from': from, ':to': to };
  const conditions: string[] = [];
  const eq = (attr: string, value: unknown) => {
    names[`#${attr}`] = attr;
    values[`:${attr}`] = value;
    conditions.push(`#${attr} = :${attr}`);
  };
  if (filter.status) eq('status', filter.status);
  if (filter.caseType) eq('caseType', filter.caseType);
  if (filter.latestVisitLevel) eq('latestVisitLevel', filter.latestVisitLevel);
  if (filter.category) {
    names['#category'] = 'category';
    values[':category'] = filter.category;
    conditions.push('contains(#category, :category)');
  }
  if (filter.overdue !== undefined) {
    names['#resolvedOn'] = 'resolvedOn';
    names['#deadline'] = 'resolutionDeadline';
    values[':today'] = filter.today ?? '9999-12-31';
    conditions.push(filter.overdue ? '(attribute_not_exists(#resolvedOn) AND #deadline < :today)' : '(attribute_exists(#resolvedOn) OR #deadline >= :today)');
  }

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
  if (key.gsi2pk !== scope.partition || caseId === undefined || key.gsi2sk < scope.from || key.gsi2sk > scope.to) throw new InvalidCursorError();
  const own = scope.unitId === undefined ? caseKeys.summary(scope.tenantId, caseId) : caseKeys.unitCopy(scope.tenantId, caseId, scope.unitId);
  if (key.pk !== own.pk || key.sk !== own.sk) throw new InvalidCursorError();
  return key;
}
