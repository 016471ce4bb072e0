import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { createStatisticsProjector, createStoreClients, type ChangeBatch, type ChangeHandler } from '@xinfang/store';

// The DynamoDB Streams entry of the statistics projector. Stream records carry NEW_IMAGE in DynamoDB's
// attribute-value form; the projector unmarshalls it itself. The store clients are built on the first batch,
// from the same variables as the API function (XINFANG_TABLE, optional XINFANG_DYNAMODB_ENDPOINT, AWS_REGION).

const logger = new Logger({ serviceName: 'xinfang-statistics' });
const metrics = new Metrics({ namespace: 'xinfang', serviceName: 'xinfang-statistics' });

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

/** The townships of a batch, from the keys alone (`T#<township>#…`): never the images, which hold case text. */
function tenantsOf(batch: ChangeBatch): string {
  const tenants = new Set<string>();
  for (const r of batch.Records) {
    const pk = r.dynamodb?.Keys?.pk;
    const key = pk && 'S' in pk ? pk.S : undefined;
    const m = key ? /^T#([^#]+)#/.exec(key) : null;
    if (m?.[1]) tenants.add(m[1]);
  }
  return [...tenants].sort().join(',') || 'none';
}

/**
 * Lambda handler. A failure throws, so the stream retries the batch (bisecting it); the projector is idempotent,
 * and records that keep failing go to the dead-letter queue. Every log line has tenant, request id and role.
 */
export async function handler(
  batch: ChangeBatch,
  context?: {
    awsRequestId: string;
    functionName: string;
    functionVersion: string;
    invokedFunctionArn: string;
    memoryLimitInMB: string | number;
  },
): Promise<void> {
  if (context) logger.addContext(context as Parameters<typeof logger.addContext>[0]);
  logger.appendKeys({ tenant: tenantsOf(batch), role: 'system' });
  const started = Date.now();
  try {
    projector ??= projectorFromEnv(process.env);
    await projector(batch);
    logger.info('batch projected', { records: batch.Records.length, durationMs: Date.now() - started });
    metrics.addMetric('streamRecords', MetricUnit.Count, batch.Records.length);
  } catch (error) {
    logger.error('batch failed', error as Error);
    throw error;
  } finally {
    metrics.addMetric('projectionDuration', MetricUnit.Milliseconds, Date.now() - started);
    metrics.publishStoredMetrics();
  }
}
