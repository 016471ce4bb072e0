import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStoreClients, startEmbeddedStore, TenancyRepository } from '@xinfang/store';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/main';

describe('xinfang seed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinfang-seed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => err.push(String(chunk)) > 0);
    const code = await main(args);
    vi.restoreAllMocks();
    return { code, out: out.join('\n'), err: err.join('') };
  };

  it('writes the demo district into a data folder that xinfang start can open, and lists the demo users', async () => {
    const { code, out } = await run(['seed', '--data-dir', dir, '--today', '2026-06-15']);
    expect(code).toBe(0);
    expect(out).toContain('西集镇');
    expect(out).toContain('完成');
    expect(out).toContain('demo-xiji-officer');

    const embedded = await startEmbeddedStore({ dataDir: dir });
    try {
      const store = createStoreClients({ endpoint: embedded.endpoint, tableName: 'xinfang' });
      const townships = await new TenancyRepository(store).listTownships('dist-demo');
      expect(townships).toHaveLength(4);
    } finally {
      await embedded.stop();
    }
  });

  it('refuses to write the district twice', async () => {
    const { code, err } = await run(['seed', '--data-dir', dir]);
    expect(code).toBe(1);
    expect(err).toContain('已有数据');
  });

  it('rejects a malformed date or seed', async () => {
    expect((await run(['seed', '--today', '2026/06/15'])).code).not.toBe(0);
    expect((await run(['seed', '--seed', 'abc'])).code).not.toBe(0);
  });
});
