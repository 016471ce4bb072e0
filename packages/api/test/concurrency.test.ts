import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { registration, type Summary } from './cases-fixtures';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

// Two requests are started together (Promise.all) against one app and one store: the conditional writes of the
// store decide the race, and whatever the order, exactly one wins and the other learns the current state.
const ctx = useSeededTownship();

const send = async (user: DemoUser, method: string, path: string, body: unknown, extra: Record<string, string> = {}) =>
  ctx.app.request(`/api/${path}`, json({ ...(await ctx.as(user)), ...extra }, body, method));
const get = async <T>(path: string, user: DemoUser = people.admin): Promise<T> => {
  const res = await ctx.app.request(`/api/${path}`, { headers: await ctx.as(user) });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
};

/** Runs both bodies at once; exactly one must answer `ok` (the winner) and the other 409 (the loser). */
async function race<B>(bodies: readonly [B, B], run: (body: B) => Promise<Response>, ok = 200) {
  const [a, b] = await Promise.all([run(bodies[0]), run(bodies[1])]);
  const first = { res: a, body: bodies[0] };
  const second = { res: b, body: bodies[1] };
  const [winner, loser] = a.status === ok ? [first, second] : [second, first];
  expect(winner.res.status).toBe(ok);
  expect(loser.res.status).toBe(409);
  return { winner, loser };
}

interface Unit {
  id: string;
  name: string;
  version: number;
}

describe('two updates of one unit at once', () => {
  it('saves one (200), answers the other 409 with the current version, and the retry saves it too', async () => {
    const before = (await get<{ items: Unit[] }>('org/units')).items.find((u) => u.id === 'dep1');
    expect(before?.version).toBe(1);
    const base = { id: 'dep1', kind: 'department', population: 0, version: 1 };
    const { winner, loser } = await race(
      [
        { ...base, name: '民政和社会事务办' },
        { ...base, name: '社会事务办' },
      ],
      (b) => send(people.admin, 'PUT', 'org/units/dep1', b),
    );
    expect(await winner.res.json()).toMatchObject({ id: 'dep1', name: winner.body.name, version: 2 });
    expect(await loser.res.json()).toMatchObject({ status: 409, code: 'version_conflict', currentVersion: 2 });
    const stored = (await get<{ items: Unit[] }>('org/units')).items.find((u) => u.id === 'dep1');
    expect(stored).toMatchObject({ name: winner.body.name, kind: 'department', population: 0, version: 2 });

    const retry = await send(people.admin, 'PUT', 'org/units/dep1', { ...loser.body, version: 2 });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ name: loser.body.name, version: 3 });
  });
});

interface Timeline {
  case: Summary;
  timeline: { seq: number; kind: string; details: { visitId?: string } }[];
}

describe('two events on one case at once', () => {
  it('appends one at the next seq, answers the other 409 with the current seq, and the retry lands after it', async () => {
    const registered = await send(
      people.officer,
      'POST',
      'cases',
      registration({ originUnitId: 'v1', responsibleUnitIds: ['v1'], category: '并发-事件' }),
    );
    expect(registered.status).toBe(201);
    const c = (await registered.json()) as Summary;
    const visit = (visitId: string) => ({
      kind: 'visit',
      expectedSeq: c.lastSeq,
      visitId,
      channel: 'visit',
      level: 'township',
      form: 'individual',
      headcount: 1,
    });
    const { winner, loser } = await race(
      [visit('race-a'), visit('race-b')],
      (b) => send(people.officer, 'POST', `cases/${c.id}/events`, b),
      201,
    );
    expect(await winner.res.json()).toMatchObject({ seq: c.lastSeq + 1 });
    expect(await loser.res.json()).toMatchObject({ status: 409, code: 'stale_case', currentSeq: c.lastSeq + 1 });

    const afterRace = await get<Timeline>(`cases/${c.id}`, people.officer);
    expect(afterRace.timeline.filter((e) => e.details.visitId === winner.body.visitId)).toHaveLength(1);
    expect(afterRace.timeline.some((e) => e.details.visitId === loser.body.visitId)).toBe(false);

    const retry = await send(people.officer, 'POST', `cases/${c.id}/events`, {
      ...loser.body,
      expectedSeq: c.lastSeq + 1,
    });
    expect(retry.status).toBe(201);
    const final = await get<Timeline>(`cases/${c.id}`, people.officer);
    expect(final.timeline.filter((e) => e.kind === 'visit').map((e) => [e.seq, e.details.visitId])).toEqual([
      [c.lastSeq, expect.any(String)], // the first visit, recorded with the registration
      [c.lastSeq + 1, winner.body.visitId],
      [c.lastSeq + 2, loser.body.visitId],
    ]);
    expect(final.case.visitCount).toBe(3);
  });
});

describe('two updates of one rule draft at once', () => {
  it('saves one and answers the other 409 with the current version', async () => {
    const created = await send(people.admin, 'POST', 'rules/drafts', {});
    expect(created.status).toBe(201);
    const draft = (await created.json()) as { draftId: string; version: number; ruleSet: { name: string } };
    const edit = (name: string) => ({ version: draft.version, ruleSet: { ...draft.ruleSet, name } });
    const { winner, loser } = await race([edit('修订甲'), edit('修订乙')], (b) =>
      send(people.admin, 'PUT', `rules/drafts/${draft.draftId}`, b),
    );
    expect(await loser.res.json()).toMatchObject({ status: 409, currentVersion: draft.version + 1 });
    const stored = await get<{ version: number; ruleSet: { name: string } }>(`rules/drafts/${draft.draftId}`);
    expect(stored).toMatchObject({ version: draft.version + 1, ruleSet: { name: winner.body.ruleSet.name } });
  });
});

describe('Idempotency-Key on POST /api/cases', () => {
  const register = (category: string, key: string, over: Record<string, unknown> = {}) =>
    send(
      people.officer,
      'POST',
      'cases',
      registration({ originUnitId: 'v1', responsibleUnitIds: ['v1'], category, ...over }),
      { 'idempotency-key': key },
    );
  const listed = async (category: string) =>
    (await get<{ items: Summary[] }>(`cases?q=${encodeURIComponent(category)}`, people.officer)).items;

  it('replays a sequential retry with the same body and refuses the key for another body (422)', async () => {
    const first = await register('幂等-顺序', 'concurrency-seq-1');
    expect(first.status).toBe(201);
    const firstBody = await first.text();
    expect(first.headers.get('idempotency-replayed')).toBeNull();
    const again = await register('幂等-顺序', 'concurrency-seq-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    // The query code is shown once and never stored in clear, so the replay is the first answer without it.
    const { queryCode, ...withoutCode } = JSON.parse(firstBody) as Record<string, unknown>;
    expect(queryCode).toEqual(expect.any(String));
    expect(JSON.parse(await again.text())).toEqual(withoutCode);
    const other = await register('幂等-顺序', 'concurrency-seq-1', { summary: '另一件事' });
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ code: 'idempotency_key_reused' });
    expect(await listed('幂等-顺序')).toHaveLength(1);
  });

  it('creates one case for two identical requests sent at once', async () => {
    const [a, b] = await Promise.all([
      register('幂等-并发', 'concurrency-par-1'),
      register('幂等-并发', 'concurrency-par-1'),
    ]);
    if (!a || !b) throw new Error('two responses expected');
    const created = [a, b].filter((r) => r.status === 201 && r.headers.get('idempotency-replayed') === null);
    expect(created).toHaveLength(1);
    // The other one either waited for nothing (409: still running, retry later) or came after it (the replay).
    const other = created[0] === a ? b : a;
    if (other.status === 201) expect(other.headers.get('idempotency-replayed')).toBe('true');
    else expect(await other.json()).toMatchObject({ status: 409, code: 'idempotency_in_progress' });
    const cases = await listed('幂等-并发');
    expect(cases).toHaveLength(1);
    expect(((await created[0]?.json()) as Summary).id).toBe(cases[0]?.id);
    // After the first finished, a retry gets the stored answer, and still no second case.
    const retry = await register('幂等-并发', 'concurrency-par-1');
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(await listed('幂等-并发')).toHaveLength(1);
  });
});
