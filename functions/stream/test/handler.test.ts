import { marshall } from '@aws-sdk/util-dynamodb';
import {
  CaseRepository,
  createStoreClients,
  ensureTable,
  StatisticsRepository,
  startEmbeddedStore,
  type ChangeBatch,
  type EmbeddedStore,
  type StoreClients,
} from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../src/index';

const tableName = 'xinfang-function-stream-test';
let embedded: EmbeddedStore;
let store: StoreClients;
const savedEnv = { ...process.env };

beforeAll(async () => {
  embedded = await startEmbeddedStore();
  store = createStoreClients({ endpoint: embedded.endpoint, tableName });
  await ensureTable(store.client, tableName);
  Object.assign(process.env, {
    XINFANG_TABLE: tableName,
    XINFANG_DYNAMODB_ENDPOINT: embedded.endpoint,
    AWS_REGION: 'cn-north-1',
  });
});
afterAll(async () => {
  process.env = savedEnv;
  await embedded?.stop();
});

/** What DynamoDB Streams would deliver for the items: INSERT records with NEW_IMAGE in attribute-value form. */
async function streamBatchOfCase(caseId: string): Promise<ChangeBatch> {
  const { QueryCommand } = await import('@aws-sdk/lib-dynamodb');
  const out = await store.doc.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `T#twn-s#CASE#${caseId}` },
    }),
  );
  return {
    Records: (out.Items ?? []).map((item) => {
      const image = marshall(item, { removeUndefinedValues: true });
      return {
        eventName: 'INSERT' as const,
        dynamodb: { Keys: marshall({ pk: item.pk, sk: item.sk }), NewImage: image },
      };
    }),
  };
}

describe('statistics stream handler', () => {
  it('turns a stream batch of case events into the township month item, and a redelivery changes nothing', async () => {
    await new CaseRepository(store).register({
      tenantId: 'twn-s',
      districtId: 'd9',
      caseId: 'c-1',
      registered: {
        kind: 'registered',
        on: '2026-04-03',
        caseType: 'suggestion',
        category: '道路',
        summary: '村道破损',
        originUnitId: 'v1',
        responsibleUnitIds: ['v1'],
      },
      firstVisit: {
        kind: 'visit',
        on: '2026-04-03',
        visitId: 'v-1',
        channel: 'phone',
        level: 'township',
        form: 'individual',
        headcount: 2,
      },
      petitioner: { name: '李四' },
      recordedAt: '2026-04-03T01:00:00.000Z',
    });
    const stats = new StatisticsRepository(store);
    expect(await stats.get('d9', 'twn-s', '2026-04')).toBeUndefined();

    const batch = await streamBatchOfCase('c-1');
    await handler(batch);
    const item = await stats.get('d9', 'twn-s', '2026-04');
    expect(item).toMatchObject({ casesRegistered: 1, visits: { total: 1, headcount: 2, byLevel: { township: 1 } } });
    expect(JSON.stringify(item)).not.toContain('李四');

    await handler(batch);
    expect(await stats.get('d9', 'twn-s', '2026-04')).toEqual(item);
  });
});
