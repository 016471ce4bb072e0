import { describe, expect, it } from 'vitest';
import { AuditLog, IdempotencyStore } from '../src';
import { useEmbeddedTable } from './support';

const ctx = useEmbeddedTable();
const entry = (tenantId: string, at: string, id: string, targetId = 'c-1') => ({
  tenantId,
  at,
  id,
  actorId: 'u-1',
  actorRole: 'petition_officer',
  action: 'case.register',
  targetType: 'case',
  targetId,
});

describe('audit log', () => {
  it('lists a tenant month newest first and never another tenant’s entries', async () => {
    const log = new AuditLog(ctx.store());
    await log.record(entry('twn-a', '2026-06-01T01:00:00.000Z', 'a1'));
    await log.record(entry('twn-a', '2026-06-02T01:00:00.000Z', 'a2', 'c-2'));
    await log.record(entry('twn-b', '2026-06-02T02:00:00.000Z', 'b1'));
    const page = await log.listMonth('twn-a', '2026-06');
    expect(page.items.map((i) => i.id)).toEqual(['a2', 'a1']);
    const forCase = await log.listForTarget('twn-a', 'case', 'c-1');
    expect(forCase.items.map((i) => i.id)).toEqual(['a1']);
  });

  it('keeps ids exactly as given (no key lower-casing)', async () => {
    const log = new AuditLog(ctx.store());
    await log.record(entry('Twn-Mixed', '2026-07-01T00:00:00.000Z', 'ID-Upper'));
    expect((await log.listMonth('Twn-Mixed', '2026-07')).items[0]?.id).toBe('ID-Upper');
    expect((await log.listMonth('twn-mixed', '2026-07')).items).toEqual([]);
  });
});

describe('idempotency keys', () => {
  const now = new Date('2026-06-15T00:00:00Z');
  it('claims a key once, replays the stored response, and tells a different request apart', async () => {
    const idem = new IdempotencyStore(ctx.store());
    expect(await idem.claim('twn-a', 'k1', 'fp-1', now)).toEqual({ state: 'new' });
    expect(await idem.claim('twn-a', 'k1', 'fp-1', now)).toEqual({ state: 'in_progress' });
    await idem.complete('twn-a', 'k1', {
      status: 201,
      body: '{"id":"c-9"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(await idem.claim('twn-a', 'k1', 'fp-1', now)).toEqual({
      state: 'replay',
      response: { status: 201, body: '{"id":"c-9"}', headers: { 'content-type': 'application/json' } },
    });
    expect(await idem.claim('twn-a', 'k1', 'fp-other', now)).toEqual({ state: 'mismatch' });
    // The same key in another tenant is another key.
    expect(await idem.claim('twn-b', 'k1', 'fp-1', now)).toEqual({ state: 'new' });
  });

  it('lets a retry take over a claim abandoned in progress (past its lease), and forgets a key past its day', async () => {
    const idem = new IdempotencyStore(ctx.store());
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    expect(await idem.claim('twn-a', 'k3', 'fp', now)).toEqual({ state: 'new' });
    // The first request died without completing or releasing: a retry soon after is still told to wait…
    expect(await idem.claim('twn-a', 'k3', 'fp', at(10))).toEqual({ state: 'in_progress' });
    // …but not for a day: after the lease the retry runs.
    expect(await idem.claim('twn-a', 'k3', 'fp', at(120))).toEqual({ state: 'new' });
    await idem.complete('twn-a', 'k3', { status: 201, body: '{}', headers: {} });
    // A completed answer is replayed for the day, never taken over; after the day (TTL deletion may lag) the key is free.
    expect(await idem.claim('twn-a', 'k3', 'fp-other', at(3600))).toEqual({ state: 'mismatch' });
    expect(await idem.claim('twn-a', 'k3', 'fp-other', at(120 + 24 * 3600 + 1))).toEqual({ state: 'new' });
  });

  it('lets a failed request release its key for a retry', async () => {
    const idem = new IdempotencyStore(ctx.store());
    await idem.claim('twn-a', 'k2', 'fp', now);
    await idem.release('twn-a', 'k2');
    expect(await idem.claim('twn-a', 'k2', 'fp', now)).toEqual({ state: 'new' });
  });
});

describe('audit months', () => {
  it('files an entry made just after midnight in Shanghai under the Shanghai month', async () => {
    const log = new AuditLog(ctx.store());
    // 2026-07-31T16:30Z is 2026-08-01 00:30 in Asia/Shanghai.
    await log.record(entry('twn-month', '2026-07-31T16:30:00.000Z', 'm1'));
    expect((await log.listMonth('twn-month', '2026-08')).items.map((i) => i.id)).toEqual(['m1']);
    expect((await log.listMonth('twn-month', '2026-07')).items).toEqual([]);
  });
});

describe('district scope keys', () => {
  it('files a district’s own audit entries under its D# key, apart from any township', async () => {
    const log = new AuditLog(ctx.store());
    await log.record(entry('district:dist-x', '2026-05-03T02:00:00.000Z', 'd1'));
    expect((await log.listMonth('district:dist-x', '2026-05')).items.map((i) => i.id)).toEqual(['d1']);
    expect((await log.listMonth('dist-x', '2026-05')).items).toEqual([]);
  });
});
