import { defaultRuleSet } from '@xinfang/domain';
import {
  CaseRepository,
  createStoreClients,
  ensureTable,
  InboxRepository,
  OrgRepository,
  RulesRepository,
  startEmbeddedStore,
  TenancyRepository,
  type EmbeddedStore,
  type StoreClients,
} from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handler } from '../src/index';

const tableName = 'xinfang-function-jobs-test';
let embedded: EmbeddedStore;
let store: StoreClients;
const savedEnv = { ...process.env };
const at = '2026-01-01T00:00:00.000Z';

beforeAll(async () => {
  embedded = await startEmbeddedStore();
  store = createStoreClients({ endpoint: embedded.endpoint, tableName });
  await ensureTable(store.client, tableName);
  Object.assign(process.env, {
    XINFANG_TABLE: tableName,
    XINFANG_DYNAMODB_ENDPOINT: embedded.endpoint,
    XINFANG_DISTRICTS: 'd9',
    AWS_REGION: 'cn-north-1',
  });
  await new TenancyRepository(store).createTownship(
    { id: 'twn-j', name: '南湖镇', districtId: 'd9', population: 9000 },
    at,
  );
  await new OrgRepository(store).create(
    'twn-j',
    'unit',
    { id: 'o1', name: '南湖办事处', kind: 'office', population: 5000 },
    at,
  );
  await new OrgRepository(store).create(
    'twn-j',
    'unit',
    { id: 'v1', name: '南村', kind: 'village', officeId: 'o1', population: 2000 },
    at,
  );
  await new RulesRepository(store).saveInitialRules(
    'twn-j',
    defaultRuleSet({ id: 'v2020', effectiveFrom: '2020-01-01' }),
  );
  await new CaseRepository(store).register({
    tenantId: 'twn-j',
    districtId: 'd9',
    caseId: 'c-1',
    registered: {
      kind: 'registered',
      on: '2026-09-23',
      caseType: 'appeal',
      category: '道路',
      summary: '村道损毁',
      originUnitId: 'v1',
      responsibleUnitIds: ['v1'],
    },
    firstVisit: {
      kind: 'visit',
      on: '2026-09-23',
      visitId: 'x1',
      channel: 'visit',
      level: 'township',
      form: 'individual',
      headcount: 1,
    },
    petitioner: { name: '上访人', contact: '13900000000' },
    recordedAt: at,
  });
}, 60_000);
afterAll(async () => {
  process.env = savedEnv;
  await embedded?.stop();
});

/** What EventBridge Scheduler delivers with the schedule's input: 06:00 Asia/Shanghai on 09-28 is 22:00 UTC on 09-27. */
const scheduled = { source: 'xinfang.scheduler', time: '2026-09-27T22:00:00Z' };
const context = {
  awsRequestId: 'req-1',
  functionName: 'xinfang-jobs',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:cn-north-1:123456789012:function:xinfang-jobs',
  memoryLimitInMB: '512',
};

describe('jobs function', () => {
  it('runs the day of the scheduled instant in Asia/Shanghai, and a redelivery sends nothing twice', async () => {
    const lines: string[] = [];
    const spy = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    const log = vi
      .spyOn(console, 'info')
      .mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    let first;
    try {
      first = await handler(scheduled, context);
    } finally {
      spy.mockRestore();
      log.mockRestore();
    }
    expect(first.date).toBe('2026-09-28');
    expect(first.townships.map((t) => t.townshipId)).toEqual(['twn-j']);
    expect(first.townships[0]?.evaluated).toEqual(['2026-08-01_2026-08-31', '2025-01-01_2025-12-31']);
    const officers = await new InboxRepository(store).list(
      { kind: 'township_role', tenantId: 'twn-j', role: 'petition_officer' },
      'u',
    );
    expect(officers.items.map((m) => m.id)).toEqual(['deadline:c-1:acceptance:2026-10-08:d3']);
    const again = await handler(scheduled, context);
    expect(again.delivered).toBe(0);
    expect(again.alreadySent).toBe(first.delivered);
    // Every log line carries tenant, request id and role, and no petitioner's data.
    const logged = lines.filter((l) => l.includes('"message"'));
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) {
      expect(line).toMatch(/"tenant":/);
      expect(line).toMatch(/"function_request_id":"req-1"/);
      expect(line).toMatch(/"role":"system"/);
      expect(line).not.toContain('上访人');
    }
  }, 60_000);

  it('refuses an event with a malformed date', async () => {
    await expect(handler({ date: '2026-13-01' }, context)).rejects.toThrow();
  });
});
