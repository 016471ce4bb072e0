import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';

/** One small item per district whose number goes up whenever any of its townships' statistics items is written. */
export const statisticsVersionKey = (districtId: string) => ({ pk: `D#${districtId}#STATS`, sk: 'VERSION' });

/**
 * Marks a district's statistics (month figures, ledger money, backlog rosters) as changed. Called right after each
 * such write, so the next report or comparison anywhere reads them again instead of its cached copy.
 */
export async function bumpStatisticsVersion(store: StoreClients, districtId: string): Promise<void> {
  await store.doc.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: statisticsVersionKey(districtId),
      UpdateExpression: 'ADD #v :one SET #t = :t, districtId = :d',
      ExpressionAttributeNames: { '#v': 'version', '#t': 'type' },
      ExpressionAttributeValues: { ':one': 1, ':t': 'statistics_version', ':d': districtId },
    }),
  );
}
