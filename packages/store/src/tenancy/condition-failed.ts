import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

/** True when a write lost its condition, whether sent directly or wrapped by ElectroDB (which keeps the SDK error as `cause`). */
export function isConditionFailure(error: unknown): boolean {
  if (error instanceof ConditionalCheckFailedException) return true;
  return error instanceof Error && error.cause instanceof ConditionalCheckFailedException;
}
