import type { Ledger } from './ledger';

export interface EntryChange {
  id: string;
  kind: 'fine' | 'reward';
  beforeFen: number;
  afterFen: number;
  /** The entry's explanation after the change (before, for a removed entry). */
  explanation: string;
}

export interface PersonDiff {
  personId: string;
  name: string;
  beforeFen: number;
  afterFen: number;
  deltaFen: number;
  beforeRewardsFen: number;
  afterRewardsFen: number;
  added: EntryChange[];
  removed: EntryChange[];
  changed: EntryChange[];
}

export interface LedgerDiff {
  persons: PersonDiff[];
  totals: { beforeFen: number; afterFen: number; deltaFen: number; beforeRewardsFen: number; afterRewardsFen: number };
}

type Item = {
  id: string;
  kind: 'fine' | 'reward';
  personId: string;
  fen: number;
  sanctions: string;
  explanation: string;
};

function items(l: Ledger): Map<string, Item> {
  const out = new Map<string, Item>();
  for (const f of l.fines)
    out.set(f.id, {
      id: f.id,
      kind: 'fine',
      personId: f.personId,
      fen: f.amountFen,
      sanctions: f.sanctions.join(','),
      explanation: f.explanation,
    });
  for (const r of l.rewards) {
    if (r.personId)
      out.set(r.id, {
        id: r.id,
        kind: 'reward',
        personId: r.personId,
        fen: r.amountFen,
        sanctions: '',
        explanation: r.explanation,
      });
  }
  return out;
}

/**
 * "What changes if this draft is published": per person, fines before and after, and the entries added,
 * removed or changed (amount or sanctions). Entries match by id, which does not include the rule version.
 * Persons with no change are left out.
 */
export function diffLedgers(before: Ledger, after: Ledger): LedgerDiff {
  const a = items(before);
  const b = items(after);
  const names = new Map<string, string>();
  for (const p of [...before.totals.byPerson, ...after.totals.byPerson]) names.set(p.personId, p.name);
  const persons = new Map<string, PersonDiff>();
  const get = (id: string) => {
    const cur = persons.get(id) ?? {
      personId: id,
      name: names.get(id) ?? id,
      beforeFen: 0,
      afterFen: 0,
      deltaFen: 0,
      beforeRewardsFen: 0,
      afterRewardsFen: 0,
      added: [],
      removed: [],
      changed: [],
    };
    persons.set(id, cur);
    return cur;
  };
  for (const p of before.totals.byPerson)
    Object.assign(get(p.personId), { beforeFen: p.finesFen, beforeRewardsFen: p.rewardsFen });
  for (const p of after.totals.byPerson)
    Object.assign(get(p.personId), { afterFen: p.finesFen, afterRewardsFen: p.rewardsFen });
  for (const [id, x] of a) {
    const y = b.get(id);
    if (!y)
      get(x.personId).removed.push({ id, kind: x.kind, beforeFen: x.fen, afterFen: 0, explanation: x.explanation });
    else if (y.fen !== x.fen || y.sanctions !== x.sanctions)
      get(x.personId).changed.push({ id, kind: x.kind, beforeFen: x.fen, afterFen: y.fen, explanation: y.explanation });
  }
  for (const [id, y] of b)
    if (!a.has(id))
      get(y.personId).added.push({ id, kind: y.kind, beforeFen: 0, afterFen: y.fen, explanation: y.explanation });
  const list = [...persons.values()]
    .map((p) => ({ ...p, deltaFen: p.afterFen - p.beforeFen }))
    .filter(
      (p) =>
        p.added.length + p.removed.length + p.changed.length > 0 ||
        p.deltaFen !== 0 ||
        p.beforeRewardsFen !== p.afterRewardsFen,
    )
    .sort((x, y) => (x.personId < y.personId ? -1 : 1));
  const beforeFen = before.totals.finesFen;
  const afterFen = after.totals.finesFen;
  return {
    persons: list,
    totals: {
      beforeFen,
      afterFen,
      deltaFen: afterFen - beforeFen,
      beforeRewardsFen: before.totals.rewardsFen,
      afterRewardsFen: after.totals.rewardsFen,
    },
  };
}
