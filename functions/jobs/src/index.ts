import { runJobs, type JobsReport } from '@xinfang/api';
import { createStoreClients, type StoreClients } from '@xinfang/store';
import { z } from 'zod';
import { logger, metrics, recordReport, type LambdaContext } from './observability';

// The scheduled entry of the daily jobs. EventBridge Scheduler invokes it with the input the schedule sets
// (infra/lib/jobs-schedule.ts): `{ "source": "xinfang.scheduler", "time": "<aws.scheduler.scheduled-time>" }`.
// The run's date is the scheduled instant's date in Asia/Shanghai; an operator may pass `date` to re-run a day.

const SchedulerEvent = z.object({
  time: z.iso.datetime({ offset: true }).optional(),
  date: z.iso.date().optional(),
  districtIds: z.array(z.string().min(1)).min(1).optional(),
});

const JobsEnv = z.object({
  XINFANG_TABLE: z.string().min(3),
  XINFANG_DISTRICTS: z.string().min(1),
  AWS_REGION: z.string().min(1).default('cn-north-1'),
  XINFANG_DYNAMODB_ENDPOINT: z.url().optional(),
});

let configured: { store: StoreClients; districtIds: string[] } | undefined;

function fromEnv(env: NodeJS.ProcessEnv) {
  const config = JobsEnv.parse(env);
  const store = createStoreClients({
    tableName: config.XINFANG_TABLE,
    region: config.AWS_REGION,
    ...(config.XINFANG_DYNAMODB_ENDPOINT ? { endpoint: config.XINFANG_DYNAMODB_ENDPOINT } : {}),
  });
  return {
    store,
    districtIds: config.XINFANG_DISTRICTS.split(',')
      .map((d) => d.trim())
      .filter(Boolean),
  };
}

const shanghaiDate = (instant: Date) => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Lambda handler. A failure throws (the schedule's retry policy runs it again; every job is idempotent). */
export async function handler(event: unknown, context?: LambdaContext): Promise<JobsReport> {
  if (context) logger.addContext(context);
  logger.appendKeys({ role: 'system', tenant: 'all' });
  configured ??= fromEnv(process.env);
  const input = SchedulerEvent.parse(event ?? {});
  const at = input.time ? new Date(input.time) : new Date();
  try {
    const report = await runJobs(configured.store, {
      date: input.date ?? shanghaiDate(at),
      districtIds: input.districtIds ?? configured.districtIds,
      at: new Date().toISOString(),
    });
    recordReport(report);
    // A township that failed makes the invocation fail (errors alarm, the schedule retries; the rest is idempotent).
    if (report.failed > 0) throw new Error(`${report.failed} township(s) failed`);
    return report;
  } catch (error) {
    logger.error('jobs run failed', error as Error);
    throw error;
  } finally {
    metrics.publishStoredMetrics();
  }
}
