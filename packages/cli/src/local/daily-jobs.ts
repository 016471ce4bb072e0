import { runJobs, type JobsReport } from '@xinfang/api';
import type { StoreClients } from '@xinfang/store';
import { shanghaiToday } from '../seed/shanghai-today';

/** One run of the daily jobs over the districts, dated in Asia/Shanghai; the CLI command and the local timer share it. */
export function runDailyJobs(
  store: StoreClients,
  districtIds: readonly string[],
  at: Date,
  date?: string,
): Promise<JobsReport> {
  return runJobs(store, { date: date ?? shanghaiToday(at), districtIds, at: at.toISOString() });
}

/** One line per township, in Chinese first. */
export function describeJobsReport(report: JobsReport): string[] {
  return [
    ...report.townships.map((t) =>
      t.error
        ? `  ${t.townshipId}: 失败 (failed) ${t.error}`
        : `  ${t.townshipId}: 新消息 ${t.delivered} 条, 已发过 ${t.alreadySent} 条${t.evaluated.length > 0 ? `, 计算台账 ${t.evaluated.join(', ')}` : ''} (${t.durationMs} ms)`,
    ),
    `完成 (done) ${report.date}: ${report.townships.length} 个乡镇, 新消息 ${report.delivered} 条, 重复未发 ${report.alreadySent} 条`,
  ];
}
