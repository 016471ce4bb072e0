import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { RequestRecord } from '@xinfang/api';

export const logger = new Logger({ serviceName: 'xinfang-api' });
export const metrics = new Metrics({ namespace: 'xinfang', serviceName: 'xinfang-api' });

/**
 * One log line per request: tenant, request id (the API's X-Request-Id; Lambda's own id comes from the context) and
 * role, method, path, status and duration. Never a body or a query, so never a petitioner's data.
 */
export function observeRequest(record: RequestRecord): void {
  const line = {
    tenant: record.tenant ?? 'anonymous',
    role: record.role ?? 'anonymous',
    requestId: record.requestId,
    method: record.method,
    path: record.path,
    status: record.status,
    durationMs: record.durationMs,
  };
  if (record.status >= 500) logger.error('request failed', line);
  else logger.info('request', line);
  if (record.method === 'POST' && record.path === '/api/cases' && record.status === 201) {
    metrics.addMetric('casesRegistered', MetricUnit.Count, 1);
  }
  if (record.method === 'POST' && record.path === '/api/ledger/evaluations' && record.status === 200) {
    metrics.addMetric('evaluations', MetricUnit.Count, 1);
  }
}
