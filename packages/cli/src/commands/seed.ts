import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { createStoreClients, ensureTable, startEmbeddedStore, type EmbeddedStore, type StoreClients } from '@xinfang/store';
import { CliError } from '../cli-error';
import { seedDemo } from '../seed/seed-demo';

interface SeedOptions {
  endpoint?: string;
  dataDir?: string;
  table: string;
  seed?: number;
  today?: string;
}

function parseSeed(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new InvalidArgumentError('种子应为 0–4294967295 的整数');
  return n;
}

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('日期格式应为 YYYY-MM-DD');
  return value;
}

/** The store to seed: a running endpoint, the embedded store on a data folder, or (default) a throwaway in-memory one. */
async function openStore(opts: SeedOptions): Promise<{ store: StoreClients; embedded?: EmbeddedStore; where: string }> {
  if (opts.endpoint && opts.dataDir) throw new CliError('--endpoint 和 --data-dir 只能选一个');
  const embedded = opts.endpoint ? undefined : await startEmbeddedStore(opts.dataDir ? { dataDir: opts.dataDir } : {});
  const endpoint = opts.endpoint ?? embedded?.endpoint;
  const store = createStoreClients({ tableName: opts.table, ...(endpoint ? { endpoint } : {}) });
  await ensureTable(store.client, store.tableName);
  const where = opts.endpoint ? opts.endpoint : opts.dataDir ? `数据目录 ${opts.dataDir}` : '临时内存存储 (throwaway in-memory store: a dry run)';
  return { store, ...(embedded ? { embedded } : {}), where };
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
      const { store, embedded, where } = await openStore(opts);
      try {
        console.log(`写入位置 (target): ${where}`);
        const result = await seedDemo(store, {
          now: new Date(),
          ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
          ...(opts.today ? { today: opts.today } : {}),
          log: (line) => console.log(line),
        });
        if (!result.written) throw new CliError(`${result.districtName} (${result.districtId}) 已有数据，未写入。请换一个空的存储。`);
        const cases = result.townships.reduce((n, t) => n + t.cases, 0);
        console.log(`完成 (done): ${result.townships.length} 个乡镇, ${cases} 件信访事项, 用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
        console.log('演示用户 (demo users):');
        for (const u of result.users) console.log(`  ${u.name}  ${u.tenantName ?? u.districtName ?? ''} ${u.unitName ?? ''} [${u.role}] ${u.id}`);
      } finally {
        await embedded?.stop();
      }
    });
}
