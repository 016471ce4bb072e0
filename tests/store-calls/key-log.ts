import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface KeyedCall {
  command: string;
  /** Partition-key values the call names: Get/Delete/Update keys, Put items, Query key conditions, batch keys. */
  keys: string[];
}

type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const KEY_ATTRS = ['pk', 'gsi1pk', 'gsi2pk'];

/** A plain string or a marshalled `{ S: '…' }`, as the call was made. */
function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isBag(value) && typeof value.S === 'string') return value.S;
  return undefined;
}

function pkOf(item: unknown): string[] {
  if (!isBag(item)) return [];
  return ['pk'].flatMap((k) => str(item[k]) ?? []);
}

/** The partition key value a Query's key condition binds (`pk = :pk`, `#pk = :pk`, `gsi1pk = :v`). */
function queryKeys(input: Bag): string[] {
  const expression = typeof input.KeyConditionExpression === 'string' ? input.KeyConditionExpression : '';
  const names = isBag(input.ExpressionAttributeNames) ? input.ExpressionAttributeNames : {};
  const values = isBag(input.ExpressionAttributeValues) ? input.ExpressionAttributeValues : {};
  const out: string[] = [];
  for (const m of expression.matchAll(/([#\w]+)\s*=\s*(:\w+)/g)) {
    const [, rawName = '', placeholder = ''] = m;
    const name = rawName.startsWith('#') ? str(names[rawName]) : rawName;
    if (name && KEY_ATTRS.includes(name)) out.push(str(values[placeholder]) ?? '');
  }
  return out;
}

function keysOf(command: string, input: Bag): string[] {
  switch (command) {
    case 'Query':
      return queryKeys(input);
    case 'GetItem':
    case 'Get':
    case 'DeleteItem':
    case 'Delete':
    case 'UpdateItem':
    case 'Update':
      return pkOf(input.Key);
    case 'PutItem':
    case 'Put':
      return pkOf(input.Item);
    case 'BatchGetItem':
    case 'BatchGet':
      return Object.values(isBag(input.RequestItems) ? input.RequestItems : {}).flatMap((r) =>
        isBag(r) && Array.isArray(r.Keys) ? r.Keys.flatMap(pkOf) : [],
      );
    case 'BatchWriteItem':
    case 'BatchWrite':
      return Object.values(isBag(input.RequestItems) ? input.RequestItems : {}).flatMap((list) =>
        Array.isArray(list)
          ? list.flatMap((r) =>
              isBag(r)
                ? [
                    ...pkOf(isBag(r.PutRequest) ? r.PutRequest.Item : undefined),
                    ...pkOf(isBag(r.DeleteRequest) ? r.DeleteRequest.Key : undefined),
                  ]
                : [],
            )
          : [],
      );
    default:
      return [];
  }
}

/**
 * Records each command with the partition keys it names, on the client the app's store sends through (the
 * document client's commands reach this stack too). `recordStoreCalls` gives names only; tenancy needs the keys.
 */
export function recordKeyedCalls(client: DynamoDBClient): { calls: KeyedCall[]; clear(): void } {
  const calls: KeyedCall[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      const input = isBag(args.input) ? args.input : {};
      calls.push({ command, keys: keysOf(command, input) });
      return next(args);
    },
    { step: 'build', name: 'xinfangKeyLog' },
  );
  return { calls, clear: () => void calls.splice(0) };
}
