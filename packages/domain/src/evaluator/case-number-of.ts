import type { CaseRecord } from '../model';

/** 编号 of a case as officials read it, straight from its registration (for messages about a case that cannot fold). */
export function caseNumberOf(record: CaseRecord): string {
  for (const e of record.events) if (e.kind === 'registered' && e.number) return e.number;
  return record.id;
}
