// Mirrors the API's `GET /api/health` response schema. To be replaced by
// `import type` from '@xinfang/api' once the API exports its types.
import { bool, num, obj, oneOf, str } from '../../../lib/decode';

export type HealthStatus = 'ok' | 'degraded';

export interface Health {
  status: HealthStatus;
  version: string;
  store: { reachable: boolean; latencyMs: number };
  time: string;
}

export function decodeHealth(value: unknown): Health {
  const o = obj(value, 'health');
  const store = obj(o['store'], 'health.store');
  return {
    status: oneOf(o, 'status', ['ok', 'degraded'] as const),
    version: str(o, 'version'),
    store: { reachable: bool(store, 'reachable'), latencyMs: num(store, 'latencyMs') },
    time: str(o, 'time'),
  };
}
