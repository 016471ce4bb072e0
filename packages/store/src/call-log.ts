import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface StoreCall {
  command: string;
  tableName?: string;
  indexName?: string;
  /** Items the call returned (Query, Scan, GetItem, BatchGetItem); absent for writes. */
  items?: number;
}

/** How many items a read answered with: what a read costs, and what must not grow with the number of cases. */
function itemsOf(output: unknown): number | undefined {
  if (!output || typeof output !== 'object') return undefined;
  const o = output as { Items?: unknown[]; Item?: unknown; Responses?: Record<string, unknown[]>; $metadata?: unknown };
  if (Array.isArray(o.Items)) return o.Items.length;
  if ('Item' in o) return o.Item ? 1 : 0;
  if (o.Responses) return Object.values(o.Responses).reduce((n, list) => n + list.length, 0);
  return undefined;
}

/**
 * Records every command the client sends (name, table, index, items returned). Tests use it to prove that no
 * request path issues a Scan, that every key starts with the tenant, and that reports read as many items at 10×
 * the cases as at 1×; it also feeds consumed-capacity figures.
 */
export function recordStoreCalls(client: DynamoDBClient): { calls: StoreCall[]; clear(): void; items(): number } {
  const calls: StoreCall[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { TableName?: string; IndexName?: string };
      const call: StoreCall = {
        command: String(context.commandName ?? 'unknown').replace(/Command$/, ''),
        ...(input.TableName ? { tableName: input.TableName } : {}),
        ...(input.IndexName ? { indexName: input.IndexName } : {}),
      };
      calls.push(call);
      const result = await next(args);
      const items = itemsOf(result.output);
      if (items !== undefined) call.items = items;
      return result;
    },
    { step: 'initialize', name: 'xinfangCallLog' },
  );
  return { calls, clear: () => void calls.splice(0), items: () => calls.reduce((n, c) => n + (c.items ?? 0), 0) };
}
