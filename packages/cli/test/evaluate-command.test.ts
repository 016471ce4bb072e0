import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ledger } from '@xinfang/domain';
import { runCli } from './capture-cli-output';

const repo = join(import.meta.dirname, '../../..');
const demo = join(repo, 'docs/examples/township-demo.json');
const dir = mkdtempSync(join(tmpdir(), 'xinfang-eval-'));

async function rulesFile(): Promise<string> {
  const { stdout } = await runCli(['rules', 'default']);
  const path = join(dir, 'rules.json');
  writeFileSync(path, stdout);
  return path;
}

describe('xinfang evaluate', () => {
  it('prints per-person and per-unit totals in yuan with Chinese headers, then every fine explained', async () => {
    const { code, stdout } = await runCli(['evaluate', '--rules', await rulesFile(), '--data', demo]);
    expect(code).toBe(0);
    expect(stdout).toContain('期间 2026-01-01 至 2026-12-31');
    expect(stdout).toMatch(/编号\s+姓名\s+罚款\(元\)/);
    expect(stdout).toMatch(/p-dong\s+刘东关\s+1650\s+5/);
    expect(stdout).toMatch(/v-bei\s+北村\s+0\s+2000/);
    expect(stdout).toContain(
      '刘东关  c-001  2026-01-20 个人访·到镇（重复1次），规则1b：办事处主要责任人（东关办事处） 100元',
    );
  });

  it('--format json gives the ledger; --from/--to narrow the period', async () => {
    const { code, stdout } = await runCli([
      'evaluate',
      '--rules',
      await rulesFile(),
      '--data',
      demo,
      '--from',
      '2026-01-01',
      '--to',
      '2026-01-31',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const ledger = JSON.parse(stdout) as Ledger;
    // January: only c-001-2 (1b, notified): 刘东关 100元, 周前村 200元.
    expect(ledger.fines.map((f) => [f.personId, f.amountFen])).toEqual([
      ['p-dong', 10000],
      ['p-qian', 20000],
    ]);
    expect(ledger.rewards).toEqual([]);
  });

  it('a bad data file names the field at fault', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'xinfang-data/1',
        org: {
          township: { id: 't', name: '镇', districtId: 'd' },
          units: [{ id: 'v', name: '村', kind: 'village' }],
          people: [],
          assignments: [],
        },
        cases: [],
      }),
    );
    const { code, stderr } = await runCli(['evaluate', '--rules', await rulesFile(), '--data', bad]);
    expect(code).toBe(1);
    expect(stderr).toContain('org.units.0.officeId');
  });

  it('rejects a malformed date', async () => {
    const { code, stderr } = await runCli([
      'evaluate',
      '--rules',
      await rulesFile(),
      '--data',
      demo,
      '--from',
      '2026-13-01',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('--from');
  });
});
