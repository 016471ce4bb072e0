import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  attachChangeFeed,
  attachStatisticsProjector,
  CaseRepository,
  createStatisticsProjector,
  createStoreClients,
  StatisticsRepository,
  type ChangeBatch,
} from '../src';
import { AT, registerCase } from './cases-support';
import { useEmbeddedTable } from './support';

const ctx = useEmbeddedTable();

describe('statistics projector', () => {
  it(
    'keeps a township month item from the events, and a replay leaves the same item',
    { timeout: 30_000 },
    async () => {
      const store = ctx.store();
      const projector = createStatisticsProjector(store);
      const batches: ChangeBatch[] = [];
      attachChangeFeed(store.client, async (batch) => {
        batches.push(batch);
        await projector(batch);
      });
      const repo = new CaseRepository(store);
      const stats = new StatisticsRepository(store);

      await registerCase(repo, 'twn-s', 'c-1', '2026-03-02', { petitioner: true });
      await registerCase(repo, 'twn-s', 'c-2', '2026-03-10');
      const append = (caseId: string, expectedSeq: number, event: Parameters<CaseRepository['append']>[0]['event']) =>
        repo.append({ tenantId: 'twn-s', caseId, expectedSeq, event, recordedAt: AT });
      await append('c-1', 2, {
        kind: 'visit',
        on: '2026-03-20',
        visitId: 'c-1-v2',
        channel: 'visit',
        level: 'district',
        form: 'collective',
        headcount: 6,
      });
      await append('c-1', 3, { kind: 'notice', on: '2026-03-22', visitId: 'c-1-v2', level: 'district' });
      await append('c-1', 4, { kind: 'accepted', on: '2026-03-23' });
      await append('c-1', 5, { kind: 'retrieval', on: '2026-03-24', unitId: 'v-li', costFen: 12_050 });
      await append('c-1', 6, { kind: 'resolved', on: '2026-04-02' });

      const march = await stats.get('d1', 'twn-s', '2026-03');
      expect(march).toMatchObject({
        districtId: 'd1',
        townshipId: 'twn-s',
        visits: {
          total: 3,
          headcount: 8,
          repeat: 0,
          byLevel: { township: 2, district: 1 },
          byForm: { individual: 2, collective: 1 },
        },
        notices: 1,
        casesRegistered: 2,
        casesResolved: 0,
        retrievals: 1,
        retrievalCostFen: 12_050,
      });
      expect(await stats.get('d1', 'twn-s', '2026-04')).toMatchObject({
        casesResolved: 1,
        casesResolvedOnTime: 1,
        casesRegistered: 0,
      });
      expect(JSON.stringify(march)).not.toContain('张三');

      // Replaying every change record (as a stream retry would) converges on the same items.
      for (const batch of batches) await projector(batch);
      expect(await stats.get('d1', 'twn-s', '2026-03')).toEqual(march);
      expect(await stats.rebuildStatistics('twn-s', 'd1')).toEqual(['2026-03', '2026-04']);
      expect(await stats.get('d1', 'twn-s', '2026-03')).toEqual(march);
      expect((await stats.listDistrictMonth('d1', '2026-03')).map((s) => s.townshipId)).toEqual(['twn-s']);
    },
  );

  it('ignores stream records of other items', async () => {
    const projector = createStatisticsProjector(ctx.store());
    const image = marshall({ pk: 'T#x#CASE#c', sk: 'SUMMARY', type: 'case_summary' });
    await expect(
      projector({ Records: [{ eventName: 'INSERT', dynamodb: { Keys: image, NewImage: image } }] }),
    ).resolves.toBeUndefined();
    expect(await new StatisticsRepository(ctx.store()).listDistrictMonth('d1', '2026-05')).toEqual([]);
  });
});

describe('attachStatisticsProjector', () => {
  it('keeps statistics current on a client with no Streams, as xinfang start runs it', async () => {
    const shared = ctx.store();
    // A client of its own, so the feed attached in the test above does not run here too.
    const store = { ...createStoreClients({ endpoint: await endpointOf(shared), tableName: shared.tableName }) };
    attachStatisticsProjector(store);
    await registerCase(new CaseRepository(store), 'twn-live', 'c-1', '2026-07-01');
    expect(await new StatisticsRepository(store).get('d1', 'twn-live', '2026-07')).toMatchObject({
      casesRegistered: 1,
      visits: { total: 1 },
    });
  });
});

async function endpointOf(store: ReturnType<typeof ctx.store>): Promise<string> {
  const endpoint = await store.client.config.endpoint?.();
  if (!endpoint) throw new Error('no endpoint');
  return `${endpoint.protocol}//${endpoint.hostname}:${String(endpoint.port)}`;
}
