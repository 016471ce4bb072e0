import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { JobsReport } from '@xinfang/api';

/** The subset of the Lambda context the function reads (the runtime passes more). */
export interface LambdaContext {
  awsRequestId: string;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string | number;
}

export const logger = new Logger({ serviceName: 'xinfang-jobs' });
export const metrics = new Metrics({ namespace: 'xinfang', serviceName: 'xinfang-jobs' });

/**
 * One log line and one metric set per township: tenant, request id and role (`system`: the schedule acts, no user)
 * on every line. Counts and periods only: a job never logs a case's text or anyone's identity.
 */
export function recordReport(report: JobsReport): void {
  for (const t of report.townships) {
    if (t.error) {
      logger.error('township jobs failed', { tenant: t.townshipId, district: t.districtId, error: t.error });
      continue;
    }
    logger.info('township jobs done', {
      tenant: t.townshipId,
      district: t.districtId,
      delivered: t.delivered,
      alreadySent: t.alreadySent,
      evaluated: t.evaluated,
      durationMs: t.durationMs,
    });
    if (t.evaluated.length > 0) metrics.addMetric('evaluations', MetricUnit.Count, t.evaluated.length);
  }
  metrics.addMetric('jobFailures', MetricUnit.Count, report.failed);
  metrics.addMetric('remindersDelivered', MetricUnit.Count, report.delivered);
  metrics.addMetric('jobDuration', MetricUnit.Milliseconds, report.durationMs);
  logger.info('jobs run done', {
    date: report.date,
    townships: report.townships.length,
    delivered: report.delivered,
    durationMs: report.durationMs,
  });
}
