import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The CLI first: @xinfang/api names domain schemas with .openapi(), which needs @hono/zod-openapi loaded before them.
import { runCli } from './capture-cli-output';
import { RulesFile } from '@xinfang/domain';

const repo = join(import.meta.dirname, '../../..');
const demo = join(repo, 'docs/examples/township-demo.json');
const dir = mkdtempSync(join(tmpdir(), 'xinfang-rules-'));

async function defaultRules(): Promise<RulesFile> {
  const { stdout, code } = await runCli(['rules', 'default']);
  expect(code).toBe(0);
  return RulesFile.parse(JSON.parse(stdout));
}

function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('xinfang rules', () => {
  it('default prints a valid rules file with rows 1a–5b', async () => {
    const rules = await defaultRules();
    expect(rules.versions[0]?.penaltyRows.map((r) => r.id)).toEqual([
      '1a',
      '1b',
      '1c',
      '2a',
      '2b',
      '2c',
      '2d',
      '3a',
      '3b',
      '4a',
      '4b',
      '5a',
      '5b',
    ]);
    const { code, stdout } = await runCli(['rules', 'validate', write('default.json', rules)]);
    expect(code).toBe(0);
    expect(stdout).toContain('规则文件有效：1个版本');
  });

  it('validate names the rows that overlap and exits non-zero', async () => {
    const rules = await defaultRules();
    const v = rules.versions[0];
    if (!v) throw new Error('no version');
    const rows = v.penaltyRows.map((r) => (r.id === '1b' ? { ...r, repeats: { min: 1, max: 3 } } : r));
    const { code, stderr } = await runCli([
      'rules',
      'validate',
      write('overlap.json', { ...rules, versions: [{ ...v, penaltyRows: rows }] }),
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('[overlap] 规则1b与规则1c重叠：个人访·到镇·重复3次');
  });

  it('a bad file gets the field path at fault and a non-zero exit', async () => {
    const rules = await defaultRules();
    const broken = JSON.parse(JSON.stringify(rules)) as {
      versions: { penaltyRows: { amounts?: { officeHeadFen: unknown } }[] }[];
    };
    const row = broken.versions[0]?.penaltyRows[1];
    if (row?.amounts) row.amounts.officeHeadFen = '100';
    const { code, stderr } = await runCli(['rules', 'validate', write('broken.json', broken)]);
    expect(code).toBe(1);
    expect(stderr).toContain('versions.0.penaltyRows.1.amounts.officeHeadFen');
    const notJson = await runCli(['rules', 'validate', write('not.json', '{')]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('不是有效的 JSON');
  });

  it('diff shows per person what publishing a draft changes', async () => {
    const rules = await defaultRules();
    const v = rules.versions[0];
    if (!v) throw new Error('no version');
    // Draft: row 1b office heads 150元 instead of 100元. In the demo, c-001-2 (1b, notified) charges 刘东关 100元 → 150元.
    const draft = {
      ...rules,
      versions: [
        {
          ...v,
          penaltyRows: v.penaltyRows.map((r) =>
            r.id === '1b' ? { ...r, amounts: { officeHeadFen: 15000, villageHeadFen: 20000 } } : r,
          ),
        },
      ],
    };
    const oldFile = write('old.json', rules);
    const newFile = write('new.json', draft);
    const { code, stdout } = await runCli(['rules', 'diff', oldFile, newFile, '--data', demo, '--format', 'json']);
    expect(code).toBe(0);
    const diff = JSON.parse(stdout) as { persons: { personId: string; deltaFen: number; changed: unknown[] }[] };
    // 刘东关: c-001-2 +50元. 沈民政 (民政办, c-005-2/3 1b unnotified): 75元 instead of 50元, twice: +50元.
    expect(diff.persons.map((p) => [p.personId, p.deltaFen, p.changed.length])).toEqual([
      ['p-dong', 5000, 1],
      ['p-minzheng', 5000, 2],
    ]);
    const table = await runCli(['rules', 'diff', oldFile, newFile, '--data', demo]);
    expect(table.stdout).toContain('罚款合计：14900元 → 15000元（变化 100元）');
  });

  it('the committed JSON Schemas match the exchange schemas', async () => {
    const { code, stderr } = await runCli(['rules', 'schemas', '--check', '--out', join(repo, 'docs/schemas')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, 'docs/schemas/xinfang-rules-1.schema.json'), 'utf8'))).toHaveProperty(
      'properties.versions',
    );
  });
});
