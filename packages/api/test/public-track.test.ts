import { AuditLog, recordStoreCalls } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { QUERY_CODE_ALPHABET } from '../src/query-code/query-code';
import { act, jsonInit, registration, type Summary } from './cases-fixtures';
import { seedOrgs } from './org-fixtures';
import { createTestContext, FIXED_NOW, users, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
}, 60_000);
afterAll(async () => ctx.stop());

const CODE = /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;
type Registered = Summary & { queryCode: string };
type View = Record<string, unknown> & { stage: string; stageLabel: string; handlingUnits: string[]; canRate: boolean };

async function registerWithCode(extra: Record<string, string> = {}): Promise<Registered> {
  const res = await ctx.app.request('/api/cases', jsonInit(await ctx.as(users.officerA), registration(), extra));
  expect(res.status).toBe(201);
  return (await res.json()) as Registered;
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  ctx.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const track = (code: string) => post('/api/public/track', { code });

/** A well-formed code nobody was given (1 in 2^80 that it exists). */
function randomCode(): string {
  let s = '';
  for (let i = 0; i < 16; i += 1) s += QUERY_CODE_ALPHABET[Math.floor(Math.random() * QUERY_CODE_ALPHABET.length)];
  return s.replace(/(.{4})(?=.)/g, '$1-');
}

/** Every item of the table as text, read over the embedded store's own HTTP API (the API package has no AWS SDK). */
async function scanWholeTable(): Promise<string> {
  const res = await fetch(ctx.embedded.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'DynamoDB_20120810.Scan',
      authorization:
        'AWS4-HMAC-SHA256 Credential=local/20260101/cn-north-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
      'x-amz-date': '20260101T000000Z',
    },
    body: JSON.stringify({ TableName: ctx.store.tableName }),
  });
  const text = await res.text();
  expect(res.status, text).toBe(200);
  expect(text).toContain('QC#');
  return text;
}

/** A problem body without what differs per request (its request id). */
async function problemOf(res: Response) {
  const { requestId, ...rest } = (await res.json()) as Record<string, unknown>;
  expect(requestId).toEqual(expect.any(String));
  return { status: res.status, type: res.headers.get('content-type'), body: rest };
}

describe('query codes (查询码)', () => {
  it('gives each registration a distinct 80-bit code in 4 groups of 4, without 0/O/1/I, stored only hashed', async () => {
    const a = await registerWithCode({ 'idempotency-key': 'register-with-code-1' });
    const b = await registerWithCode();
    expect(a.queryCode).toMatch(CODE);
    expect(b.queryCode).toMatch(CODE);
    expect(a.queryCode).not.toBe(b.queryCode);
    // A retried registration does not replay the code: it is never kept in clear, not even for idempotency.
    const replay = await ctx.app.request(
      '/api/cases',
      jsonInit(await ctx.as(users.officerA), registration(), { 'idempotency-key': 'register-with-code-1' }),
    );
    expect(replay.headers.get('idempotency-replayed')).toBe('true');
    expect(await replay.json()).not.toHaveProperty('queryCode');
    const table = await scanWholeTable();
    for (const code of [a.queryCode, b.queryCode]) {
      expect(table).not.toContain(code);
      expect(table).not.toContain(code.replaceAll('-', ''));
    }
  });

  it('finds the case with the code as typed (any case, spaces or no dashes), showing the stage and the unit’s name', async () => {
    const c = await registerWithCode();
    for (const typed of [
      c.queryCode,
      c.queryCode.toLowerCase(),
      c.queryCode.replaceAll('-', ' '),
      c.queryCode.replaceAll('-', ''),
    ]) {
      const res = await track(typed);
      expect(res.status, typed).toBe(200);
      const view = (await res.json()) as View;
      expect(view).toMatchObject({
        stage: 'accepting',
        stageLabel: '受理',
        township: '安镇',
        handlingUnits: ['东村'],
        registeredOn: '2026-06-01',
        canRate: false,
      });
      expect(view.acceptanceDeadline).toEqual(expect.stringMatching(/^2026-06-\d\d$/));
    }
  });

  it('follows the case through 办理 and 办结 and takes the petitioner’s rating once, as the case’s satisfaction event', async () => {
    const c = await registerWithCode();
    let seq = c.lastSeq;
    const step = async (body: Record<string, unknown>) => {
      const res = await act(ctx, users.officerA, c.id, { ...body, expectedSeq: seq });
      expect(res.status, JSON.stringify(body)).toBe(201);
      seq = ((await res.json()) as { seq: number }).seq;
    };
    await step({ kind: 'accept', on: '2026-06-02' });
    expect(await (await track(c.queryCode)).json()).toMatchObject({
      stage: 'handling',
      stageLabel: '办理',
      acceptedOn: '2026-06-02',
    });
    // Not yet closed: no rating.
    const early = await post('/api/public/track/rating', { code: c.queryCode, result: 'satisfied' });
    expect(early.status).toBe(422);
    expect(await early.json()).toMatchObject({ code: 'not_closed' });

    await step({ kind: 'route', on: '2026-06-03' });
    await step({ kind: 'assign', on: '2026-06-03' });
    await step({
      kind: 'close',
      on: '2026-06-10',
      reply: '经核实，补偿款已于6月9日补发到位。',
      note: '内部备注：张书记经办',
    });
    const resolved = (await (await track(c.queryCode)).json()) as View;
    expect(resolved).toMatchObject({
      stage: 'resolved',
      stageLabel: '办结',
      resolvedOn: '2026-06-10',
      reply: '经核实，补偿款已于6月9日补发到位。',
      canRate: true,
    });
    expect(JSON.stringify(resolved)).not.toContain('内部备注');

    const rated = await post('/api/public/track/rating', {
      code: c.queryCode,
      result: 'unsatisfied',
      comment: '金额不对',
    });
    expect(rated.status).toBe(201);
    expect(await rated.json()).toMatchObject({
      rating: { result: 'unsatisfied', label: '不满意', on: '2026-06-15' },
      canRate: false,
      reviewRequest: { kind: 'review', label: '复查', by: '2026-07-10', how: expect.stringContaining('30 日内') },
    });
    const again = await post('/api/public/track/rating', { code: c.queryCode, result: 'satisfied' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'already_rated' });

    // The township sees the rating as the petitioner's own.
    const detail = (await (
      await ctx.app.request(`/api/cases/${c.id}`, { headers: await ctx.as(users.officerA) })
    ).json()) as {
      case: Summary;
      timeline: { kind: string; label: string; note?: string; by?: string; details: Record<string, unknown> }[];
    };
    expect(detail.case.satisfaction).toBe('unsatisfied');
    const rating = detail.timeline.find((e) => e.kind === 'satisfaction');
    expect(rating).toMatchObject({
      label: '满意度评价（信访人自评）：不满意',
      note: '金额不对',
      details: { result: 'unsatisfied', source: 'petitioner' },
    });
    expect(rating?.by).toBeUndefined();
  });

  it('shows no official’s name, petitioner, author or id of the case', async () => {
    const c = await registerWithCode();
    const text = await (await track(c.queryCode)).text();
    for (const secret of [
      '张书记',
      '刘镇长',
      '张三',
      '13800000000',
      users.officerA.id,
      c.id,
      'v-east',
      '征地补偿款未足额发放',
    ])
      expect(text).not.toContain(secret);
  });

  it('revokes a code on reissue: the old code answers exactly as an unknown one, the new one finds the case', async () => {
    const c = await registerWithCode();
    const res = await ctx.app.request(`/api/cases/${c.id}/query-code`, {
      method: 'POST',
      headers: await ctx.as(users.officerA),
    });
    expect(res.status).toBe(201);
    const { queryCode } = (await res.json()) as { queryCode: string };
    expect(queryCode).toMatch(CODE);
    expect((await track(queryCode)).status).toBe(200);
    const revoked = await problemOf(await track(c.queryCode));
    const unknown = await problemOf(await track(randomCode()));
    const malformed = await problemOf(await track('not a code at all!'));
    expect(revoked.status).toBe(404);
    expect(revoked).toEqual(unknown);
    expect(malformed).toEqual(unknown);
    const trail = await new AuditLog(ctx.store).listForTarget('twn-a', 'case', c.id, { limit: 10 });
    expect(trail.items.map((e) => e.action)).toContain('case.query_code.reissue');
    // Another township's officer cannot reissue (the case is not theirs).
    expect(
      (
        await ctx.app.request(`/api/cases/${c.id}/query-code`, {
          method: 'POST',
          headers: await ctx.as(users.officerB),
        })
      ).status,
    ).toBe(404);
  });

  it('finds nothing with 10,000 random codes, each costing the same single GetItem as a revoked or malformed code', async () => {
    const calls = recordStoreCalls(ctx.store.client);
    const statuses = new Map<number, number>();
    const perRequest = new Set<string>();
    for (let batch = 0; batch < 100; batch += 1) {
      calls.clear();
      const answers = await Promise.all(Array.from({ length: 100 }, () => track(randomCode())));
      for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      perRequest.add(JSON.stringify(calls.calls.map((x) => x.command).sort()));
      expect(calls.calls).toHaveLength(100);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 404: 10_000 });
    expect([...perRequest]).toEqual([JSON.stringify(Array.from({ length: 100 }, () => 'GetItem'))]);

    // The same path for a code that once existed and for garbage: one GetItem, by hash, nothing else.
    const c = await registerWithCode();
    await ctx.app.request(`/api/cases/${c.id}/query-code`, { method: 'POST', headers: await ctx.as(users.officerA) });
    for (const code of [c.queryCode, randomCode(), '', 'x'.repeat(64), '0000-OOOO-1111-IIII']) {
      calls.clear();
      const res = await track(code);
      expect(res.status === 404 || res.status === 400, code).toBe(true);
      expect(
        calls.calls.map((x) => x.command),
        code,
      ).toEqual(res.status === 404 ? ['GetItem'] : []);
    }
  }, 300_000);

  it('takes as long for a revoked code as for a random one (medians within a generous factor)', async () => {
    const c = await registerWithCode();
    await ctx.app.request(`/api/cases/${c.id}/query-code`, { method: 'POST', headers: await ctx.as(users.officerA) });
    const time = async (code: string) => {
      const start = performance.now();
      await (await track(code)).arrayBuffer();
      return performance.now() - start;
    };
    const revoked: number[] = [];
    const random: number[] = [];
    // Interleaved, so a busy moment of the machine falls on both alike.
    for (let i = 0; i < 150; i += 1) {
      revoked.push(await time(c.queryCode));
      random.push(await time(randomCode()));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const ratio = median(revoked) / median(random);
    expect(ratio).toBeGreaterThan(1 / 4);
    expect(ratio).toBeLessThan(4);
  }, 120_000);
});

describe('per-IP rate limit of /api/public/*', () => {
  it('answers 429 problem+json with Retry-After once an IP has used its bucket, other IPs unaffected', async () => {
    const limited = createApp({
      store: ctx.store,
      verifier: { verify: () => Promise.reject(new Error('no tokens here')) },
      version: 'test',
      now: () => FIXED_NOW,
      publicRateLimit: { capacity: 3, refillPerMinute: 1, clientKey: (c) => c.req.header('x-test-ip') ?? 'none' },
    });
    const from = (ip: string) =>
      limited.request('/api/public/track', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-ip': ip },
        body: JSON.stringify({ code: randomCode() }),
      });
    for (let i = 0; i < 3; i += 1) expect((await from('10.0.0.1')).status).toBe(404);
    const over = await from('10.0.0.1');
    expect(over.status).toBe(429);
    expect(over.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await over.json()).toMatchObject({ status: 429, title: '请求过于频繁' });
    expect((await from('10.0.0.2')).status).toBe(404);
    // Signed-in routes are not limited by it.
    expect((await limited.request('/api/health')).status).toBeLessThan(429);
  });
});

describe('the public API in the OpenAPI document', () => {
  it('documents /public/track and /public/track/rating without sign-in, with problem+json errors', async () => {
    const doc = (await (await ctx.app.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { security?: unknown; responses: Record<string, { content?: Record<string, unknown> }> }>
      >;
    };
    for (const path of ['/public/track', '/public/track/rating']) {
      const op = doc.paths[path]?.post;
      expect(op, path).toBeDefined();
      expect(op?.security).toBeUndefined();
      expect(Object.keys(op?.responses['404']?.content ?? {})).toEqual(['application/problem+json']);
      expect(Object.keys(op?.responses['429']?.content ?? {})).toEqual(['application/problem+json']);
    }
  });
});
