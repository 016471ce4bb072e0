import type { Calendar } from '../calendar';
import type { IsoDate } from '../model';
import type { OrgIndex } from '../org';
import { sortSanctions, type RuleSet, type Sanction } from '../rules';
import type { FineEntry, PersonTotal, RetrievalTask, RewardEntry, UnitTotal, VetoEntry } from './ledger';

/** Payment (四(三)5): paid by township finance → N working days after the notice; others → the notice month's end. */
export function dueOn(
  financePaid: boolean,
  noticeDate: IsoDate,
  version: RuleSet | undefined,
  calendar: Calendar,
): IsoDate {
  if (financePaid) return calendar.addWorkingDays(noticeDate, version?.payment.financePaid.workingDays ?? 3);
  return calendar.endOfMonth(noticeDate);
}

export function personTotals(
  fines: readonly FineEntry[],
  rewards: readonly RewardEntry[],
  vetoes: readonly VetoEntry[],
  org: OrgIndex,
  due: (financePaid: boolean) => IsoDate,
): PersonTotal[] {
  const acc = new Map<
    string,
    { finesFen: number; fineCount: number; rewardsFen: number; sanctions: Set<Sanction>; vetoed: boolean }
  >();
  const get = (id: string) => {
    const cur = acc.get(id) ?? {
      finesFen: 0,
      fineCount: 0,
      rewardsFen: 0,
      sanctions: new Set<Sanction>(),
      vetoed: false,
    };
    acc.set(id, cur);
    return cur;
  };
  for (const f of fines) {
    const t = get(f.personId);
    t.finesFen += f.amountFen;
    t.fineCount += 1;
    for (const s of f.sanctions) t.sanctions.add(s);
  }
  for (const r of rewards) if (r.personId) get(r.personId).rewardsFen += r.amountFen;
  for (const v of vetoes) if (v.personId) get(v.personId).vetoed = true;
  return [...acc]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([personId, t]) => {
      const person = org.person(personId);
      const financePaid = person?.financePaid ?? false;
      return {
        personId,
        name: person?.name ?? personId,
        financePaid,
        finesFen: t.finesFen,
        fineCount: t.fineCount,
        rewardsFen: t.rewardsFen,
        sanctions: sortSanctions(t.sanctions),
        vetoed: t.vetoed,
        ...(t.finesFen > 0 ? { dueOn: due(financePaid) } : {}),
      };
    });
}

export function unitTotals(
  fines: readonly FineEntry[],
  rewards: readonly RewardEntry[],
  vetoes: readonly VetoEntry[],
  tasks: readonly RetrievalTask[],
  org: OrgIndex,
): UnitTotal[] {
  const acc = new Map<string, Omit<UnitTotal, 'unitId' | 'name'>>();
  const get = (id: string) => {
    const cur = acc.get(id) ?? { finesFen: 0, rewardsFen: 0, retrievalTasks: 0, vetoed: false };
    acc.set(id, cur);
    return cur;
  };
  for (const f of fines) get(f.unitId).finesFen += f.amountFen;
  for (const r of rewards) if (r.unitId) get(r.unitId).rewardsFen += r.amountFen;
  for (const v of vetoes) if (v.unitId) get(v.unitId).vetoed = true;
  for (const t of tasks) get(t.unitId).retrievalTasks += 1;
  return [...acc]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([unitId, t]) => ({ unitId, name: org.unit(unitId)?.name ?? unitId, ...t }));
}
