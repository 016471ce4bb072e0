import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { RuleTestSuite } from '@xinfang/domain';
import { z } from 'zod';
import type { StoreClients } from '../client';
import { StoreError } from '../store-error';
import { withoutKeys } from './rule-items';

/** A township's saved rule test cases (规则测试用例): one item, replaced whole, every write conditional on `version`. */
export const RuleTestSuiteItem = z.object({
  tenantId: z.string(),
  version: z.number().int().positive(),
  cases: RuleTestSuite,
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type RuleTestSuiteItem = z.infer<typeof RuleTestSuiteItem>;

/** The suite changed since the caller read it (`expectedVersion` 0: it was expected not to exist yet). */
export class RuleTestsConflictError extends StoreError {
  constructor(readonly currentVersion: number) {
    super('conflict', 'stale_version', `规则测试用例已被他人修改，当前版本为${currentVersion}，请刷新后重试`, {
      currentVersion,
    });
  }
}

const key = (tenantId: string) => ({ pk: `T#${tenantId}#RULETESTS`, sk: 'SUITE' });

export class RuleTestsRepository {
  constructor(private readonly store: StoreClients) {}

  /** The saved suite, or undefined when the township never saved one (the API then offers the default pack's). */
  async get(tenantId: string): Promise<RuleTestSuiteItem | undefined> {
    const res = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: key(tenantId), ConsistentRead: true }),
    );
    return res.Item ? RuleTestSuiteItem.parse(withoutKeys(res.Item)) : undefined;
  }

  /** Replaces the suite if nobody saved it since `expectedVersion` (0 for the first save). */
  async save(
    tenantId: string,
    expectedVersion: number,
    cases: RuleTestSuite,
    by: string,
    at: string,
  ): Promise<RuleTestSuiteItem> {
    const item: RuleTestSuiteItem = { tenantId, version: expectedVersion + 1, cases, updatedAt: at, updatedBy: by };
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { ...key(tenantId), entity: 'rule_tests', ...item },
          ...(expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: '#v = :expected',
                ExpressionAttributeNames: { '#v': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      throw new RuleTestsConflictError((await this.get(tenantId))?.version ?? 0);
    }
    return item;
  }
}
