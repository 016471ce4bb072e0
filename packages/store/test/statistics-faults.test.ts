import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attachChangeFeed,
  CaseRepository,
  createStatisticsProjector,
  failingAt,
  InjectedFailure,
  StatisticsRepository,
  statsKeys,
  type ChangeBatch,
} from '../src';
import { AT, registerCase } from './cases-support';
import { useEmbeddedTable } from './support';

// The statistics projection equals a recount from the events, whatever the stream does: batches delivered out of
// order, delivered again, or failing part-way and retried later. Bounded: 10 runs, fixed seed.
const ctx = useEmbeddedTable();
const MONTHS = ['2026-03', '2026-04'];

describe('the statistics projection under random replays and failures', () => {
  it('equals the recount once every batch has been handled at least once', { timeout: 240_000 }, async () => {
    const store = ctx.store();
    const feed: ChangeBatch[] = [];
    attachChangeFeed(store.client, async (batch) => void feed.push(batch));
    const repo = new CaseRepository(store);
    await registerCase(repo, 'twn-r', 'c-1', '2026-03-02', { petitioner: true });
    await registerCase(repo, 'twn-r', 'c-2', '2026-03-10');
    const append = (caseId: string, expectedSeq: number, event: Parameters<CaseRepository['append']>[0]['event']) =>
      repo.append({ tenantId: 'twn-r', caseId, expectedSeq, event, recordedAt: AT });
    await append('c-1', 2, {
      kind: 'visit',
      on: '2026-03-20',
      visitId: 'c-1-v2',
      channel: 'visit',
      level: 'district',
      form: 'collective',
      headcount: 6,
    });
    // A district notice of that visit: the month's visit list marks the visit as notified (what /district/notices reads).
    await append('c-1', 3, {
      kind: 'notice',
      on: '2026-03-21',
      visitId: 'c-1-v2',
      level: 'district',
      reason: 'repeat',
    });
    await append('c-1', 4, { kind: 'accepted', on: '2026-03-23' });
    await append('c-2', 2, { kind: 'retrieval', on: '2026-03-24', unitId: 'v-li', costFen: 500 });
    await append('c-1', 5, { kind: 'resolved', on: '2026-04-02' });
    // The stream of the writes above, as delivered (the feed goes on recording the test's own writes after this).
    const batches = [...feed];
    const stats = new StatisticsRepository(store);
    await stats.rebuildStatistics('twn-r', 'd1');
    const recount = await Promise.all(MONTHS.map((m) => stats.get('d1', 'twn-r', m)));
    expect(recount[0]).toMatchObject({ casesRegistered: 2, visits: { total: 3 }, notices: 1 });
    expect(recount[0]?.visits.list.find((v) => v.visitId === 'c-1-v2')?.noticedBy).toEqual(['district']);

    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: batches.length - 1 }), { maxLength: 2 * batches.length }),
        fc.array(fc.nat({ max: 6 }), { minLength: 4 * batches.length, maxLength: 4 * batches.length }),
        async (extra, failAt) => {
          for (const m of MONTHS) {
            await store.doc.send(
              new DeleteCommand({
                TableName: store.tableName,
                Key: { pk: statsKeys.month('d1', m), sk: statsKeys.township('twn-r') },
              }),
            );
          }
          // Every batch once, some twice more, in a random order; a failed delivery goes to the back of the queue.
          const queue = [...batches.map((_, i) => i), ...extra].sort(
            (a, b) => ((a * 7919 + (failAt[b] ?? 0)) % 13) - ((b * 7919 + (failAt[a] ?? 0)) % 13),
          );
          let deliveries = 0;
          while (queue.length > 0) {
            const i = queue.shift() ?? 0;
            const batch = batches[i];
            if (!batch) continue;
            const k = failAt[deliveries++] ?? 0; // 0: this delivery succeeds; k > 0: its k-th store call fails
            try {
              await createStatisticsProjector(k > 0 ? failingAt(store, k).store : store)(batch);
            } catch (error) {
              if (!(error instanceof InjectedFailure)) throw error;
              queue.push(i);
            }
          }
          expect(await Promise.all(MONTHS.map((m) => stats.get('d1', 'twn-r', m)))).toEqual(recount);
        },
      ),
      { numRuns: 10, seed: 20261130, endOnFailure: true },
    );
  });
});
