import { PutCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { StoreClients } from '../client';
import { InvalidCursorError } from '../invalid-cursor-error';
import { tenantKeyPrefix } from '../tenant-key';

/** Who did what to which thing, when. Written on every change of org, rules, cases and ledger, and on every read of a petitioner's identity. */
export interface AuditEntry {
  tenantId: string;
  /** ISO timestamp; the entry id breaks ties. */
  at: string;
  id: string;
  actorId: string;
  actorRole: string;
  /** e.g. `case.register`, `rules.publish`, `petitioner.read`. */
  action: string;
  targetType: string;
  targetId: string;
  requestId?: string;
  /** A short JSON-able summary of the change (never a petitioner's identity). */
  details?: Record<string, unknown>;
}

/** What is stored besides the entry: its keys (by month; by target on gsi1). */
const auditKeys = (entry: AuditEntry) => {
  const scope = tenantKeyPrefix(entry.tenantId);
  const sk = `${entry.at}#${entry.id}`;
  return {
    // One partition per tenant and month keeps the log's writes spread and its reads by period cheap.
    pk: `${scope}#AUDIT#${shanghaiMonth(entry.at)}`,
    sk,
    gsi1pk: `${scope}#AUDIT#${entry.targetType}#${entry.targetId}`,
    gsi1sk: sk,
  };
};

/** An audit entry as stored; the API answers with the same fields. */
export const StoredAuditEntry = z.object({
  tenantId: z.string(),
  at: z.string(),
  id: z.string(),
  actorId: z.string(),
  actorRole: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  requestId: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});

type Page = { limit?: number; cursor?: string | null };

/** The append-only audit log of a tenant (a township, or a district for district actions). */
export class AuditLog {
  constructor(private readonly store: StoreClients) {}

  /** Appends an entry; an entry is written once (a second write with its time and id is refused by the store). */
  async record(entry: AuditEntry): Promise<void> {
    await this.store.doc.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: { ...auditKeys(entry), ...StoredAuditEntry.parse(entry) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  /** Entries of one month, newest first. */
  async listMonth(tenantId: string, month: string, options: Page = {}) {
    const pk = `${tenantKeyPrefix(tenantId)}#AUDIT#${month}`;
    checkCursor(options.cursor, (k) => Object.keys(k).length === 2 && k.pk === pk);
    return this.page({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk } }, options);
  }

  /** Entries about one thing (a case, a rule set), newest first. */
  async listForTarget(tenantId: string, targetType: string, targetId: string, options: Page = {}) {
    const prefix = `${tenantKeyPrefix(tenantId)}#AUDIT#`;
    const gsi1pk = `${prefix}${targetType}#${targetId}`;
    checkCursor(
      options.cursor,
      (k) =>
        Object.keys(k).length === 4 &&
        k.gsi1pk === gsi1pk &&
        k.gsi1sk === k.sk &&
        k.pk === `${prefix}${shanghaiMonth(k.sk?.split('#')[0] ?? '')}`,
    );
    const query = {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': gsi1pk },
    };
    return this.page(query, options);
  }

  /** One page, newest first; the cursor is the base64url JSON of the last key read (absent after the last page). */
  private async page(query: Omit<QueryCommandInput, 'TableName'>, options: Page) {
    const start = options.cursor
      ? (JSON.parse(Buffer.from(options.cursor, 'base64url').toString('utf8')) as Key)
      : undefined;
    const out = await this.store.doc.send(
      new QueryCommand({
        ...query,
        TableName: this.store.tableName,
        ScanIndexForward: false,
        Limit: options.limit ?? 50,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    const items: AuditEntry[] = (out.Items ?? []).map((item) => withoutUndefined(StoredAuditEntry.parse(item)));
    const last = out.LastEvaluatedKey;
    return { items, cursor: last ? Buffer.from(JSON.stringify(last)).toString('base64url') : null };
  }
}

type Key = Record<string, string>;

const ENTRY_SORT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z#[^#]+$/;

/**
 * A page cursor (the base64url JSON of the last key read) must be a key of the very partition being read:
 * its sort key an entry's `<at>#<id>` and its partition keys the query's own. Anything else — another tenant's log,
 * another month or target, a missing or empty key — is the client's mistake, refused before DynamoDB sees it (it would
 * answer those with a ValidationException, i.e. a 500).
 */
function checkCursor(
  cursor: string | null | undefined,
  fits: (key: Record<string, string | undefined>) => boolean,
): void {
  if (cursor === undefined || cursor === null) return;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw new InvalidCursorError();
  const entries = Object.entries(key);
  if (!entries.every((e): e is [string, string] => typeof e[1] === 'string')) throw new InvalidCursorError();
  const keys: Record<string, string | undefined> = Object.fromEntries(entries);
  if (!ENTRY_SORT.test(keys.sk ?? '') || Number.isNaN(Date.parse(keys.sk?.split('#')[0] ?? '')) || !fits(keys))
    throw new InvalidCursorError();
}

/** Entries are filed under the Asia/Shanghai month of their time (UTC+8 all year), the month a reader asks for. */
export function shanghaiMonth(at: string): string {
  return new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 7);
}

function withoutUndefined({ requestId, details, ...rest }: z.infer<typeof StoredAuditEntry>): AuditEntry {
  return { ...rest, ...(requestId !== undefined ? { requestId } : {}), ...(details !== undefined ? { details } : {}) };
}
