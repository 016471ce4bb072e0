import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { startLocalServer } from '../local/local-server';
import { prepareDemo } from '../local/prepare-demo';
import { DEMO_DISTRICT } from '../seed/generate';

const VERSION = '0.1.0';

function parseWebDist(value: string): string {
  const dir = resolve(value);
  if (!existsSync(join(dir, 'index.html')))
    throw new InvalidArgumentError(`${dir} 里没有 index.html（不是网页的构建结果）`);
  return dir;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('端口应为 0–65535 的整数');
  return port;
}

function parseRate(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('应为 1–100000 的整数');
  return n;
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('启动本地完整系统：嵌入式存储、API、网页和演示数据 (start the whole product locally)')
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', parsePort, 8787)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--data-dir <dir>', 'keep the data on disk in this folder (in memory by default)')
    .option(
      '--public-rate-limit <n>',
      'requests per minute each IP may make to /api/public/* (the tracking page)',
      parseRate,
      30,
    )
    .option('--no-jobs', 'do not run the daily jobs at 06:00 Asia/Shanghai')
    .option(
      '--web-dist <dir>',
      'serve this build of the web app instead of web/dist (to compare two builds)',
      parseWebDist,
    )
    .action(
      async (opts: {
        port: number;
        host: string;
        dataDir?: string;
        publicRateLimit: number;
        jobs: boolean;
        webDist?: string;
      }) => {
        const server = await startLocalServer({
          port: opts.port,
          host: opts.host,
          ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
          ...(opts.webDist ? { webDist: opts.webDist } : {}),
          prepare: prepareDemo,
          publicRateLimit: { capacity: opts.publicRateLimit, refillPerMinute: opts.publicRateLimit },
          version: VERSION,
          ...(opts.jobs ? { jobsForDistricts: [DEMO_DISTRICT.id] } : {}),
        });
        console.log(`xinfang 已启动 (started): ${server.url}`);
        console.log(`  网页 web:       ${server.url}/`);
        console.log(`  API 文档 docs:  ${server.url}/api/docs`);
        if (opts.jobs) console.log('  每日任务 daily jobs: 每天 06:00 (Asia/Shanghai)');
        console.log('  按 Ctrl+C 停止 (press Ctrl+C to stop)');
        await new Promise<void>((resolve) => {
          const stop = () => void server.stop().then(resolve);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      },
    );
}
