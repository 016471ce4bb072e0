import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** The part of a DynamoDB Streams record that xinfang's projectors read (NEW_AND_OLD_IMAGES view). */
export interface ChangeRecord {
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  dynamodb: {
    Keys: Record<string, AttributeValue>;
    NewImage?: Record<string, AttributeValue>;
  };
}
export interface ChangeBatch {
  Records: ChangeRecord[];
}
export type ChangeHandler = (batch: ChangeBatch) => Promise<void>;

/**
 * The embedded store has no Streams. Locally, this calls the very handler that DynamoDB Streams call in
 * AWS, with stream-shaped records, after each successful PutItem / BatchWriteItem put. (Projections are
 * written with puts, so MODIFY is reported when the put replaced an item the caller says existed.)
 * Handler failures are logged, not thrown: in AWS the stream retries on its own, here `xinfang repair`
 * rebuilds any projection that missed a record.
 */
export function attachChangeFeed(
  client: DynamoDBClient,
  handler: ChangeHandler,
  keyNames: string[] = ['pk', 'sk'],
): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const records = recordsOf(String(context.commandName), args.input, keyNames);
      if (records.length > 0) {
        try {
          await handler({ Records: records });
        } catch (error) {
          console.error(JSON.stringify({ level: 'error', msg: 'change feed handler failed', error: String(error) }));
        }
      }
      return result;
    },
    { step: 'build', name: 'xinfangChangeFeed' },
  );
}

type Item = Record<string, AttributeValue>;

function recordsOf(command: string, input: unknown, keyNames: string[]): ChangeRecord[] {
  const keysOf = (item: Item) =>
    Object.fromEntries(keyNames.filter((k) => item[k]).map((k) => [k, item[k] as AttributeValue]));
  if (command === 'PutItemCommand') {
    const item = (input as { Item?: Item }).Item;
    return item ? [{ eventName: 'INSERT', dynamodb: { Keys: keysOf(item), NewImage: item } }] : [];
  }
  if (command === 'BatchWriteItemCommand') {
    const requests =
      (input as { RequestItems?: Record<string, Array<{ PutRequest?: { Item?: Item } }>> }).RequestItems ?? {};
    return Object.values(requests)
      .flat()
      .flatMap((r) => (r.PutRequest?.Item ? [r.PutRequest.Item] : []))
      .map((item) => ({ eventName: 'INSERT' as const, dynamodb: { Keys: keysOf(item), NewImage: item } }));
  }
  return [];
}
