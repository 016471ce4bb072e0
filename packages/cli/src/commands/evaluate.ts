import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DataFile, describeIssues, evaluate, IsoDate, RulesFile, type Ledger } from '@xinfang/domain';
import type { z } from 'zod';
import { CliError } from '../cli-error';
import { ledgerTable } from './evaluate-table';

/** Reads a JSON file and parses it with a schema; a bad file names the field path at fault. */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>, what: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`无法读取${what} ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${what} ${file} 不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new CliError(
      `${what} ${file} 不符合格式：\n${describeIssues(parsed.error)
        .map((l) => `  ${l}`)
        .join('\n')}`,
    );
  }
  return parsed.data;
}

export const readDataFile = (file: string) => readJsonFile(file, DataFile, '数据文件');
export const readRulesFile = (file: string) => readJsonFile(file, RulesFile, '规则文件');

export interface PeriodOptions {
  from?: string;
  to?: string;
}

/** --from/--to, or else the whole calendar years that hold the data's visits. */
export function periodOf(opts: PeriodOptions, data: DataFile): { from: string; to: string } {
  for (const [flag, value] of [
    ['--from', opts.from],
    ['--to', opts.to],
  ] as const) {
    if (value !== undefined && !IsoDate.safeParse(value).success)
      throw new CliError(`${flag} 应为 YYYY-MM-DD 格式的日期：${value}`);
  }
  const dates = data.cases.flatMap((c) => c.events.filter((e) => e.kind === 'visit').map((e) => e.on)).sort();
  const from = opts.from ?? (dates[0] ? `${dates[0].slice(0, 4)}-01-01` : undefined);
  const to = opts.to ?? (dates.at(-1) ? `${dates.at(-1)?.slice(0, 4)}-12-31` : undefined);
  if (!from || !to) throw new CliError('数据中没有信访记录，请用 --from 和 --to 指定期间');
  if (from > to) throw new CliError(`期间开始 ${from} 晚于结束 ${to}`);
  return { from, to };
}

export function parseFormat(value: string): 'json' | 'table' {
  if (value !== 'json' && value !== 'table') throw new CliError(`--format 只能是 json 或 table：${value}`);
  return value;
}

interface EvaluateOptions extends PeriodOptions {
  rules: string;
  data: string;
  format: string;
  noticeDate?: string;
  modelTownship?: string;
}

export function runEvaluate(opts: EvaluateOptions): Ledger {
  const rules = readRulesFile(opts.rules);
  const data = readDataFile(opts.data);
  if (opts.noticeDate !== undefined && !IsoDate.safeParse(opts.noticeDate).success)
    throw new CliError(`--notice-date 应为 YYYY-MM-DD：${opts.noticeDate}`);
  const model = opts.modelTownship;
  if (model !== undefined && model !== 'district' && model !== 'city')
    throw new CliError(`--model-township 只能是 district 或 city：${model}`);
  return evaluate({
    ruleVersions: rules.versions,
    org: data.org,
    cases: data.cases,
    period: periodOf(opts, data),
    ...(opts.noticeDate ? { noticeDate: opts.noticeDate } : {}),
    ...(model ? { flags: { modelTownship: model } } : {}),
  });
}

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('按规则文件计算数据文件的罚款、处分、一票否决和奖励 (compute the accountability ledger)')
    .requiredOption('--rules <file>', 'rules file (xinfang-rules/1)')
    .requiredOption('--data <file>', 'data file (xinfang-data/1)')
    .option('--from <date>', "period start, YYYY-MM-DD (default: 1 January of the first visit's year)")
    .option('--to <date>', "period end, YYYY-MM-DD (default: 31 December of the last visit's year)")
    .option('--notice-date <date>', 'date of the penalty notice; payment is due from it (default: the period end)')
    .option('--model-township <level>', 'the township was named a model township by the district or city')
    .option('--format <format>', 'json or table', 'table')
    .action((opts: EvaluateOptions) => {
      const format = parseFormat(opts.format);
      const ledger = runEvaluate(opts);
      process.stdout.write(format === 'json' ? `${JSON.stringify(ledger, null, 2)}\n` : ledgerTable(ledger));
    });
}
