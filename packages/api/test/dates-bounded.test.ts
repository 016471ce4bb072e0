import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

// Every date the API takes is a real day of 2000–2099, in a body, a query or a path: outside that, 400 naming the
// field. Past year 9999 the date arithmetic threw a RangeError (a 500); year 1000 or 2500 is a typo to refuse.
const ctx = useSeededTownship();

async function problemOf(method: string, path: string, body?: unknown, user: DemoUser = people.admin) {
  const headers = { ...(await ctx.as(user)), ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
  const res = await ctx.app.request(`/api/${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const problem = (await res.json()) as { invalidParams?: { path: string }[] };
  // A field may fail twice (out of range, and before another date): named once is what the client reads.
  return { status: res.status, params: [...new Set(problem.invalidParams?.map((p) => p.path))] };
}

const FAR = ['9999-12-31', '2100-01-01', '1999-12-31'];

describe('a date outside 2000–2099', () => {
  it('POST /ledger/evaluations: 400 naming the date (a notice on 9999-12-31 was a 500), and no period is evaluated', async () => {
    for (const far of FAR) {
      const notice = await problemOf('POST', 'ledger/evaluations', {
        from: '2026-01-01',
        to: '2026-03-31',
        noticeOn: far,
      });
      expect({ far, ...notice }).toEqual({ far, status: 400, params: ['body.noticeOn'] });
      const to = await problemOf('POST', 'ledger/evaluations', { from: '2026-01-01', to: far });
      expect({ far, ...to }).toEqual({ far, status: 400, params: ['body.to'] });
    }
    const periods = await ctx.app.request('/api/ledger/periods', { headers: await ctx.as(people.admin) });
    expect(periods.status).toBe(200);
    expect(((await periods.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('queries and paths: 400 naming the parameter', async () => {
    for (const far of FAR) {
      const cases: [string, string, string][] = [
        ['GET', `ledger?period=2026-01-01_${far}`, 'query.period'],
        ['GET', `ledger/overdue?asOf=${far}`, 'query.asOf'],
        ['GET', `org/assignments?activeOn=${far}`, 'query.activeOn'],
        ['GET', `org/responsible?unitId=v1&date=${far}`, 'query.date'],
        ['GET', `cases?registeredFrom=${far}`, 'query.registeredFrom'],
        ['GET', `reports/weekly?weekOf=${far}`, 'query.weekOf'],
        ['PUT', `calendar/overrides/${far}`, 'path.date'],
      ];
      for (const [method, path, param] of cases) {
        const body = method === 'PUT' ? { working: false, name: '假日' } : undefined;
        expect({ path, ...(await problemOf(method, path, body)) }).toEqual({ path, status: 400, params: [param] });
      }
    }
  });

  it('bodies: a case event, an assignment, an assignment end, a payment, a rule publication', async () => {
    for (const far of FAR) {
      const cases: [string, string, unknown, string][] = [
        ['POST', 'cases/c-v1/events', { kind: 'accept', expectedSeq: 99, on: far }, 'body.on'],
        [
          'POST',
          'org/assignments',
          { id: 'a-far', personId: 'p-v', role: 'liaison', unitId: 'o1', from: far },
          'body.from',
        ],
        [
          'POST',
          'org/assignments',
          { id: 'a-far', personId: 'p-v', role: 'liaison', unitId: 'o1', from: '2026-01-01', to: far },
          'body.to',
        ],
        ['POST', 'org/assignments/a2/end', { to: far }, 'body.to'],
        ['POST', 'ledger/payments', { personId: 'p-v', amountFen: 100, paidOn: far, noticeId: 'n' }, 'body.paidOn'],
        ['POST', 'rules/drafts/any/publish', { effectiveFrom: far, version: 1 }, 'body.effectiveFrom'],
      ];
      for (const [method, path, body, param] of cases) {
        expect({ path, far, ...(await problemOf(method, path, body)) }).toEqual({
          path,
          far,
          status: 400,
          params: [param],
        });
      }
    }
  });
});
