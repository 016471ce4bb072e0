import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { wholeYearsBetween, type CaseState } from '@xinfang/domain';
import { z } from 'zod';
import type { StoreClients } from '../client';
import { bumpStatisticsVersion } from './statistics-version';

/** A case as the backlog counts it: first registered on `f`, resolved on `d` (absent while open). */
export const RosterCase = z.object({ f: z.string(), d: z.string().optional() });
export type RosterCase = z.infer<typeof RosterCase>;

/**
 * The township's backlog roster: every open case and every case resolved a whole year or more after its first
 * registration, with those two dates only. The backlog open on any date and the backlog cleared in any period
 * are counted from it (`backlogFigures`), so a report reads one item for them, whatever the number of cases. A
 * case resolved within its first year can never count, so it is left out and the item stays small.
 */
export const BacklogRoster = z.object({
  districtId: z.string(),
  townshipId: z.string(),
  version: z.number().int(),
  cases: z.record(z.string(), RosterCase),
});
export type BacklogRoster = z.infer<typeof BacklogRoster>;

export const rosterKeys = {
  pk: (districtId: string) => `D#${districtId}#STATS#BACKLOG`,
  sk: (townshipId: string) => `T#${townshipId}`,
};

/** The roster entry of a folded case, or undefined when it can never count as backlog. */
export function rosterEntryOf(
  c: Pick<CaseState, 'firstRegisteredOn' | 'resolvedOn'>,
  minYears = 1,
): RosterCase | undefined {
  if (c.resolvedOn === undefined) return { f: c.firstRegisteredOn };
  return wholeYearsBetween(c.firstRegisteredOn, c.resolvedOn) >= minYears
    ? { f: c.firstRegisteredOn, d: c.resolvedOn }
    : undefined;
}

/** Backlog open on `period.from` and `period.to` and cleared within it: the same reading as the domain's `computeKpis`. */
export function backlogFigures(roster: Record<string, RosterCase>, period: { from: string; to: string }, minYears = 1) {
  const list = Object.values(roster);
  const openOn = (date: string) =>
    list.filter((c) => c.f <= date && (c.d === undefined || c.d > date) && wholeYearsBetween(c.f, date) >= minYears)
      .length;
  const clearedInPeriod = list.filter(
    (c) => c.d !== undefined && period.from <= c.d && c.d <= period.to && wholeYearsBetween(c.f, c.d) >= minYears,
  ).length;
  const openAtEnd = openOn(period.to);
  return { minYears, openAtStart: openOn(period.from), openAtEnd, clearedInPeriod, clearedToZero: openAtEnd === 0 };
}

const sameEntry = (a: RosterCase | undefined, b: RosterCase | undefined) => a?.f === b?.f && a?.d === b?.d;

/**
 * Sets the entries of some cases (undefined removes one). Each entry comes from a whole fold of its case, so
 * replays converge; concurrent writers are serialised by a version condition and retried.
 */
export async function updateBacklogRoster(
  store: StoreClients,
  districtId: string,
  townshipId: string,
  entries: Map<string, RosterCase | undefined>,
): Promise<void> {
  const Key = { pk: rosterKeys.pk(districtId), sk: rosterKeys.sk(townshipId) };
  for (let attempt = 0; ; attempt++) {
    const current = await readBacklogRoster(store, districtId, townshipId);
    const cases = { ...(current?.cases ?? {}) };
    let changed = false;
    for (const [caseId, entry] of entries) {
      if (sameEntry(cases[caseId], entry)) continue;
      changed = true;
      if (entry) cases[caseId] = entry;
      else delete cases[caseId];
    }
    if (!changed) return;
    const version = (current?.version ?? 0) + 1;
    try {
      await store.doc.send(
        new PutCommand({
          TableName: store.tableName,
          Item: { ...Key, type: 'backlog_roster', districtId, townshipId, version, cases },
          ConditionExpression: current ? 'version = :v' : 'attribute_not_exists(pk)',
          ...(current ? { ExpressionAttributeValues: { ':v': current.version } } : {}),
        }),
      );
      await bumpStatisticsVersion(store, districtId, townshipId);
      return;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException) || attempt >= 10) throw error;
    }
  }
}

export async function readBacklogRoster(
  store: StoreClients,
  districtId: string,
  townshipId: string,
): Promise<BacklogRoster | undefined> {
  const out = await store.doc.send(
    new GetCommand({
      TableName: store.tableName,
      Key: { pk: rosterKeys.pk(districtId), sk: rosterKeys.sk(townshipId) },
      ConsistentRead: true,
    }),
  );
  return out.Item ? BacklogRoster.parse(out.Item) : undefined;
}
