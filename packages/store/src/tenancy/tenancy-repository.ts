import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Township } from '@xinfang/domain';
import { z } from 'zod';
import type { StoreClients } from '../client';
import { queryAll } from '../query-all';
import { bumpStatisticsVersion } from '../statistics/statistics-version';
import { StoreError } from '../store-error';
import { isConditionFailure } from './condition-failed';

/** 区: a district oversees several townships. */
export const District = z.object({ id: z.string().min(1), name: z.string().min(1) });
export type District = z.infer<typeof District>;

/** A township (tenant) as stored: the domain's Township plus when it was onboarded. */
export type TownshipRecord = Township & { createdAt: string };

/** Onboarding a township id that is already taken (by any district: township ids are tenant ids, unique in the deployment). */
export class TownshipExistsError extends StoreError {
  constructor(readonly townshipId: string) {
    super('conflict', 'township_exists', `乡镇编号已被使用：${townshipId}`);
  }
}

const districtKey = (id: string) => ({ pk: `D#${id}#PROFILE`, sk: 'PROFILE' });
/** The township's own profile lives in its tenant's key space. */
const townshipKey = (id: string) => ({ pk: `T#${id}#PROFILE`, sk: 'PROFILE' });

const TownshipItem = Township.extend({ createdAt: z.string() });

/** Districts and their townships (tenants). */
export class TenancyRepository {
  constructor(private readonly store: StoreClients) {}

  /** Creates or replaces a district (seed and operators only: districts are not created through the API). */
  async putDistrict(district: District): Promise<void> {
    const item = { ...districtKey(district.id), ...District.parse(district) };
    await this.store.doc.send(new PutCommand({ TableName: this.store.tableName, Item: item }));
  }

  async getDistrict(id: string): Promise<District | undefined> {
    const res = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: districtKey(id) }));
    return res.Item ? District.parse(res.Item) : undefined;
  }

  /**
   * Onboards a township; throws TownshipExistsError when the id is taken. The same item is indexed under its district
   * (gsi1): one Query lists a district's townships, and there is no second item that a half-finished onboarding could
   * leave out of step (no transactions on dynalite).
   */
  async createTownship(township: Township, createdAt: string): Promise<TownshipRecord> {
    const record: TownshipRecord = { ...Township.parse(township), createdAt };
    const item = {
      ...townshipKey(record.id),
      gsi1pk: `D#${record.districtId}#TOWNSHIPS`,
      gsi1sk: record.id,
      ...record,
    };
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new TownshipExistsError(township.id);
      throw error;
    }
    // The district comparison's cached answer lists the district's townships: a new one moves its version.
    await bumpStatisticsVersion(this.store, record.districtId);
    return record;
  }

  async getTownship(id: string): Promise<TownshipRecord | undefined> {
    const res = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: townshipKey(id), ConsistentRead: true }),
    );
    return res.Item ? toRecord(res.Item) : undefined;
  }

  /** The district's townships, ordered by id (one Query on gsi1, all pages). */
  async listTownships(districtId: string): Promise<TownshipRecord[]> {
    const items = await queryAll(this.store, {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': `D#${districtId}#TOWNSHIPS` },
    });
    return items.map(toRecord);
  }

  /** Whether the township belongs to the district: district callers may see only their own townships. */
  async townshipInDistrict(townshipId: string, districtId: string): Promise<boolean> {
    const township = await this.getTownship(townshipId);
    return township?.districtId === districtId;
  }
}

function toRecord(item: Record<string, unknown>): TownshipRecord {
  const { id, name, districtId, population, createdAt } = TownshipItem.parse(item);
  return { id, name, districtId, population, createdAt };
}
