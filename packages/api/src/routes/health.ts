import { createRoute, z } from '@hono/zod-openapi';
import { checkStoreHealth } from '@xinfang/store';
import { createRouter } from '../http/router';
import { json } from '../http/json-response';

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']).openapi({ description: 'ok when the store answers' }),
    version: z.string(),
    store: z.object({ reachable: z.boolean(), latencyMs: z.number().int() }),
    time: z.string().openapi({ description: 'server time, ISO 8601' }),
  })
  .openapi('Health');
export type Health = z.infer<typeof HealthSchema>;

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['system'],
  summary: '系统状态：存储是否可达、版本',
  responses: {
    200: json(HealthSchema, 'The store answers'),
    503: json(HealthSchema, 'The store does not answer'),
  },
});

export const healthRoutes = createRouter().openapi(route, async (c) => {
  const deps = c.get('deps');
  const store = await checkStoreHealth(deps.store);
  const body: Health = {
    status: store.reachable ? 'ok' : 'degraded',
    version: deps.version,
    store,
    time: deps.now().toISOString(),
  };
  return store.reachable ? c.json(body, 200) : c.json(body, 503);
});
