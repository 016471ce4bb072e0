import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { CliError } from '../cli-error';
import { openStore, type StoreTarget } from '../seed/open-store';
import { seedDemo } from '../seed/seed-demo';

interface SeedOptions extends StoreTarget {
  seed?: number;
  today?: string;
}

function parseSeed(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new InvalidArgumentError('种子应为 0–4294967295 的整数');
  return n;
}

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('日期格式应为 YYYY-MM-DD');
  return value;
}

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description(
      '写入演示数据：一个区、四个乡镇、组织架构、规则和两年的信访事项 (write the demo district). ' +
        'With --data-dir the data stays for `xinfang start --data-dir`; without options it is a dry run in memory.',
    )
    .option('--endpoint <url>', 'a running DynamoDB-compatible endpoint to write to (e.g. another xinfang start)')
    .option('--data-dir <dir>', 'the embedded store on disk: the folder `xinfang start --data-dir` will use')
    .option('--table <name>', 'table name', 'xinfang')
    .option('--seed <n>', 'the random seed (same seed, same data)', parseSeed)
    .option('--today <date>', 'the last day of the data (default: today in Asia/Shanghai)', parseDate)
    .action(async (opts: SeedOptions) => {
      const started = Date.now();
      const opened = await openStore(opts);
      try {
        console.log(`写入位置 (target): ${opened.where}${opts.endpoint || opts.dataDir ? '' : ': a dry run'}`);
        const result = await seedDemo(opened.store, {
          now: new Date(),
          ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
          ...(opts.today ? { today: opts.today } : {}),
          log: (line) => console.log(line),
        });
        if (!result.written)
          throw new CliError(`${result.districtName} (${result.districtId}) 已有数据，未写入。请换一个空的存储。`);
        const cases = result.townships.reduce((n, t) => n + t.cases, 0);
        console.log(
          `完成 (done): ${result.townships.length} 个乡镇, ${cases} 件信访事项, 用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
        );
        console.log('演示用户 (demo users):');
        for (const u of result.users)
          console.log(`  ${u.name}  ${u.tenantName ?? u.districtName ?? ''} ${u.unitName ?? ''} [${u.role}] ${u.id}`);
      } finally {
        await opened.close();
      }
    });
}
