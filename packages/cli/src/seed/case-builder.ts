import type { CaseEvent, IsoDate } from '@xinfang/domain';

/** A CaseEvent before it gets its seq: every variant without `seq`. */
export type EventDraft = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'seq'> : never) : never;

/**
 * Collects a case's events in logical order and numbers them by date. Ties keep the order they were
 * added in, so the skeleton (registered → accepted → routed → …) is always added first.
 */
export class CaseBuilder {
  private readonly drafts: EventDraft[] = [];

  constructor(readonly today: IsoDate) {}

  /** Adds an event unless it lies after today (a demo never shows the future). */
  add(draft: EventDraft): boolean {
    if (draft.on > this.today) return false;
    this.drafts.push(draft);
    return true;
  }

  has(kind: CaseEvent['kind']): boolean {
    return this.drafts.some((d) => d.kind === kind);
  }

  events(): CaseEvent[] {
    return this.drafts
      .map((d, i) => ({ d, i }))
      .sort((a, b) => (a.d.on === b.d.on ? a.i - b.i : a.d.on < b.d.on ? -1 : 1))
      .map(({ d }, i): CaseEvent => ({ ...d, seq: i + 1 }));
  }
}
