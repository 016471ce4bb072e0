import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { CliError } from '../cli-error';
import { describeJobsReport, runDailyJobs } from '../local/daily-jobs';
import { DEMO_DISTRICT } from '../seed/generate';
import { openStore, type StoreTarget } from '../seed/open-store';

interface JobsOptions extends StoreTarget {
  date?: string;
  district: string[];
}

function parseDate(value: string): string {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new InvalidArgumentError('日期格式应为 YYYY-MM-DD');
  return value;
}

const collect = (value: string, previous: string[]) => (previous.includes(value) ? previous : [...previous, value]);

export function registerJobs(program: Command): void {
  const jobs = program
    .command('jobs')
    .description('每日例行任务：期限提醒、排查台账、罚款到期、月度考核、年度结算 (the daily routines)');
  jobs
    .command('run')
    .description(
      '运行一次每日任务，提醒写入站内消息；同一天重复运行不会重复提醒 (run the daily jobs once; idempotent per day)',
    )
    .option('--date <date>', 'the day to run for, YYYY-MM-DD (default: today in Asia/Shanghai)', parseDate)
    .option('--district <id>', 'a district whose townships to run (repeatable)', collect, [])
    .option('--endpoint <url>', 'a running DynamoDB-compatible endpoint')
    .option('--data-dir <dir>', 'the embedded store on disk (the folder of `xinfang start --data-dir`)')
    .option('--table <name>', 'table name', 'xinfang')
    .action(async (opts: JobsOptions) => {
      const opened = await openStore(opts);
      try {
        console.log(`运行位置 (target): ${opened.where}`);
        const districts = opts.district.length > 0 ? opts.district : [DEMO_DISTRICT.id];
        const report = await runDailyJobs(opened.store, districts, new Date(), opts.date);
        for (const line of describeJobsReport(report)) console.log(line);
        if (report.failed > 0) throw new CliError(`${report.failed} 个乡镇的任务失败，见上文 (see above)`);
      } finally {
        await opened.close();
      }
    });
}
