import type { CaseEvent, CaseRecord } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import {
  attachChangeFeed,
  createStatisticsProjector,
  importCases,
  readBacklogRoster,
  StatisticsRepository,
  type ChangeRecord,
  type StoreClients,
} from '../src';
import { useEmbeddedTable } from './support';

const ctx = useEmbeddedTable();

/** A small seeded generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ['township', 'district', 'city'] as const;

/** A random but valid case of township `t`: registered, visits over January–March, maybe accepted, resolved, closed and answered. */
function randomCase(rnd: () => number, t: string, id: string): CaseRecord {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  let day = 1 + Math.floor(rnd() * 20);
  const date = () => `2026-0${1 + Math.floor(day / 28)}-${String(1 + (day % 28)).padStart(2, '0')}`;
  const first = rnd() < 0.3 ? { firstRegisteredOn: '2023-05-01' } : {};
  const events: CaseEvent[] = [
    {
      seq: 1,
      on: date(),
      kind: 'registered',
      caseType: 'appeal',
      category: '土地',
      summary: '纠纷',
      originUnitId: 'v1',
      responsibleUnitIds: [pick(['v1', 'v2'])],
      ...first,
    },
  ];
  const push = (e: Record<string, unknown>) => events.push({ seq: events.length + 1, on: date(), ...e } as CaseEvent);
  if (rnd() < 0.7) push({ kind: 'accepted' });
  for (let i = Math.floor(rnd() * 4); i > 0; i--) {
    day += Math.floor(rnd() * 25);
    push({
      kind: 'visit',
      visitId: `${id}-v${i}`,
      channel: 'visit',
      level: pick(LEVELS),
      form: 'individual',
      headcount: 1,
    });
  }
  if (rnd() < 0.5) {
    day += Math.floor(rnd() * 15);
    push({ kind: 'resolved' });
    if (rnd() < 0.6) {
      for (const to of ['routed', 'assigned', 'closed']) push({ kind: 'status', to });
      push({ kind: 'satisfaction', result: pick(['satisfied', 'unsatisfied'] as const) });
    }
  }
  return { id, townshipId: t, events };
}

const shuffle = <T>(rnd: () => number, list: T[]) => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
};

async function snapshot(store: StoreClients, t: string) {
  const stats = new StatisticsRepository(store);
  const months = await Promise.all(['2026-01', '2026-02', '2026-03', '2026-04'].map((m) => stats.get('d1', t, m)));
  return { months, roster: (await readBacklogRoster(store, 'd1', t))?.cases };
}

describe('statistics projector under replays and out-of-order delivery', () => {
  it('ends equal to a recount from the events, for random event sequences', { timeout: 180_000 }, async () => {
    const store = ctx.store();
    const projector = createStatisticsProjector(store);
    let written: ChangeRecord[] = [];
    attachChangeFeed(store.client, async (batch) => void written.push(...batch.Records));
    for (const seed of [7, 2026]) {
      const rnd = random(seed);
      const t = `twn-r${seed}`;
      const cases = Array.from({ length: 4 }, (_, i) => randomCase(rnd, t, `c${i}`));
      // Every event is written on its own, in a random order across cases (a case's events may land out of seq order).
      const events = shuffle(
        rnd,
        cases.flatMap((c) => c.events.map((event) => ({ id: c.id, event }))),
      );
      const pending: ChangeRecord[] = [];
      const delivered: ChangeRecord[] = [];
      for (const { id, event } of events) {
        written = [];
        await importCases(store, { districtId: 'd1', recordedAt: '2026-06-01T00:00:00Z' }, [
          { record: { id, townshipId: t, events: [event] } },
        ]);
        pending.push(...written.filter((r) => r.dynamodb.NewImage?.type?.S === 'case_event'));
        // Deliver some of what is pending, shuffled, and now and then replay records delivered long ago.
        if (rnd() < 0.5) {
          const now = shuffle(rnd, pending.splice(0, Math.ceil(rnd() * pending.length)));
          const replays = delivered.filter(() => rnd() < 0.2);
          await projector({ Records: [...now, ...replays] });
          delivered.push(...now);
        }
      }
      // Every record is delivered at least once after its write; old ones are replayed once more at the end.
      await projector({ Records: shuffle(rnd, pending.splice(0)) });
      await projector({
        Records: shuffle(
          rnd,
          delivered.filter(() => rnd() < 0.5),
        ),
      });
      const incremental = await snapshot(store, t);
      expect(incremental.months.some((m) => m !== undefined)).toBe(true);
      await new StatisticsRepository(store).rebuildStatistics(t, 'd1');
      expect(incremental, `seed ${seed}`).toEqual(await snapshot(store, t));
    }
  });
});
