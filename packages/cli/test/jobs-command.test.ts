import { randomUUID } from 'node:crypto';
import {
  createStoreClients,
  ensureTable,
  InboxRepository,
  startEmbeddedStore,
  type EmbeddedStore,
  type StoreClients,
} from '@xinfang/store';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { msUntilNextShanghaiHour } from '../src/local/daily-timer';
import { main } from '../src/main';
import { seedDemo } from '../src/seed/seed-demo';

describe('xinfang jobs run', () => {
  let store: StoreClients;
  let embedded: EmbeddedStore;

  beforeAll(async () => {
    embedded = await startEmbeddedStore();
    store = createStoreClients({ endpoint: embedded.endpoint, tableName: `jobs-${randomUUID()}` });
    await ensureTable(store.client, store.tableName);
    await seedDemo(store, { now: new Date('2026-06-15T02:00:00Z'), today: '2026-06-15' });
  }, 180_000);
  afterAll(() => embedded?.stop());
  afterEach(() => vi.restoreAllMocks());

  const jobs = async (args: string[]) => {
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    const code = await main(['jobs', 'run', '--endpoint', embedded.endpoint, '--table', store.tableName, ...args]);
    vi.restoreAllMocks();
    return { code, out: out.join('\n') };
  };

  it(
    "fills the demo townships' inboxes for the date, and a second run the same day sends nothing",
    { timeout: 180_000 },
    async () => {
      const first = await jobs(['--date', '2026-06-26']);
      expect(first.code).toBe(0);
      const delivered = Number(/新消息 (\d+) 条, 重复未发/.exec(first.out)?.[1]);
      expect(delivered).toBeGreaterThan(0);
      const admins = await new InboxRepository(store).list(
        { kind: 'township_role', tenantId: 'twn-xiji', role: 'township_admin' },
        'u',
        { limit: 100 },
      );
      expect(admins.items.some((m) => m.id === 'evaluation:2026-05-01_2026-05-31')).toBe(true);
      const again = await jobs(['--date', '2026-06-26']);
      expect(again.out).toContain(`新消息 0 条, 重复未发 ${delivered} 条`);
    },
  );

  it('refuses a date that does not exist', async () => {
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation(
      (chunk: string | Uint8Array) => (err.push(String(chunk)), true),
    );
    expect(await main(['jobs', 'run', '--date', '2026-02-30'])).not.toBe(0);
    expect(err.join('')).toContain('YYYY-MM-DD');
  });
});

describe('the local daily timer', () => {
  it('waits until the next 06:00 in Asia/Shanghai', () => {
    // 05:00 Shanghai is 21:00 UTC the day before.
    expect(msUntilNextShanghaiHour(new Date('2026-06-25T21:00:00Z'), 6)).toBe(3_600_000);
    expect(msUntilNextShanghaiHour(new Date('2026-06-25T22:00:00Z'), 6)).toBe(24 * 3_600_000);
    expect(msUntilNextShanghaiHour(new Date('2026-06-25T22:30:00Z'), 6)).toBe(23.5 * 3_600_000);
  });
});
