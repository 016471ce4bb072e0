import { createStatisticsProjector, createStoreClients, type ChangeBatch, type ChangeHandler } from '@xinfang/store';

// The DynamoDB Streams entry of the statistics projector. Stream records carry NEW_IMAGE in DynamoDB's
// attribute-value form; the projector unmarshalls it itself. The store clients are built on the first batch,
// from the same variables as the API function (XINFANG_TABLE, optional XINFANG_DYNAMODB_ENDPOINT, AWS_REGION).

let projector: ChangeHandler | undefined;

function projectorFromEnv(env: NodeJS.ProcessEnv): ChangeHandler {
  const tableName = env.XINFANG_TABLE;
  if (!tableName) throw new Error('XINFANG_TABLE is not set');
  return createStatisticsProjector(
    createStoreClients({
      tableName,
      ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}),
      ...(env.XINFANG_DYNAMODB_ENDPOINT ? { endpoint: env.XINFANG_DYNAMODB_ENDPOINT } : {}),
    }),
  );
}

/** Lambda handler. A failure throws, so the stream retries the batch; the projector is idempotent. */
export async function handler(batch: ChangeBatch): Promise<void> {
  projector ??= projectorFromEnv(process.env);
  await projector(batch);
}
