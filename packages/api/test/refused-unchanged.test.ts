import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

// A refused write leaves nothing behind: not the record, not a version bump, not an audit entry.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
});
afterAll(async () => ctx.stop());

const send = async (method: string, path: string, body?: unknown) =>
  ctx.app.request(`/api/org${path}`, {
    method,
    headers: { ...(await ctx.as(users.adminA)), 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const orgNow = async () => (await send('GET', '')).json();
const problemOf = async (res: Response) => ({
  status: res.status,
  params: ((await res.json()) as { invalidParams?: { path: string }[] }).invalidParams?.map((p) => p.path),
});

describe('an org write with a field of hundreds of kilobytes', () => {
  it('POST /org/people and /org/units: 400 naming the field, and the org chart is as it was', async () => {
    const before = await orgNow();
    const person = await send('POST', '/people', { id: 'p-huge', name: '张'.repeat(130_000), financePaid: true });
    expect(await problemOf(person)).toEqual({ status: 400, params: ['body.name'] });
    const titled = await send('POST', '/people', {
      id: 'p-title',
      name: '李',
      title: 'x'.repeat(390_000),
      financePaid: true,
    });
    expect(await problemOf(titled)).toEqual({ status: 400, params: ['body.title'] });
    const unit = await send('POST', '/units', { id: 'd-huge', name: 'x'.repeat(390_000), kind: 'department' });
    expect(await problemOf(unit)).toEqual({ status: 400, params: ['body.name'] });
    expect(await orgNow()).toEqual(before);
  });

  it('PUT /org/units/{id} with a 260 KB name: 400 naming the name, and the unit keeps its name and version', async () => {
    const before = await orgNow();
    const put = await send('PUT', '/units/dep-civil', {
      id: 'dep-civil',
      name: 'y'.repeat(260_000),
      kind: 'department',
      population: 0,
      version: 1,
    });
    expect(await problemOf(put)).toEqual({ status: 400, params: ['body.name'] });
    expect(await orgNow()).toEqual(before);
    // The version the caller read is still the one to send.
    const ok = await send('PUT', '/units/dep-civil', {
      id: 'dep-civil',
      name: '民政和社会事务办',
      kind: 'department',
      population: 0,
      version: 1,
    });
    expect(ok.status).toBe(200);
  });
});
