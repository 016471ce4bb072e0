import { CaseRepository, loadCaseFoldSettings, type CaseFoldSettings, type CaseSummary } from '@xinfang/store';
import type { InboxAudience } from '@xinfang/store';
import { townshipRole, unitReporters, type TownshipJobContext } from './job-context';
import { reminderStage, STAGE_LABELS } from './reminder-stage';

type DeadlineKind = 'acceptance' | 'resolution' | 'review' | 're_review';
const KIND_LABELS: Record<DeadlineKind, string> = {
  acceptance: '受理',
  resolution: '办结',
  review: '复查',
  re_review: '复核',
};

/**
 * 受理、办结、复查、复核 deadlines of the township's open cases: a reminder 3 and 1 working days ahead and one when
 * overdue, to the petition office and the reporters of the responsible units; overdue ones to the admin as well.
 */
export async function deadlineReminders(ctx: TownshipJobContext): Promise<void> {
  const cases = new CaseRepository(ctx.store);
  let settings: CaseFoldSettings | undefined;
  let cursor: string | undefined;
  do {
    const page = await cases.list(ctx.tenantId, {}, { limit: 100, ...(cursor ? { cursor } : {}) });
    for (const summary of page.items) {
      for (const [kind, deadline] of openDeadlines(summary)) await remind(ctx, summary, kind, deadline);
      if (summary.status === 'review' || summary.status === 're_review') {
        // Review deadlines are not on the summary: fold the case (few cases are under review at a time).
        settings ??= await loadCaseFoldSettings(ctx.store, ctx.tenantId);
        const state = (await cases.view(ctx.tenantId, summary.id, settings))?.state;
        const deadline = summary.status === 'review' ? state?.reviewDeadline : state?.reReviewDeadline;
        if (deadline) await remind(ctx, summary, summary.status, deadline);
      }
    }
    cursor = page.cursor;
  } while (cursor);
}

function openDeadlines(summary: CaseSummary): [DeadlineKind, string][] {
  if (summary.resolvedOn !== undefined || summary.closedOn !== undefined) return [];
  // Before acceptance the resolution deadline is provisional: remind of acceptance only.
  return summary.acceptedOn === undefined
    ? [['acceptance', summary.acceptanceDeadline]]
    : [['resolution', summary.resolutionDeadline]];
}

async function remind(
  ctx: TownshipJobContext,
  summary: CaseSummary,
  kind: DeadlineKind,
  deadline: string,
): Promise<void> {
  const stage = reminderStage(ctx.calendar, ctx.today, deadline);
  if (!stage) return;
  const audiences: InboxAudience[] = [
    townshipRole(ctx, 'petition_officer'),
    ...summary.responsibleUnitIds.map((u) => unitReporters(ctx, u)),
  ];
  if (stage === 'overdue') audiences.push(townshipRole(ctx, 'township_admin'));
  const topic = summary.summary.length > 30 ? `${summary.summary.slice(0, 30)}…` : summary.summary;
  await ctx.deliver(audiences, {
    id: `deadline:${summary.id}:${kind}:${deadline}:${stage}`,
    topic: 'deadline',
    title: `${KIND_LABELS[kind]}期限${STAGE_LABELS[stage]}：${topic}`,
    body: `事项（${summary.registeredOn}登记）的${KIND_LABELS[kind]}期限为${deadline}，${STAGE_LABELS[stage]}。`,
    link: `/cases/${summary.id}`,
  });
}
