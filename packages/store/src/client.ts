import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { TABLE_DEFAULT_NAME } from './table-definition';

/** Where the store lives: AWS (no endpoint) or the embedded store (an endpoint on loopback). */
export const StoreConfig = z.object({
  tableName: z.string().min(3).default(TABLE_DEFAULT_NAME),
  region: z.string().min(1).default('cn-north-1'),
  endpoint: z.url().optional(),
});
export type StoreConfig = z.input<typeof StoreConfig>;

export interface StoreClients {
  tableName: string;
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
}

/** The one client factory: the embedded store and AWS get the same SDK clients, configured apart. */
export function createStoreClients(input: StoreConfig): StoreClients {
  const config = StoreConfig.parse(input);
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.endpoint
      ? {
          endpoint: config.endpoint,
          // The embedded store checks no signature, but the SDK insists on signing with something.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { tableName: config.tableName, client, doc };
}
