import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

/** True when a write lost its condition. */
export function isConditionFailure(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException;
}
