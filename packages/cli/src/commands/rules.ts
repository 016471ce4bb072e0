import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import {
  defaultRuleSet,
  diffLedgers,
  evaluate,
  exchangeJsonSchemas,
  validateRuleSetHistory,
  type RulesFile,
} from '@xinfang/domain';
import { CliError } from '../cli-error';
import { diffTable } from './evaluate-table';
import { parseFormat, periodOf, readDataFile, readRulesFile, type PeriodOptions } from './evaluate';

export function defaultRulesFile(): RulesFile {
  return { format: 'xinfang-rules/1', versions: [defaultRuleSet()] };
}

function validate(file: string): void {
  const rules = readRulesFile(file);
  const issues = validateRuleSetHistory(rules.versions);
  if (issues.length > 0) {
    const lines = issues.map((i) => `  versions.${i.path.map(String).join('.')} [${i.code}] ${i.message}`);
    throw new CliError(`规则文件 ${file} 有${issues.length}个问题：\n${lines.join('\n')}`);
  }
  const names = rules.versions.map((v) => `${v.id}（${v.effectiveFrom}起）`).join('、');
  process.stdout.write(`规则文件有效：${rules.versions.length}个版本 ${names}\n`);
}

interface DiffOptions extends PeriodOptions {
  data: string;
  format: string;
}

function diff(oldFile: string, newFile: string, opts: DiffOptions): void {
  const format = parseFormat(opts.format);
  const before = readRulesFile(oldFile);
  const after = readRulesFile(newFile);
  const data = readDataFile(opts.data);
  const period = periodOf(opts, data);
  const run = (r: RulesFile) => evaluate({ ruleVersions: r.versions, org: data.org, cases: data.cases, period });
  const d = diffLedgers(run(before), run(after));
  process.stdout.write(format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : diffTable(d));
}

/** Writes (or with --check, compares) the exchange files' JSON Schemas. */
function schemas(opts: { out: string; check?: boolean }): void {
  const stale: string[] = [];
  for (const [name, schema] of Object.entries(exchangeJsonSchemas())) {
    const path = join(opts.out, name);
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    if (opts.check) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        current = '';
      }
      if (current !== text) stale.push(path);
    } else {
      mkdirSync(opts.out, { recursive: true });
      writeFileSync(path, text);
      process.stdout.write(`已写入 ${path}\n`);
    }
  }
  if (stale.length > 0) throw new CliError(`JSON Schema 已过期，请运行 xinfang rules schemas：${stale.join('、')}`);
}

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('规则文件：默认规则、校验、比较草案 (rule set files)');
  rules
    .command('default')
    .description('输出默认规则（西发〔2020〕16号）的规则文件 (print the default pack as a rules file)')
    .action(() => {
      process.stdout.write(`${JSON.stringify(defaultRulesFile(), null, 2)}\n`);
    });
  rules
    .command('validate <file>')
    .description('校验规则文件：格式、重叠、遗漏、不可能适用的规则行、生效日期 (validate a rules file)')
    .action((file: string) => validate(file));
  rules
    .command('diff <old> <new>')
    .description('如果发布新规则，每个人的罚款会怎样变化 (what changes if this draft is published)')
    .requiredOption('--data <file>', 'data file (xinfang-data/1)')
    .option('--from <date>', 'period start, YYYY-MM-DD')
    .option('--to <date>', 'period end, YYYY-MM-DD')
    .option('--format <format>', 'json or table', 'table')
    .action((oldFile: string, newFile: string, opts: DiffOptions) => diff(oldFile, newFile, opts));
  rules
    .command('schemas')
    .description('生成交换格式的 JSON Schema (write the JSON Schemas of the exchange files)')
    .option('--out <dir>', 'folder to write to', 'docs/schemas')
    .option('--check', 'only check that the files are up to date')
    .action((opts: { out: string; check?: boolean }) => schemas(opts));
}
