import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  CaseRepository,
  caseKeys,
  createStoreClients,
  ensureTable,
  LedgerRepository,
  ledgerKeys,
  startEmbeddedStore,
  StatisticsRepository,
  statsKeys,
  type EmbeddedStore,
  type StoreClients,
} from '@xinfang/store';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/main';
import { seedDemo } from '../src/seed/seed-demo';

const TODAY = '2026-06-15';
const TOWNSHIP = 'twn-xiji';
const YEAR = '2025-01-01_2025-12-31';

describe('xinfang repair', () => {
  let store: StoreClients;
  let embedded: EmbeddedStore;
  let caseIds: string[];

  beforeAll(async () => {
    embedded = await startEmbeddedStore();
    store = createStoreClients({ endpoint: embedded.endpoint, tableName: `repair-${randomUUID()}` });
    await ensureTable(store.client, store.tableName);
    await seedDemo(store, { now: new Date('2026-06-15T02:00:00Z'), today: TODAY });
    caseIds = (await new CaseRepository(store).list(TOWNSHIP, {}, { limit: 500 })).items.map((s) => s.id);
    // Seeding the whole demo district takes a while on a busy CI machine.
  }, 180_000);
  afterAll(() => embedded?.stop());
  afterEach(() => vi.restoreAllMocks());

  const snapshot = async () => {
    const cases = new CaseRepository(store);
    const summaries = await Promise.all(caseIds.map((id) => cases.summary(TOWNSHIP, id)));
    const unitList = await cases.list(TOWNSHIP, { unitId: 'xiji-o1' }, { limit: 500 });
    const stats = await new StatisticsRepository(store).get('dist-demo', TOWNSHIP, '2025-05');
    const ledger = await new LedgerRepository(store).read(TOWNSHIP, YEAR);
    return { summaries, unitList: unitList.items.map((s) => s.id), stats, entries: ledger?.entries };
  };

  const repair = async (args: string[]) => {
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    const code = await main(['repair', '--endpoint', embedded.endpoint, '--table', store.tableName, ...args]);
    vi.restoreAllMocks();
    return { code, out: out.join('\n') };
  };

  it('brings back deleted and corrupted projections, identical to before', async () => {
    const before = await snapshot();
    const [first, second, third] = caseIds;
    if (!first || !second || !third) throw new Error('too few cases');
    const del = (Key: Record<string, string>) => store.doc.send(new DeleteCommand({ TableName: store.tableName, Key }));
    const put = (Item: Record<string, unknown>) => store.doc.send(new PutCommand({ TableName: store.tableName, Item }));
    // Delete two summaries, and a unit's list copy; corrupt a third summary at the same lastSeq.
    await del(caseKeys.summary(TOWNSHIP, first));
    await del(caseKeys.summary(TOWNSHIP, second));
    const copy = before.unitList[0];
    if (copy) await del(caseKeys.unitCopy(TOWNSHIP, copy, 'xiji-o1'));
    const item = (
      await store.doc.send(new GetCommand({ TableName: store.tableName, Key: caseKeys.summary(TOWNSHIP, third) }))
    ).Item;
    await put({ ...item, status: 'intake', visitCount: 99, category: '篡改' });
    // Lose a month of statistics, and tamper with a ledger entry's amount.
    await del({ pk: statsKeys.month('dist-demo', '2025-05'), sk: statsKeys.township(TOWNSHIP) });
    const fine = before.entries?.find((e) => e.kind === 'fine');
    if (!fine) throw new Error('no fine in the demo ledger');
    await put({
      pk: ledgerKeys.period(TOWNSHIP, YEAR),
      sk: ledgerKeys.entry(fine.entryId),
      entity: 'ledger_entry',
      tenantId: TOWNSHIP,
      periodKey: YEAR,
      ...fine,
      amountFen: 1,
    });

    const broken = await snapshot();
    expect(broken.summaries[0]).toBeUndefined();
    expect(broken.summaries[2]?.category).toBe('篡改');
    expect(broken.stats).toBeUndefined();

    const { code, out } = await repair(['--township', TOWNSHIP]);
    expect(code).toBe(0);
    expect(out).toContain('西集镇');
    expect(out).toContain(`案件摘要 ${caseIds.length} 件`);
    expect(out).toContain(YEAR);
    expect(await snapshot()).toEqual(before);
  });

  it('repairs every township of the district by default, and is idempotent', async () => {
    const before = await snapshot();
    const { code, out } = await repair([]);
    expect(code).toBe(0);
    for (const name of ['西集镇', '柳河镇', '石桥镇', '清水镇']) expect(out).toContain(name);
    expect(out).toContain('更新 0');
    expect(await snapshot()).toEqual(before);
  });

  it('says so when the township does not exist', async () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation(
      (chunk: string | Uint8Array) => errors.push(String(chunk)) > 0,
    );
    const { code } = await repair(['--township', 'twn-nowhere']);
    expect(code).toBe(1);
    expect(errors.join('')).toContain('没有这个乡镇');
  });
});
