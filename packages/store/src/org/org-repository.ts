import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Township, type Assignment, type IsoDate, type Org, type Person, type Unit } from '@xinfang/domain';
import type { StoreClients } from '../client';
import { isConditionFailure } from '../tenancy/condition-failed';
import { bumpOrgVersion } from '../settings/settings-version';
import { queryAll } from '../query-all';
import { batchPut } from './batch-put';
import { claimMainPeriod } from './main-claim';
import {
  AssignmentAlreadyEndedError,
  OrgItemExistsError,
  OrgItemNotFoundError,
  OrgVersionConflictError,
  TownshipNotFoundError,
} from './org-errors';
import {
  fromItem,
  kindOf,
  ORG_KINDS,
  orgKey,
  orgPk,
  toItem,
  unversioned,
  type OrgKind,
  type OrgRecordOf,
  type Versioned,
} from './org-items';

/** The whole org chart of a township with each record's version (what the org API shows and edits). */
export interface VersionedOrg {
  township: Township;
  units: Versioned<Unit>[];
  people: Versioned<Person>[];
  assignments: Versioned<Assignment>[];
}

/**
 * A township's org chart: units, people, responsibility assignments. The whole chart is ONE Query over one
 * partition holding three kinds of item, parsed with the domain's own schemas.
 */
export class OrgRepository {
  constructor(private readonly store: StoreClients) {}

  /** The org as the evaluator takes it: two Queries (profile, org partition), no Scan. */
  async loadOrg(tenantId: string): Promise<Org> {
    const org = await this.loadVersionedOrg(tenantId);
    return {
      township: org.township,
      units: org.units.map(unversioned),
      people: org.people.map(unversioned),
      assignments: org.assignments.map(unversioned),
    };
  }

  async loadVersionedOrg(tenantId: string): Promise<VersionedOrg> {
    // A Query (not a GetItem) on the profile keeps the whole load to Queries, as the call log tests assert.
    const profile = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        ExpressionAttributeValues: { ':pk': `T#${tenantId}#PROFILE`, ':sk': 'PROFILE' },
        ConsistentRead: true,
      }),
    );
    const item = profile.Items?.[0];
    if (!item) throw new TownshipNotFoundError(tenantId);
    const township = Township.parse(item);
    const org: VersionedOrg = { township, units: [], people: [], assignments: [] };
    for (const row of await queryAll(this.store, orgPk(tenantId), undefined, { consistent: true })) {
      const kind = kindOf(row);
      if (kind === 'unit') org.units.push(fromItem('unit', row));
      else if (kind === 'person') org.people.push(fromItem('person', row));
      else org.assignments.push(fromItem('assignment', row));
    }
    return org;
  }

  list<K extends OrgKind>(tenantId: string, kind: K): Promise<Versioned<OrgRecordOf[K]>[]> {
    return queryAll(this.store, orgPk(tenantId), ORG_KINDS[kind].prefix, { consistent: true }).then((rows) =>
      rows.map((row) => fromItem(kind, row)),
    );
  }

  async get<K extends OrgKind>(tenantId: string, kind: K, id: string): Promise<Versioned<OrgRecordOf[K]> | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: orgKey(tenantId, kind, id), ConsistentRead: true }),
    );
    return Item ? fromItem(kind, Item) : undefined;
  }

  /** Creates a record at version 1; OrgItemExistsError when the id is taken. */
  async create<K extends OrgKind>(
    tenantId: string,
    kind: K,
    record: OrgRecordOf[K],
    at: string,
  ): Promise<Versioned<OrgRecordOf[K]>> {
    // One main responsible person per unit at a time: the period is claimed first (see main-claim.ts).
    if (kind === 'assignment') await claimMainPeriod(this.store, tenantId, record as Assignment, at);
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: toItem(tenantId, kind, record, 1, at),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new OrgItemExistsError(kind, record.id);
      throw error;
    }
    await bumpOrgVersion(this.store, tenantId);
    return { ...record, version: 1 };
  }

  /** Replaces a record if its stored version is `expectedVersion`; the new version is one more. */
  async update<K extends OrgKind>(
    tenantId: string,
    kind: K,
    record: OrgRecordOf[K],
    expectedVersion: number,
    at: string,
  ): Promise<Versioned<OrgRecordOf[K]>> {
    const version = expectedVersion + 1;
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: toItem(tenantId, kind, record, version, at),
          ConditionExpression: 'attribute_exists(pk) AND version = :expected',
          ExpressionAttributeValues: { ':expected': expectedVersion },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await this.get(tenantId, kind, record.id);
      if (!current) throw new OrgItemNotFoundError(kind, record.id);
      throw new OrgVersionConflictError(kind, record.id, current.version);
    }
    await bumpOrgVersion(this.store, tenantId);
    return { ...record, version };
  }

  /** Ends an assignment on `to` (inclusive) rather than deleting it: who was responsible when must stay answerable. */
  async endAssignment(
    tenantId: string,
    id: string,
    to: IsoDate,
    expectedVersion: number,
    at: string,
  ): Promise<Versioned<Assignment>> {
    try {
      const { Attributes } = await this.store.doc.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key: orgKey(tenantId, 'assignment', id),
          UpdateExpression: 'SET #to = :to, version = :next, updatedAt = :at',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#to) AND version = :expected',
          ExpressionAttributeNames: { '#to': 'to' },
          ExpressionAttributeValues: {
            ':to': to,
            ':next': expectedVersion + 1,
            ':at': at,
            ':expected': expectedVersion,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      await bumpOrgVersion(this.store, tenantId);
      return fromItem('assignment', Attributes ?? {});
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await this.get(tenantId, 'assignment', id);
      if (!current) throw new OrgItemNotFoundError('assignment', id);
      if (current.to !== undefined) throw new AssignmentAlreadyEndedError(id, current.to, current.version);
      throw new OrgVersionConflictError('assignment', id, current.version);
    }
  }

  /** Seed writers: BatchWrite 25 at a time, unprocessed items retried. Records keep a given version, else get 1. */
  putUnits(tenantId: string, units: (Unit & { version?: number })[], at: string): Promise<void> {
    return this.putMany(tenantId, 'unit', units, at);
  }
  putPeople(tenantId: string, people: (Person & { version?: number })[], at: string): Promise<void> {
    return this.putMany(tenantId, 'person', people, at);
  }
  putAssignments(tenantId: string, assignments: (Assignment & { version?: number })[], at: string): Promise<void> {
    return this.putMany(tenantId, 'assignment', assignments, at);
  }

  private async putMany<K extends OrgKind>(
    tenantId: string,
    kind: K,
    records: (OrgRecordOf[K] & { version?: number })[],
    at: string,
  ): Promise<void> {
    const items = records.map(({ version, ...record }) => {
      const parsed = ORG_KINDS[kind].schema.parse(record) as OrgRecordOf[K];
      return toItem(tenantId, kind, parsed, version ?? 1, at);
    });
    await batchPut(this.store, items);
    await bumpOrgVersion(this.store, tenantId);
  }
}
