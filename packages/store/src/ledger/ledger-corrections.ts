import { createHash } from 'node:crypto';
import type {
  CorrectionItem,
  CorrectionProposal,
  CorrectionReason,
  LedgerEntry,
  LedgerReversal,
  SupplementaryNotice,
} from './ledger-items';
import { canonical } from './ledger-item-io';
import type { StoredLedger } from './ledger-periods';

/** The evaluator id an entry revises (a correction's new entry carries it; an issued entry is its own base). */
const baseOf = (e: LedgerEntry) => e.baseId ?? e.entryId;
/** What is owed decides; texts and display fields (explanation, caseNumber) never make a correction. */
const sameMoney = (a: LedgerEntry, b: LedgerEntry) =>
  a.amountFen === b.amountFen && canonical([...a.sanctions].sort()) === canonical([...b.sanctions].sort());
const modifierIds = (e: LedgerEntry) =>
  Array.isArray(e.detail.modifiers)
    ? e.detail.modifiers.map((m: unknown) => (m && typeof m === 'object' && 'id' in m ? String(m.id) : ''))
    : [];

function reasonsFor(before: LedgerEntry | undefined, after: LedgerEntry | undefined): CorrectionReason[] {
  const reasons = new Set<CorrectionReason>();
  if (before && after && before.ruleVersionId !== after.ruleVersionId) reasons.add('rule_version');
  if (
    before?.kind === 'fine' &&
    after &&
    modifierIds(before).includes('no_notice') &&
    !modifierIds(after).includes('no_notice')
  )
    reasons.add('late_notice');
  if (reasons.size === 0) reasons.add('event');
  return [...reasons];
}

/**
 * Each evaluator id's entry as the ledger stands: the latest revision, unless a correction reversed it (then none).
 * Ids an admin reversed by hand are left out: that decision stands, and evaluation proposes nothing for them.
 */
function currentEntries(stored: StoredLedger): {
  current: Map<string, LedgerEntry | undefined>;
  revisions: Map<string, number>;
  byHand: Set<string>;
} {
  const reversal = new Map(stored.reversals.map((r) => [r.reversesId, r]));
  const latest = new Map<string, LedgerEntry>();
  const revisions = new Map<string, number>();
  for (const e of stored.entries) {
    const base = baseOf(e);
    const rev = e.revision ?? 0;
    revisions.set(base, Math.max(revisions.get(base) ?? 0, rev));
    if ((latest.get(base)?.revision ?? 0) <= rev && (e.active || rev > 0)) latest.set(base, e);
  }
  const current = new Map<string, LedgerEntry | undefined>();
  const byHand = new Set<string>();
  for (const [base, e] of latest) {
    const r = reversal.get(e.entryId);
    if (r && !r.correctionId) byHand.add(base);
    current.set(base, r ? undefined : e);
  }
  return { current, revisions, byHand };
}

/**
 * The difference between an issued period as it stands and a fresh evaluation of it, entry by entry: the current
 * entry reversed, the fresh one added under a new revision id, or both. Undefined when nothing would change.
 * The id is a hash of what it would write and of the correction number it builds on, so evaluating again
 * without change gives the same proposal.
 */
export function proposeCorrections(
  stored: StoredLedger,
  fresh: readonly LedgerEntry[],
  persons: ReadonlyMap<string, { name: string; financePaid: boolean }>,
  meta: { at: string; by: string },
): CorrectionProposal | undefined {
  const { current, revisions, byHand } = currentEntries(stored);
  const freshById = new Map(fresh.map((e) => [e.entryId, e]));
  const items: CorrectionItem[] = [];
  for (const base of [...new Set([...current.keys(), ...freshById.keys()])].sort()) {
    if (byHand.has(base)) continue;
    const before = current.get(base);
    const after = freshById.get(base);
    if (before && after && sameMoney(before, after)) continue;
    if (!before && !after) continue;
    const revision = (revisions.get(base) ?? 0) + 1;
    const added = after
      ? { ...after, entryId: `${base}@r${revision}`, baseId: base, revision, active: true }
      : undefined;
    const shape = after ?? before;
    if (!shape) continue;
    items.push({
      baseId: base,
      kind: shape.kind,
      ...(shape.personId ? { personId: shape.personId } : {}),
      ...(shape.unitId ? { unitId: shape.unitId } : {}),
      ...(before ? { reversed: before } : {}),
      ...(added ? { added } : {}),
      netFen: (after?.amountFen ?? 0) - (before?.amountFen ?? 0),
      reasons: reasonsFor(before, after),
    });
  }
  if (items.length === 0) return undefined;
  const net = new Map<string, { fines: number; rewards: number }>();
  for (const i of items) {
    if (!i.personId) continue;
    const cur = net.get(i.personId) ?? { fines: 0, rewards: 0 };
    if (i.kind === 'fine') cur.fines += i.netFen;
    if (i.kind === 'reward') cur.rewards += i.netFen;
    net.set(i.personId, cur);
  }
  const known = new Map(stored.summary.persons.map((p) => [p.personId, p]));
  const personsOut = [...net.entries()].map(([personId, n]) => {
    const p = persons.get(personId) ?? known.get(personId);
    return {
      personId,
      name: p?.name ?? personId,
      financePaid: p?.financePaid ?? false,
      netFinesFen: n.fines,
      netRewardsFen: n.rewards,
    };
  });
  const baseSeq = stored.summary.correctionSeq;
  const proposalId = createHash('sha256')
    .update(`${stored.summary.periodKey}\n${baseSeq}\n${canonical(items)}`)
    .digest('hex')
    .slice(0, 20);
  // The fresh entries carry the correction's id once it exists.
  const withId = items.map((i) => (i.added ? { ...i, added: { ...i.added, correctionId: proposalId } } : i));
  return {
    proposalId,
    periodKey: stored.summary.periodKey,
    baseSeq,
    status: 'pending',
    createdAt: meta.at,
    createdBy: meta.by,
    items: withId,
    persons: personsOut,
  };
}

export const supplementaryNoticeIdOf = (periodKey: string, proposalId: string, personId: string) =>
  `supp:${periodKey}:${proposalId}:${personId}`;

/**
 * What confirming writes: a reversal for every entry reversed, every new entry, and a 补充通知 per person whose
 * fines change.
 */
export function correctionWrites(
  proposal: CorrectionProposal,
  notice: { noticeDate: string; dueOn: (financePaid: boolean) => string },
): { reversals: LedgerReversal[]; entries: LedgerEntry[]; notices: SupplementaryNotice[] } {
  const at = proposal.confirmAt ?? proposal.createdAt;
  const by = proposal.confirmBy ?? proposal.createdBy;
  const reversals: LedgerReversal[] = [];
  const entries: LedgerEntry[] = [];
  for (const i of proposal.items) {
    if (i.reversed) {
      const r = i.reversed;
      reversals.push({
        reversalId: `rev:${r.entryId}`,
        reversesId: r.entryId,
        kind: r.kind,
        ...(r.personId ? { personId: r.personId } : {}),
        ...(r.unitId ? { unitId: r.unitId } : {}),
        amountFen: -r.amountFen,
        reason: `更正${proposal.proposalId}：${i.reasons.map((x) => REASON_TEXT[x]).join('、')}`,
        at,
        by,
        correctionId: proposal.proposalId,
      });
    }
    if (i.added) entries.push(i.added);
  }
  const notices = proposal.persons
    .filter((p) => p.netFinesFen !== 0)
    .map((p) => ({
      noticeId: supplementaryNoticeIdOf(proposal.periodKey, proposal.proposalId, p.personId),
      proposalId: proposal.proposalId,
      personId: p.personId,
      name: p.name,
      financePaid: p.financePaid,
      noticeDate: notice.noticeDate,
      dueOn: notice.dueOn(p.financePaid),
      totalFen: p.netFinesFen,
    }));
  return { reversals, entries, notices };
}

export const REASON_TEXT: Record<CorrectionReason, string> = {
  rule_version: '规则版本变更',
  event: '新增或补录的事项记录',
  late_notice: '通报补录',
};
