import type { RuleSet } from '@xinfang/domain';
import { AuditLog } from '@xinfang/store';
import { describe, expect, it } from 'vitest';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

const ctx = useSeededTownship();

interface Draft {
  draftId: string;
  version: number;
  ruleSet: RuleSet;
  basedOn: string;
}

async function newDraft(body: unknown = {}): Promise<Draft> {
  const res = await ctx.app.request('/api/rules/drafts', json(await ctx.as(people.admin), body));
  expect(res.status).toBe(201);
  return (await res.json()) as Draft;
}

const withRow = (
  rs: RuleSet,
  rowId: string,
  change: (row: RuleSet['penaltyRows'][number]) => RuleSet['penaltyRows'][number],
): RuleSet => ({
  ...rs,
  penaltyRows: rs.penaltyRows.map((r) => (r.id === rowId ? change(r) : r)),
});

describe('rule versions', () => {
  it('lists the history with the version in force today', async () => {
    const res = await ctx.app.request('/api/rules/versions', { headers: await ctx.as(people.officer) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      items: [{ versionId: 'v2020', effectiveFrom: '2020-01-01' }],
      inForceId: 'v2020',
    });
  });

  it('returns one version, and 404 for an unknown one or another township’s', async () => {
    const ok = await ctx.app.request('/api/rules/versions/v2020', { headers: await ctx.as(people.auditor) });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { ruleSet: RuleSet }).ruleSet.penaltyRows).toHaveLength(13);
    expect((await ctx.app.request('/api/rules/versions/nope', { headers: await ctx.as(people.admin) })).status).toBe(
      404,
    );
    expect((await ctx.app.request('/api/rules/versions/v2020', { headers: await ctx.as(people.adminB) })).status).toBe(
      404,
    );
  });

  it('needs a token and a reading role', async () => {
    expect((await ctx.app.request('/api/rules/versions')).status).toBe(401);
    expect(
      (await ctx.app.request('/api/rules/versions', { headers: await ctx.as(people.villageReporter) })).status,
    ).toBe(403);
    expect((await ctx.app.request('/api/rules/versions', { headers: await ctx.as(people.overseer) })).status).toBe(403);
  });
});

describe('rule drafts', () => {
  it('starts from the latest published version, or the default pack, and is audited', async () => {
    const fromLatest = await newDraft();
    expect(fromLatest).toMatchObject({ basedOn: 'v2020', version: 1 });
    const fromDefault = await newDraft({ from: 'default' });
    expect(fromDefault.basedOn).toBe('default');
    const log = await new AuditLog(ctx.store).listForTarget('twn-a', 'rule_draft', fromLatest.draftId);
    expect(log.items.map((i) => i.action)).toEqual(['rules.draft.create']);
    const list = (await (
      await ctx.app.request('/api/rules/drafts', { headers: await ctx.as(people.auditor) })
    ).json()) as { items: Draft[] };
    expect(list.items.map((d) => d.draftId)).toEqual(expect.arrayContaining([fromLatest.draftId, fromDefault.draftId]));
  });

  it('replays a create with the same Idempotency-Key instead of making a second draft', async () => {
    const headers = { ...(await ctx.as(people.admin)), 'idempotency-key': 'draft-create-0001' };
    const first = await ctx.app.request('/api/rules/drafts', json(headers, {}));
    const again = await ctx.app.request('/api/rules/drafts', json(headers, {}));
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(((await again.json()) as Draft).draftId).toBe(((await first.json()) as Draft).draftId);
  });

  it('refuses an unknown source version (422) and writers other than the admin (403)', async () => {
    const res = await ctx.app.request('/api/rules/drafts', json(await ctx.as(people.admin), { from: 'v-none' }));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ invalidParams: [{ path: 'body.from' }] });
    expect((await ctx.app.request('/api/rules/drafts', json(await ctx.as(people.officer), {}))).status).toBe(403);
  });

  it('updates with the version it was read at; a stale version gets 409 with the current one', async () => {
    const d = await newDraft();
    const headers = await ctx.as(people.admin);
    const ok = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}`,
      json(headers, { version: 1, ruleSet: { ...d.ruleSet, name: '2026年修订' } }, 'PUT'),
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ version: 2, ruleSet: { name: '2026年修订' } });
    const stale = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}`,
      json(headers, { version: 1, ruleSet: d.ruleSet }, 'PUT'),
    );
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ currentVersion: 2 });
    const got = await ctx.app.request(`/api/rules/drafts/${d.draftId}`, { headers: await ctx.as(people.officer) });
    expect(await got.json()).toMatchObject({ version: 2, ruleSet: { name: '2026年修订' } });
  });

  it('names the field at fault for a malformed rule set (400) and answers 404 for an unknown draft', async () => {
    const d = await newDraft();
    const headers = await ctx.as(people.admin);
    const bad = withRow(d.ruleSet, '1b', (r) => ({ ...r, amounts: { officeHeadFen: 100.5, villageHeadFen: 20000 } }));
    const res = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}`,
      json(headers, { version: 1, ruleSet: bad }, 'PUT'),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      invalidParams: [{ path: 'body.ruleSet.penaltyRows[1].amounts.officeHeadFen' }],
    });
    expect(
      (await ctx.app.request('/api/rules/drafts/none', json(headers, { version: 1, ruleSet: d.ruleSet }, 'PUT')))
        .status,
    ).toBe(404);
    expect((await ctx.app.request('/api/rules/drafts/none', { headers })).status).toBe(404);
  });

  it('validates a draft, naming the row of each issue', async () => {
    const d = await newDraft();
    const headers = await ctx.as(people.admin);
    const overlapping = withRow(d.ruleSet, '1b', (r) => ({ ...r, repeats: { min: 1, max: 3 } }));
    await ctx.app.request(`/api/rules/drafts/${d.draftId}`, json(headers, { version: 1, ruleSet: overlapping }, 'PUT'));
    const res = await ctx.app.request(`/api/rules/drafts/${d.draftId}/validate`, { method: 'POST', headers });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { valid: boolean; issues: { code: string; rowId?: string; message: string }[] };
    expect(body.valid).toBe(false);
    // The overlap, and the default pack's test case for 1c (repeats 3 now falls under 1b) that it breaks.
    expect(body.issues).toEqual([
      expect.objectContaining({ code: 'overlap', rowId: '1c' }),
      expect.objectContaining({ code: 'test_failed', path: ['tests', 2] }),
    ]);
    // and it cannot be published
    const pub = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/publish`,
      json(headers, { effectiveFrom: '2026-07-01', version: 2 }),
    );
    expect(pub.status).toBe(422);
    expect(await pub.json()).toMatchObject({
      code: 'invalid_rules',
      invalidParams: [{ path: 'ruleSet.penaltyRows[2]' }, { path: 'ruleSet.tests[2]' }],
    });
  });
});

describe('validating an unsaved rule table', () => {
  it('names the overlapping row and a schema problem by its path, and saves nothing', async () => {
    const d = await newDraft();
    const headers = await ctx.as(people.admin);
    const overlapping = withRow(d.ruleSet, '1b', (r) => ({ ...r, repeats: { min: 1, max: 3 } }));
    const res = await ctx.app.request('/api/rules/validate', json(headers, { ruleSet: overlapping }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      valid: false,
      issues: [{ code: 'overlap', rowId: '1c', otherRowId: '1b' }, { code: 'test_failed' }],
    });
    const negative = withRow(d.ruleSet, '1b', (r) => ({ ...r, amounts: { officeHeadFen: -1, villageHeadFen: 0 } }));
    const bad = (await (await ctx.app.request('/api/rules/validate', json(headers, { ruleSet: negative }))).json()) as {
      issues: { code: string; path: unknown[] }[];
    };
    expect(bad.issues).toEqual([
      expect.objectContaining({ code: 'schema', path: ['penaltyRows', 1, 'amounts', 'officeHeadFen'] }),
    ]);
    const ok = await ctx.app.request('/api/rules/validate', json(headers, { ruleSet: d.ruleSet }));
    expect(await ok.json()).toMatchObject({ valid: true, issues: [] });
    const stored = (await (await ctx.app.request(`/api/rules/drafts/${d.draftId}`, { headers })).json()) as Draft;
    expect(stored.version).toBe(1);
    expect(
      (await ctx.app.request('/api/rules/validate', json(await ctx.as(people.villageReporter), { ruleSet: d.ruleSet })))
        .status,
    ).toBe(403);
  });
});

// In the second township (东岭镇): saving cases there leaves the first one's default cases to the other tests.
describe('saved rule test cases', () => {
  const strict = {
    id: 'village-2500',
    name: '经区级通报的进京重复访：村主要责任人2500元',
    unit: 'village',
    level: 'national',
    form: 'individual',
    repeats: 2,
    notified: true,
    expect: { villageHeadFen: 250000 },
  };

  it('offers the default pack’s cases from the seed until the township saves its own', async () => {
    const res = await ctx.app.request('/api/rules/tests', { headers: await ctx.as(people.adminB) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: number; isDefault: boolean; cases: { id: string; name: string }[] };
    expect(body).toMatchObject({ version: 0, isDefault: true });
    expect(body.cases.map((c) => c.name)).toContain('经区级通报的进京重复访：村主要责任人2000元');
  });

  it('a failing case blocks publishing until the draft meets it', async () => {
    const headers = await ctx.as(people.adminB);
    const saved = await ctx.app.request('/api/rules/tests', json(headers, { version: 0, cases: [strict] }, 'PUT'));
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ version: 1, isDefault: false });
    const created = await ctx.app.request('/api/rules/drafts', json(headers, {}));
    expect(created.status).toBe(201);
    const d = (await created.json()) as Draft;
    const check = (await (
      await ctx.app.request(`/api/rules/drafts/${d.draftId}/validate`, { method: 'POST', headers })
    ).json()) as {
      valid: boolean;
      issues: { code: string; path: unknown[]; message: string }[];
      tests: { id: string; passed: boolean }[];
    };
    expect(check.valid).toBe(false);
    expect(check.issues).toEqual([
      {
        path: ['tests', 0],
        code: 'test_failed',
        message: '规则测试用例“经区级通报的进京重复访：村主要责任人2500元”未通过：村主要责任人应为2500元，实际2000元',
      },
    ]);
    expect(check.tests).toEqual([expect.objectContaining({ id: 'village-2500', passed: false })]);
    const refused = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/publish`,
      json(headers, { effectiveFrom: '2027-01-01', version: 1 }),
    );
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      code: 'invalid_rules',
      invalidParams: [{ path: 'ruleSet.tests[0]' }],
    });

    const raised = withRow(d.ruleSet, '5b', (r) => ({
      ...r,
      amounts: { officeHeadFen: 100000, villageHeadFen: 250000 },
    }));
    const unsaved = await ctx.app.request('/api/rules/validate', json(headers, { ruleSet: raised }));
    expect(await unsaved.json()).toMatchObject({
      valid: true,
      issues: [],
      tests: [{ id: 'village-2500', passed: true }],
    });
    await ctx.app.request(`/api/rules/drafts/${d.draftId}`, json(headers, { version: 1, ruleSet: raised }, 'PUT'));
    const published = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/publish`,
      json(headers, { effectiveFrom: '2027-01-01', version: 2 }),
    );
    expect(published.status).toBe(201);
  });

  it('saves with the version it read (409 otherwise), names a bad case’s field, and only the admin writes', async () => {
    const headers = await ctx.as(people.adminB);
    const current = (await (await ctx.app.request('/api/rules/tests', { headers })).json()) as { version: number };
    const stale = await ctx.app.request(
      '/api/rules/tests',
      json(headers, { version: current.version + 5, cases: [strict] }, 'PUT'),
    );
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ currentVersion: current.version });
    const bad = await ctx.app.request(
      '/api/rules/tests',
      json(headers, { version: current.version, cases: [{ ...strict, repeats: -1 }] }, 'PUT'),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ invalidParams: [{ path: 'body.cases[0].repeats' }] });
    expect(
      (
        await ctx.app.request(
          '/api/rules/tests',
          json(await ctx.as(people.officer), { version: current.version, cases: [] }, 'PUT'),
        )
      ).status,
    ).toBe(403);
  });
});

describe('bad inputs on draft actions', () => {
  it('names the field (400) and answers 404 for a draft that does not exist', async () => {
    const headers = await ctx.as(people.admin);
    const emptyFrom = await ctx.app.request('/api/rules/drafts', json(headers, { from: '' }));
    expect(emptyFrom.status).toBe(400);
    expect(await emptyFrom.json()).toMatchObject({ invalidParams: [{ path: 'body.from' }] });
    const d = await newDraft();
    const badDate = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/publish`,
      json(headers, { effectiveFrom: '2026-02-30', version: 1 }),
    );
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toMatchObject({ invalidParams: [{ path: 'body.effectiveFrom' }] });
    const noVersion = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/publish`,
      json(headers, { effectiveFrom: '2026-09-01' }),
    );
    expect(await noVersion.json()).toMatchObject({ status: 400, invalidParams: [{ path: 'body.version' }] });
    expect((await ctx.app.request('/api/rules/drafts/none/validate', { method: 'POST', headers })).status).toBe(404);
    expect(
      (await ctx.app.request('/api/rules/drafts/none/what-if', json(headers, { from: '2026-01-01', to: '2026-01-31' })))
        .status,
    ).toBe(404);
    expect(
      (
        await ctx.app.request(
          '/api/rules/drafts/none/publish',
          json(headers, { effectiveFrom: '2026-09-01', version: 1 }),
        )
      ).status,
    ).toBe(404);
  });
});

describe('what if a draft is published', () => {
  it('shows the exact per-person change of raising a row’s amount', async () => {
    const d = await newDraft();
    const headers = await ctx.as(people.admin);
    const raised = withRow(d.ruleSet, '1b', (r) => ({
      ...r,
      amounts: { officeHeadFen: 10000, villageHeadFen: 30000 },
    }));
    await ctx.app.request(`/api/rules/drafts/${d.draftId}`, json(headers, { version: 1, ruleSet: raised }, 'PUT'));
    const res = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/what-if`,
      json(headers, { from: '2026-01-01', to: '2026-06-30' }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      replacedVersionIds: string[];
      persons: {
        personId: string;
        name: string;
        beforeFen: number;
        afterFen: number;
        deltaFen: number;
        changed: unknown[];
      }[];
      totals: { deltaFen: number };
    };
    // Two 1b visits, no district notice: 刘书记 200元 → 300元 halved, i.e. 100元 → 150元 per visit.
    expect(body.persons).toEqual([
      expect.objectContaining({ personId: 'p-v', name: '刘书记', beforeFen: 20000, afterFen: 30000, deltaFen: 10000 }),
    ]);
    expect(body.persons[0]?.changed).toHaveLength(2);
    expect(body.totals.deltaFen).toBe(10000);
    expect(body.replacedVersionIds).toEqual([]);
    // Per unit: the village's fines rise by the same 100元; a unit fined equally before and after shows no change.
    const units = (
      body as unknown as { units: { unitId: string; beforeFen: number; afterFen: number; deltaFen: number }[] }
    ).units;
    expect(units.filter((u) => u.deltaFen !== 0)).toEqual([
      expect.objectContaining({ beforeFen: 20000, afterFen: 30000, deltaFen: 10000 }),
    ]);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const d = await newDraft();
    const res = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/what-if`,
      json(await ctx.as(people.admin), { from: '2026-06-30', to: '2026-01-01' }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ invalidParams: [{ path: 'body.to' }] });
  });
});

describe('publishing', () => {
  it('publishes a valid draft as a new version in force from its date, and diffs it against the old one', async () => {
    const d = await newDraft();
    const headers = await ctx.as(people.admin);
    // The township's own test cases replace the default pack's (whose 1b case expects the old 100元).
    const ownCase = {
      id: 't-1b',
      name: '个人访到区重复1次：办事处150元',
      unit: 'village',
      level: 'district',
      form: 'individual',
      repeats: 1,
      notified: true,
      expect: { officeHeadFen: 15000 },
    };
    expect(
      (await ctx.app.request('/api/rules/tests', json(headers, { version: 0, cases: [ownCase] }, 'PUT'))).status,
    ).toBe(200);
    const raised = withRow(d.ruleSet, '1b', (r) => ({
      ...r,
      amounts: { officeHeadFen: 15000, villageHeadFen: 20000 },
      sanctions: ['admonition'],
    }));
    await ctx.app.request(
      `/api/rules/drafts/${d.draftId}`,
      json(
        headers,
        {
          version: 1,
          ruleSet: {
            ...raised,
            penaltyRows: raised.penaltyRows
              .filter((r) => r.id !== '5b')
              .concat({ ...raised.penaltyRows[12]!, id: '5c' }),
          },
        },
        'PUT',
      ),
    );

    const early = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/publish`,
      json(headers, { effectiveFrom: '2019-12-31', version: 2 }),
    );
    expect(early.status).toBe(422);
    const earlyBody = (await early.json()) as { detail: string; invalidParams: { path: string }[] };
    expect(earlyBody.detail).toContain('2020-01-01');
    expect(earlyBody.invalidParams[0]?.path).toBe('body.effectiveFrom');

    const stale = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/publish`,
      json(headers, { effectiveFrom: '2026-07-01', version: 1 }),
    );
    expect(stale.status).toBe(409);

    const res = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/publish`,
      json(headers, { effectiveFrom: '2026-07-01', version: 2 }),
    );
    expect(res.status).toBe(201);
    const v = (await res.json()) as { versionId: string; effectiveFrom: string; ruleSet: RuleSet };
    expect(v.ruleSet.id).toBe(v.versionId);

    const history = (await (await ctx.app.request('/api/rules/versions', { headers })).json()) as {
      items: { versionId: string }[];
      inForceId: string;
    };
    expect(history.items.map((i) => i.versionId)).toEqual(['v2020', v.versionId]);
    expect(history.inForceId).toBe('v2020'); // today is 2026-06-15

    const diff = await ctx.app.request(`/api/rules/diff?from=v2020&to=${v.versionId}`, {
      headers: await ctx.as(people.officer),
    });
    expect(diff.status).toBe(200);
    expect(await diff.json()).toMatchObject({
      added: [{ rowId: '5c' }],
      removed: [{ rowId: '5b' }],
      changed: [
        {
          rowId: '1b',
          fields: ['金额', '处罚'],
          before: { officeHeadFen: 10000 },
          after: { officeHeadFen: 15000, sanctions: ['admonition'] },
        },
      ],
      settingsChanged: [],
    });

    // A what-if effective from the new version's date replaces it, and only it.
    const next = await newDraft();
    const whatIf = await ctx.app.request(
      `/api/rules/drafts/${next.draftId}/what-if`,
      json(headers, { from: '2026-01-01', to: '2026-12-31', effectiveFrom: '2026-07-01' }),
    );
    expect(await whatIf.json()).toMatchObject({
      effectiveFrom: '2026-07-01',
      replacedVersionIds: [v.versionId],
      totals: { deltaFen: 0 },
    });

    const again = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/publish`,
      json(headers, { effectiveFrom: '2026-08-01', version: 3 }),
    );
    expect(again.status).toBe(409);
    const log = await new AuditLog(ctx.store).listForTarget('twn-a', 'rule_version', v.versionId);
    expect(log.items.map((i) => i.action)).toEqual(['rules.publish']);
  });

  it('diff needs both ids (400) that exist (404)', async () => {
    const headers = await ctx.as(people.admin);
    const missing = await ctx.app.request('/api/rules/diff?from=v2020', { headers });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ invalidParams: [{ path: 'query.to' }] });
    expect((await ctx.app.request('/api/rules/diff?from=v2020&to=nope', { headers })).status).toBe(404);
  });
});

describe('district comparison of rules', () => {
  it('shows an overseer the versions of a township of its district only', async () => {
    const res = await ctx.app.request('/api/district/townships/twn-a/rules', {
      headers: await ctx.as(people.overseer),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { versionId: string }[]; inForceId: string };
    expect(body.items[0]?.versionId).toBe('v2020');
    expect(body.inForceId).toBe('v2020');
    expect(
      (await ctx.app.request('/api/district/townships/twn-a/rules', { headers: await ctx.as(people.otherOverseer) }))
        .status,
    ).toBe(404);
    expect(
      (await ctx.app.request('/api/district/townships/twn-none/rules', { headers: await ctx.as(people.overseer) }))
        .status,
    ).toBe(404);
    expect(
      (await ctx.app.request('/api/district/townships/twn-a/rules', { headers: await ctx.as(people.admin) })).status,
    ).toBe(403);
  });
});

it('documents every rules, ledger and report endpoint in the OpenAPI document', async () => {
  const doc = (await (await ctx.app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      '/rules/versions',
      '/rules/drafts/{id}/what-if',
      '/rules/drafts/{id}/publish',
      '/rules/diff',
      '/district/townships/{townshipId}/rules',
      '/ledger/evaluations',
      '/ledger/entries/{entryId}/reverse',
      '/ledger/overdue',
      '/reports/annual',
    ]),
  );
});
