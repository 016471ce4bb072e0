import { Entity } from 'electrodb';
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

const auditEntity = (store: StoreClients) =>
  new Entity(
    {
      model: { entity: 'audit', version: '1', service: 'xinfang' },
      attributes: {
        tenantId: { type: 'string', required: true },
        /** `T#<township>` or `D#<district>`: the scope's key prefix (see tenant-key.ts). */
        scopeKey: { type: 'string', required: true },
        month: { type: 'string', required: true },
        at: { type: 'string', required: true },
        id: { type: 'string', required: true },
        actorId: { type: 'string', required: true },
        actorRole: { type: 'string', required: true },
        action: { type: 'string', required: true },
        targetType: { type: 'string', required: true },
        targetId: { type: 'string', required: true },
        requestId: { type: 'string' },
        details: { type: 'any' },
      },
      indexes: {
        // One partition per tenant and month keeps the log's writes spread and its reads by period cheap.
        byMonth: {
          pk: { field: 'pk', composite: ['scopeKey', 'month'], template: '${scopeKey}#AUDIT#${month}', casing: 'none' },
          sk: { field: 'sk', composite: ['at', 'id'], template: '${at}#${id}', casing: 'none' },
        },
        byTarget: {
          index: 'gsi1',
          pk: {
            field: 'gsi1pk',
            composite: ['scopeKey', 'targetType', 'targetId'],
            template: '${scopeKey}#AUDIT#${targetType}#${targetId}',
            casing: 'none',
          },
          sk: { field: 'gsi1sk', composite: ['at', 'id'], template: '${at}#${id}', casing: 'none' },
        },
      },
    },
    { client: store.doc, table: store.tableName },
  );

/** The append-only audit log of a tenant (a township, or a district for district actions). */
export class AuditLog {
  private readonly entity;
  constructor(store: StoreClients) {
    this.entity = auditEntity(store);
  }

  async record(entry: AuditEntry): Promise<void> {
    await this.entity
      .create({ ...entry, scopeKey: tenantKeyPrefix(entry.tenantId), month: shanghaiMonth(entry.at) })
      .go();
  }

  /** Entries of one month, newest first. */
  async listMonth(tenantId: string, month: string, options: { limit?: number; cursor?: string | null } = {}) {
    const prefix = `${tenantKeyPrefix(tenantId)}#AUDIT#`;
    checkCursor(options.cursor, (k) => Object.keys(k).length === 2 && k.pk === `${prefix}${month}`);
    const page = await this.entity.query
      .byMonth({ scopeKey: tenantKeyPrefix(tenantId), month })
      .go({ order: 'desc', limit: options.limit ?? 50, cursor: options.cursor ?? null });
    return { items: page.data.map(strip), cursor: page.cursor };
  }

  /** Entries about one thing (a case, a rule set), newest first. */
  async listForTarget(
    tenantId: string,
    targetType: string,
    targetId: string,
    options: { limit?: number; cursor?: string | null } = {},
  ) {
    const prefix = `${tenantKeyPrefix(tenantId)}#AUDIT#`;
    checkCursor(
      options.cursor,
      (k) =>
        Object.keys(k).length === 4 &&
        k.gsi1pk === `${prefix}${targetType}#${targetId}` &&
        k.gsi1sk === k.sk &&
        k.pk === `${prefix}${shanghaiMonth(k.sk?.split('#')[0] ?? '')}`,
    );
    const page = await this.entity.query
      .byTarget({ scopeKey: tenantKeyPrefix(tenantId), targetType, targetId })
      .go({ order: 'desc', limit: options.limit ?? 50, cursor: options.cursor ?? null });
    return { items: page.data.map(strip), cursor: page.cursor };
  }
}

const ENTRY_SORT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z#[^#]+$/;

/**
 * A page cursor (ElectroDB's: the base64url JSON of the last key read) must be a key of the very partition being read:
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

function strip<T extends { month: string; scopeKey: string }>(item: T): Omit<T, 'month' | 'scopeKey'> {
  const { month: _month, scopeKey: _scopeKey, ...rest } = item;
  return rest;
}
