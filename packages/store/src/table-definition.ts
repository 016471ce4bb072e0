// The one table definition of xinfang, as plain data: the embedded store creates it from this,
// and the CDK stack declares it from this, so local and AWS cannot drift apart.
// No AWS SDK import here on purpose: infra reads this file without pulling in the client.

export const TABLE_DEFAULT_NAME = 'xinfang';

export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Secondary indexes; every key value starts with the tenant, like the table's own keys. */
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
  billingMode: 'PAY_PER_REQUEST',
  /** DynamoDB Streams feed the statistics projector in AWS; locally the change feed plays that part. */
  streamViewType: 'NEW_AND_OLD_IMAGES',
  timeToLiveAttribute: 'expiresAt',
  pointInTimeRecovery: true,
} as const;

export type TableDefinition = typeof tableDefinition;
