import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { versionsOf, type TownshipVersions } from '../settings/settings-cache';
import { settingsVersionKey } from '../settings/settings-version';
import { caseKeys } from './case-keys';

export interface CaseChangeCheck {
  /** The township's version numbers now (rules and calendar, org chart, statistics). */
  versions: TownshipVersions;
  /** Whether the case has an event with seq `lastSeq + 1`: it changed since the reader's read. */
  nextEvent: boolean;
}

/**
 * Whether a case read made at `lastSeq` may still stand, for a reader that kept it: one BatchGetItem (consistent) of
 * the township's version item and the case's next event key. Events are append-only with contiguous seqs (the append
 * is a conditional put of `EV#<latest+1>`, no path rewrites or deletes an event), so no event at `lastSeq + 1` means
 * no event since; the versions say whether rules, calendar or org chart moved. Undefined when the store left a key
 * unprocessed: the caller reads the case afresh.
 */
export async function checkCaseChange(
  store: StoreClients,
  tenantId: string,
  caseId: string,
  lastSeq: number,
): Promise<CaseChangeCheck | undefined> {
  const versionKey = settingsVersionKey(tenantId);
  const nextKey = caseKeys.event(tenantId, caseId, lastSeq + 1);
  const out = await store.doc.send(
    new BatchGetCommand({
      RequestItems: {
        // No ProjectionExpression: the embedded store parses one on every call, which costs more than it saves.
        [store.tableName]: { Keys: [versionKey, nextKey], ConsistentRead: true },
      },
    }),
  );
  if ((out.UnprocessedKeys?.[store.tableName]?.Keys?.length ?? 0) > 0) return undefined;
  const items = out.Responses?.[store.tableName] ?? [];
  const found = (key: { pk: string; sk: string }) => items.find((i) => i.pk === key.pk && i.sk === key.sk);
  return { versions: versionsOf(found(versionKey)), nextEvent: found(nextKey) !== undefined };
}
