// The type is the API's own (`HealthSchema`); the decoder checks an answer
// against it at run time, and the compiler checks the decoder against it.
import type { Health } from '@xinfang/api';
import { bool, num, obj, oneOf, str } from '../../../lib/decode';

export type { Health };

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
