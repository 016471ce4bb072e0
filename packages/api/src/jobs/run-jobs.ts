import { createCalendar, type IsoDate } from '@xinfang/domain';
import { loadCalendarOverrides, TenancyRepository, type StoreClients } from '@xinfang/store';
import { deadlineReminders } from './deadline-reminders';
import { fineReminders } from './fine-reminders';
import { inboxDelivery, type DeliveryCounts, type TownshipJobContext } from './job-context';
import { periodEvaluations } from './period-evaluations';
import { screeningReminders } from './screening-reminders';

export interface JobsRunOptions {
  /** The run's date in Asia/Shanghai. */
  date: IsoDate;
  /** The districts whose townships to run (districts have no index of their own: the operator names them). */
  districtIds: readonly string[];
  /** The instant of the run. */
  at: string;
}

export interface TownshipJobsReport extends DeliveryCounts {
  districtId: string;
  townshipId: string;
  /** Ledger periods computed by this run (month-end drafts, the annual settlement). */
  evaluated: string[];
  durationMs: number;
  /** Set when this township's run failed; the other townships still run. */
  error?: string;
}

export interface JobsReport extends DeliveryCounts {
  date: IsoDate;
  townships: TownshipJobsReport[];
  /** Townships whose run failed (see each one's `error`). */
  failed: number;
  durationMs: number;
}

/**
 * The daily routines of every township of the districts: deadline, screening and fine reminders into the inbox,
 * the month-end draft evaluation and the annual settlement. Idempotent: messages have deterministic ids and are
 * put conditionally, evaluations write deterministic keys, so the same day run twice sends nothing twice.
 */
export async function runJobs(store: StoreClients, options: JobsRunOptions): Promise<JobsReport> {
  const started = Date.now();
  const townships: TownshipJobsReport[] = [];
  const tenancy = new TenancyRepository(store);
  for (const districtId of options.districtIds) {
    for (const township of await tenancy.listTownships(districtId)) {
      const scope = { districtId, tenantId: township.id, townshipName: township.name };
      // One township's bad data must not keep the others' reminders back: record the failure and go on.
      townships.push(
        await runTownshipJobs(store, scope, options).catch((error: unknown) => ({
          districtId,
          townshipId: township.id,
          delivered: 0,
          alreadySent: 0,
          evaluated: [],
          durationMs: 0,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        })),
      );
    }
  }
  return {
    date: options.date,
    townships,
    delivered: townships.reduce((n, t) => n + t.delivered, 0),
    alreadySent: townships.reduce((n, t) => n + t.alreadySent, 0),
    failed: townships.filter((t) => t.error !== undefined).length,
    durationMs: Date.now() - started,
  };
}

export async function runTownshipJobs(
  store: StoreClients,
  township: { districtId: string; tenantId: string; townshipName: string },
  options: Pick<JobsRunOptions, 'date' | 'at'>,
): Promise<TownshipJobsReport> {
  const started = Date.now();
  const counts: DeliveryCounts = { delivered: 0, alreadySent: 0 };
  const ctx: TownshipJobContext = {
    store,
    ...township,
    today: options.date,
    calendar: createCalendar({ overrides: await loadCalendarOverrides(store, township.tenantId) }),
    at: options.at,
    deliver: inboxDelivery(store, options.date, options.at, counts),
  };
  // Evaluations first: a month-end draft's notices are then announced by this same run, not by tomorrow's.
  const evaluated = await periodEvaluations(ctx);
  await deadlineReminders(ctx);
  await screeningReminders(ctx);
  await fineReminders(ctx);
  return {
    districtId: township.districtId,
    townshipId: township.tenantId,
    ...counts,
    evaluated,
    durationMs: Date.now() - started,
  };
}
