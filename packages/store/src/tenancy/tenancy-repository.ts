import { Township } from '@xinfang/domain';
import { Entity } from 'electrodb';
import { z } from 'zod';
import type { StoreClients } from '../client';
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

const districtEntity = (store: StoreClients) =>
  new Entity(
    {
      model: { entity: 'district', version: '1', service: 'xinfang' },
      attributes: {
        id: { type: 'string', required: true },
        name: { type: 'string', required: true },
      },
      indexes: {
        byId: {
          pk: { field: 'pk', composite: ['id'], template: 'D#${id}#PROFILE', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'PROFILE', casing: 'none' },
        },
      },
    },
    { client: store.doc, table: store.tableName },
  );

const townshipEntity = (store: StoreClients) =>
  new Entity(
    {
      model: { entity: 'township', version: '1', service: 'xinfang' },
      attributes: {
        id: { type: 'string', required: true },
        name: { type: 'string', required: true },
        districtId: { type: 'string', required: true },
        population: { type: 'number', required: true },
        createdAt: { type: 'string', required: true },
      },
      indexes: {
        // The township's own profile lives in its tenant's key space.
        byId: {
          pk: { field: 'pk', composite: ['id'], template: 'T#${id}#PROFILE', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'PROFILE', casing: 'none' },
        },
        // The same item, indexed under its district: one Query lists a district's townships, and there is no second
        // item that a half-finished onboarding could leave out of step (no transactions on dynalite).
        byDistrict: {
          index: 'gsi1',
          pk: { field: 'gsi1pk', composite: ['districtId'], template: 'D#${districtId}#TOWNSHIPS', casing: 'none' },
          sk: { field: 'gsi1sk', composite: ['id'], template: '${id}', casing: 'none' },
        },
      },
    },
    { client: store.doc, table: store.tableName },
  );

/** Districts and their townships (tenants). */
export class TenancyRepository {
  private readonly districts;
  private readonly townships;
  constructor(store: StoreClients) {
    this.districts = districtEntity(store);
    this.townships = townshipEntity(store);
  }

  /** Creates or replaces a district (seed and operators only: districts are not created through the API). */
  async putDistrict(district: District): Promise<void> {
    await this.districts.put(District.parse(district)).go();
  }

  async getDistrict(id: string): Promise<District | undefined> {
    const { data } = await this.districts.get({ id }).go();
    return data ? { id: data.id, name: data.name } : undefined;
  }

  /** Onboards a township; throws TownshipExistsError when the id is taken. */
  async createTownship(township: Township, createdAt: string): Promise<TownshipRecord> {
    const record: TownshipRecord = { ...Township.parse(township), createdAt };
    try {
      await this.townships.create(record).go();
    } catch (error) {
      if (isConditionFailure(error)) throw new TownshipExistsError(township.id);
      throw error;
    }
    return record;
  }

  async getTownship(id: string): Promise<TownshipRecord | undefined> {
    const { data } = await this.townships.get({ id }).go({ consistent: true });
    return data ? toRecord(data) : undefined;
  }

  /** The district's townships, ordered by id (one Query on gsi1). */
  async listTownships(districtId: string): Promise<TownshipRecord[]> {
    const { data } = await this.townships.query.byDistrict({ districtId }).go({ pages: 'all' });
    return data.map(toRecord);
  }

  /** Whether the township belongs to the district: district callers may see only their own townships. */
  async townshipInDistrict(townshipId: string, districtId: string): Promise<boolean> {
    const township = await this.getTownship(townshipId);
    return township?.districtId === districtId;
  }
}

function toRecord(data: TownshipRecord): TownshipRecord {
  return {
    id: data.id,
    name: data.name,
    districtId: data.districtId,
    population: data.population,
    createdAt: data.createdAt,
  };
}
