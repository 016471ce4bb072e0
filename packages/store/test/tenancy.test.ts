import { describe, expect, it } from 'vitest';
import { recordStoreCalls, TenancyRepository, TownshipExistsError } from '../src';
import { useEmbeddedTable } from './support';

const table = useEmbeddedTable();
const at = '2026-06-01T00:00:00.000Z';

describe('TenancyRepository', () => {
  it("stores districts and onboards townships, listing a district's townships with one Query", async () => {
    const repo = new TenancyRepository(table.store());
    await repo.putDistrict({ id: 'd1', name: '西城区' });
    await repo.createTownship({ id: 'twn-b', name: '北镇', districtId: 'd1', population: 20000 }, at);
    await repo.createTownship({ id: 'twn-a', name: '安镇', districtId: 'd1', population: 30000 }, at);
    await repo.createTownship({ id: 'twn-x', name: '外镇', districtId: 'd2', population: 100 }, at);

    expect(await repo.getDistrict('d1')).toEqual({ id: 'd1', name: '西城区' });
    expect(await repo.getTownship('twn-a')).toEqual({
      id: 'twn-a',
      name: '安镇',
      districtId: 'd1',
      population: 30000,
      createdAt: at,
    });

    const log = recordStoreCalls(table.store().client);
    const list = await repo.listTownships('d1');
    expect(list.map((t) => t.id)).toEqual(['twn-a', 'twn-b']);
    expect(log.calls).toMatchObject([{ command: 'Query', tableName: table.store().tableName, indexName: 'gsi1' }]);
  });

  it('refuses a township id that is already taken, in any district', async () => {
    const repo = new TenancyRepository(table.store());
    await repo.createTownship({ id: 'twn-dup', name: '甲镇', districtId: 'd1', population: 1 }, at);
    await expect(
      repo.createTownship({ id: 'twn-dup', name: '乙镇', districtId: 'd2', population: 1 }, at),
    ).rejects.toBeInstanceOf(TownshipExistsError);
    expect((await repo.getTownship('twn-dup'))?.name).toBe('甲镇');
  });

  it('tells whether a township belongs to a district', async () => {
    const repo = new TenancyRepository(table.store());
    await repo.createTownship({ id: 'twn-in', name: '内镇', districtId: 'd9', population: 1 }, at);
    expect(await repo.townshipInDistrict('twn-in', 'd9')).toBe(true);
    expect(await repo.townshipInDistrict('twn-in', 'd1')).toBe(false);
    expect(await repo.townshipInDistrict('nope', 'd9')).toBe(false);
    expect(await repo.getTownship('nope')).toBeUndefined();
  });
});
