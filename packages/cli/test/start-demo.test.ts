import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { startLocalServer, type LocalServer } from '../src/local/local-server';
import { prepareDemo } from '../src/local/prepare-demo';
import { runCli } from './capture-cli-output';

interface ListedUser {
  id: string;
  name: string;
  role: string;
  roleLabel: string;
  tenantId?: string;
  unitId?: string;
}

const isListedUser = (u: unknown): u is ListedUser =>
  typeof u === 'object' &&
  u !== null &&
  'id' in u &&
  typeof u.id === 'string' &&
  'role' in u &&
  typeof u.role === 'string' &&
  'roleLabel' in u;

describe('xinfang start with the demo data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinfang-start-'));
  let server: LocalServer | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await server?.stop();
    server = undefined;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const start = async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    server = await startLocalServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: dir,
      webDist: join(dir, 'no-web'),
      prepare: prepareDemo,
      version: 'test',
    });
    vi.restoreAllMocks();
    return lines.join('\n');
  };

  const users = async (url: string): Promise<ListedUser[]> => {
    const body: unknown = await (await fetch(`${url}/auth/users`)).json();
    return Array.isArray(body) ? body.filter(isListedUser) : [];
  };

  const tokenFor = async (url: string, userId: string): Promise<string> => {
    const body: unknown = await (
      await fetch(`${url}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId }),
      })
    ).json();
    return typeof body === 'object' && body !== null && 'token' in body && typeof body.token === 'string'
      ? body.token
      : '';
  };

  it('seeds an empty store township by township and offers every demo role on the sign-in page', async () => {
    const output = await start();
    expect(output).toContain('西集镇');
    expect(output).toContain('清水镇');
    const url = server?.url ?? '';
    const listed = await users(url);
    expect(listed).toHaveLength(18);
    expect(new Set(listed.map((u) => u.roleLabel))).toEqual(
      new Set(['信访室干部', '乡镇管理员', '单位信息员', '审计', '区信访局']),
    );

    // A township admin sees the seeded cases; its unit reporter only its own unit's.
    const admin = listed.find((u) => u.id === 'demo-xiji-admin');
    const reporter = listed.find((u) => u.id === 'demo-xiji-reporter');
    const list = async (userId: string) => {
      const res = await fetch(`${url}/api/cases?limit=100`, {
        headers: { authorization: `Bearer ${await tokenFor(url, userId)}` },
      });
      const body: unknown = await res.json();
      return typeof body === 'object' && body !== null && 'items' in body && Array.isArray(body.items)
        ? body.items
        : [];
    };
    const all = await list(admin?.id ?? '');
    const own = await list(reporter?.id ?? '');
    expect(all.length).toBeGreaterThan(30);
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(all.length);
  });

  it('keeps a data folder as it is on the next start, with the same users', async () => {
    const output = await start();
    expect(output).toContain('已有演示数据');
    expect(output).not.toContain('正在写入');
    expect((await users(server?.url ?? '')).map((u) => u.id)).toContain('demo-qingshui-reporter');
  });
});

describe('xinfang start --web-dist', () => {
  it('refuses a folder that holds no build of the web app, before starting anything', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'xinfang-no-web-'));
    try {
      const run = await runCli(['start', '--port', '0', '--no-jobs', '--web-dist', empty]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('没有 index.html');
      expect(run.stdout).not.toContain('已启动');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
