import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { StoreClients } from '../client';
import { queryAll } from '../query-all';
import { StoreError } from '../store-error';
import { isConditionFailure } from './condition-failed';

/**
 * A sign-in account the district created (a new township's first admin). In AWS the account itself lives in the
 * identity provider (docs/deploy.md); this item is the district's record of it, and the local token issuer signs in
 * the accounts it lists. Name and role only: the token built from it carries the township and district.
 */
export const Account = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['petition_officer', 'township_admin', 'unit_reporter', 'district_overseer', 'auditor']),
  districtId: z.string(),
  tenantId: z.string().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Account = z.infer<typeof Account>;

export class AccountExistsError extends StoreError {
  constructor(id: string) {
    super('conflict', 'account_exists', `账号已存在：${id}`, { accountId: id });
  }
}

/** One partition per district, `D#<d>#ACCOUNTS` / `<accountId>`: the district's accounts are one Query. */
export class AccountRepository {
  constructor(private readonly store: StoreClients) {}

  /** Create-only: an id is used once; a retried onboarding that finds its own account (same tenant) keeps it. */
  async create(account: Account): Promise<Account> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { pk: `D#${account.districtId}#ACCOUNTS`, sk: account.id, type: 'account', ...account },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return account;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = (await this.list(account.districtId)).find((a) => a.id === account.id);
      if (existing && existing.tenantId === account.tenantId && existing.role === account.role) return existing;
      throw new AccountExistsError(account.id);
    }
  }

  async list(districtId: string): Promise<Account[]> {
    const items = await queryAll(this.store, `D#${districtId}#ACCOUNTS`, undefined, { consistent: true });
    return items.map((item) => Account.parse(item));
  }
}
