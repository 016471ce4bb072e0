import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Assignment } from '@xinfang/domain';
import { z } from 'zod';
import type { StoreClients } from '../client';
import { queryAll } from '../query-all';
import { isConditionFailure } from '../tenancy/condition-failed';
import { MainAssignmentOverlapError, OrgVersionConflictError } from './org-errors';
import { fromItem, ORG_KINDS, orgPk } from './org-items';

/**
 * "One main responsible person per unit at a time", held by the store: every new main assignment of a unit first
 * claims its period on the unit's claim item with a conditional write on the item's version. Two requests that
 * both checked the unit's assignments race on that one write; the loser re-reads, sees the winner's period and
 * is refused. The claim sits outside the org partition (`T#<tenant>#ORGCLAIM`) so the org Query never reads it.
 *
 * The assignments themselves stay the truth: a claimed period counts only until its assignment is written, and
 * for at most PENDING_LEASE_MS after its claim (a request that died between the claim and the put must not block
 * the unit for good). A retry of the same assignment finds its own claim and goes on to write the assignment.
 */
const PENDING_LEASE_MS = 60_000;
// Each lost race means another claim of the unit landed: with N at once the last needs N attempts.
const MAX_ATTEMPTS = 20;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const Period = z.object({ id: z.string(), from: z.string(), to: z.string().optional(), at: z.string() });
type Period = z.infer<typeof Period>;
const Claim = z.object({ version: z.number().int().positive(), periods: z.array(Period) });

export const mainClaimKey = (tenantId: string, unitId: string) => ({
  pk: `T#${tenantId}#ORGCLAIM`,
  sk: `MAIN#${unitId}`,
});

const overlaps = (a: { from: string; to?: string | undefined }, b: { from: string; to?: string | undefined }) =>
  a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');

export async function claimMainPeriod(
  store: StoreClients,
  tenantId: string,
  assignment: Assignment,
  at: string,
): Promise<void> {
  const unitId = assignment.unitId;
  if (assignment.role !== 'main' || unitId === undefined) return;
  const key = mainClaimKey(tenantId, unitId);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const { Item } = await store.doc.send(
      new GetCommand({ TableName: store.tableName, Key: key, ConsistentRead: true }),
    );
    const claim = Item ? Claim.parse(Item) : undefined;
    const mains = (await mainAssignments(store, tenantId)).filter((a) => a.unitId === unitId);
    const written = new Set(mains.map((a) => a.id));
    if (written.has(assignment.id)) return; // already stored: the put refuses the repeat, the claim stays as it is
    const leaseStart = new Date(Date.parse(at) - PENDING_LEASE_MS).toISOString();
    const pending = (claim?.periods ?? []).filter(
      (p) => !written.has(p.id) && (p.id === assignment.id || p.at >= leaseStart),
    );
    const other = [...mains, ...pending].find((p) => p.id !== assignment.id && overlaps(p, assignment));
    if (other) throw new MainAssignmentOverlapError(unitId, assignment.id, other.id);
    const own = pending.find((p) => p.id === assignment.id);
    if (own && own.from === assignment.from && own.to === assignment.to) return; // a retry: the period is ours
    const mine: Period = {
      id: assignment.id,
      from: assignment.from,
      ...(assignment.to ? { to: assignment.to } : {}),
      at,
    };
    const periods = [...pending.filter((p) => p.id !== assignment.id), mine];
    try {
      if (!claim) {
        await store.doc.send(
          new PutCommand({
            TableName: store.tableName,
            Item: { ...key, version: 1, periods },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } else {
        await store.doc.send(
          new UpdateCommand({
            TableName: store.tableName,
            Key: key,
            UpdateExpression: 'SET periods = :periods, version = :next',
            ConditionExpression: 'version = :expected',
            ExpressionAttributeValues: { ':periods': periods, ':next': claim.version + 1, ':expected': claim.version },
          }),
        );
      }
      return;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // Someone claimed in between: look again (their period may or may not overlap ours), a little later.
      await pause(Math.random() * 5 * attempt);
    }
  }
  throw new OrgVersionConflictError('assignment', assignment.id, 0);
}

async function mainAssignments(store: StoreClients, tenantId: string): Promise<Assignment[]> {
  const rows = await queryAll(store, orgPk(tenantId), ORG_KINDS.assignment.prefix, { consistent: true });
  return rows.map((row) => fromItem('assignment', row)).filter((a) => a.role === 'main');
}
