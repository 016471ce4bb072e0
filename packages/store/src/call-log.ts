import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface StoreCall {
  command: string;
  tableName?: string;
  indexName?: string;
}

/**
 * Records every command the client sends (name, table, index). Tests use it to prove that no request
 * path issues a Scan and that every key starts with the tenant; it also feeds consumed-capacity figures.
 */
export function recordStoreCalls(client: DynamoDBClient): { calls: StoreCall[]; clear(): void } {
  const calls: StoreCall[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { TableName?: string; IndexName?: string };
      calls.push({
        command: String(context.commandName ?? 'unknown').replace(/Command$/, ''),
        ...(input.TableName ? { tableName: input.TableName } : {}),
        ...(input.IndexName ? { indexName: input.IndexName } : {}),
      });
      return next(args);
    },
    { step: 'initialize', name: 'xinfangCallLog' },
  );
  return { calls, clear: () => void calls.splice(0) };
}
