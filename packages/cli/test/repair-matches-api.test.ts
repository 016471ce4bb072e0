import { randomUUID } from 'node:crypto';
import { createApp, createLocalIssuer, createTokenVerifier, type DemoUser } from '@xinfang/api';
import { defaultRuleSet } from '@xinfang/domain';
import {
  CalendarOverrideRepository,
  CaseRepository,
  createStoreClients,
  ensureTable,
  LedgerRepository,
  OrgRepository,
  RulesRepository,
  startEmbeddedStore,
  TenancyRepository,
  TownshipHonoursRepository,
  type EmbeddedStore,
  type StoredLedger,
  type StoreClients,
} from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repairTownship } from '../src/seed/repair-projections';

const at = '2025-01-01T00:00:00.000Z';
const now = () => new Date('2026-02-01T02:00:00Z');
const T = 'twn-r';
const PERIOD = '2025-01-01_2025-12-31';
const admin: DemoUser = { id: 'u-admin', name: '李管理', role: 'township_admin', districtId: 'd1', tenantId: T };

/** Township twn-r: office o1 (张主任, finance-paid), village v1 (刘书记), the petition office; one case with 1b visits. */
async function seedTownship(store: StoreClients): Promise<void> {
  await new TenancyRepository(store).createTownship({ id: T, name: '西发镇', districtId: 'd1', population: 20000 }, at);
  const org = new OrgRepository(store);
  await org.create(T, 'unit', { id: 'o1', name: '城关办事处', kind: 'office', population: 8000 }, at);
  await org.create(T, 'unit', { id: 'v1', name: '东村', kind: 'village', officeId: 'o1', population: 3000 }, at);
  await org.create(
    T,
    'unit',
    { id: 'pet', name: '信访办', kind: 'department', population: 0, isPetitionOffice: true },
    at,
  );
  await org.create(T, 'person', { id: 'p-o', name: '张主任', financePaid: true, leadingCadre: false }, at);
  await org.create(T, 'person', { id: 'p-v', name: '刘书记', financePaid: false, leadingCadre: false }, at);
  await org.create(T, 'assignment', { id: 'a1', personId: 'p-o', role: 'main', unitId: 'o1', from: '2020-01-01' }, at);
  await org.create(T, 'assignment', { id: 'a2', personId: 'p-v', role: 'main', unitId: 'v1', from: '2020-01-01' }, at);
  await new RulesRepository(store).saveInitialRules(T, defaultRuleSet({ id: 'v2020', effectiveFrom: '2020-01-01' }));
  const cases = new CaseRepository(store);
  const visit = (on: string, visitId: string) => ({
    kind: 'visit' as const,
    on,
    visitId,
    channel: 'visit' as const,
    level: 'township' as const,
    form: 'individual' as const,
    headcount: 1,
  });
  await cases.register({
    tenantId: T,
    districtId: 'd1',
    caseId: 'c1',
    registered: {
      kind: 'registered',
      on: '2025-03-02',
      caseType: 'appeal',
      category: '土地',
      summary: '宅基地纠纷',
      originUnitId: 'v1',
      responsibleUnitIds: ['v1'],
    },
    firstVisit: visit('2025-03-02', 'vis1'),
    recordedAt: at,
  });
  await cases.append({ tenantId: T, caseId: 'c1', event: { kind: 'accepted', on: '2025-03-03' }, recordedAt: at });
  await cases.append({ tenantId: T, caseId: 'c1', event: visit('2025-03-09', 'vis2'), recordedAt: at });
  await cases.append({ tenantId: T, caseId: 'c1', event: visit('2025-03-16', 'vis3'), recordedAt: at });
  // A city-level model-township title for 2025, and a day off the admin entered in the notice's week.
  await new TownshipHonoursRepository(store).set(T, 2025, 'city', 0, { by: 'u-admin', at });
  await new CalendarOverrideRepository(store).put(
    T,
    { date: '2026-01-07', working: false, name: '临时放假' },
    { by: 'u-admin', at },
  );
}

/** What a repair must reproduce: every entry and the summary, except who evaluated it and when. */
const comparable = (l: StoredLedger | undefined) => {
  if (!l) throw new Error('no ledger');
  const { evaluatedAt: _at, evaluatedBy: _by, ...summary } = l.summary;
  return { summary, entries: [...l.entries].sort((a, b) => (a.entryId < b.entryId ? -1 : 1)) };
};

describe('xinfang repair and the API evaluate one way', () => {
  let embedded: EmbeddedStore;
  let store: StoreClients;

  beforeAll(async () => {
    embedded = await startEmbeddedStore();
    store = createStoreClients({ endpoint: embedded.endpoint, tableName: `repair-api-${randomUUID()}` });
    await ensureTable(store.client, store.tableName);
    await seedTownship(store);
  }, 60_000);
  afterAll(async () => embedded?.stop());

  it(
    'reproduces exactly the ledger the API wrote (model-township title, calendar override, stored notice date)',
    { timeout: 60_000 },
    async () => {
      const issuer = await createLocalIssuer('https://issuer.test');
      const app = createApp({
        store,
        verifier: createTokenVerifier({ jwks: issuer.jwks, issuer: issuer.issuer, now }),
        version: '0.0.0-test',
        now,
      });
      const headers = {
        authorization: `Bearer ${await issuer.sign(admin, { now: now() })}`,
        'content-type': 'application/json',
      };
      const res = await app.request('/api/ledger/evaluations', {
        method: 'POST',
        headers,
        body: JSON.stringify({ from: '2025-01-01', to: '2025-12-31', noticeOn: '2026-01-05' }),
      });
      expect(res.status).toBe(200);
      const ledger = new LedgerRepository(store);
      const written = await ledger.read(T, PERIOD);
      // The inputs really are in the API's ledger: the title's 5000元, and 3 working days from Mon 01-05 skipping 01-07.
      expect(
        written?.entries
          .filter((e) => e.kind === 'reward' && e.unitId === 'pet' && e.amountFen > 0)
          .map((e) => e.amountFen),
      ).toEqual([500000]);
      expect(written?.summary.persons.find((p) => p.personId === 'p-o')?.dueOn).toBe('2026-01-09');
      expect(written?.summary.persons.find((p) => p.personId === 'p-v')?.dueOn).toBe('2026-01-31');

      const report = await repairTownship(store, T, { at: '2026-02-02T00:00:00.000Z' });
      expect(report?.ledgers).toEqual([
        { periodKey: PERIOD, written: 0, unchanged: written?.entries.length, retracted: 0 },
      ]);
      expect(comparable(await ledger.read(T, PERIOD))).toEqual(comparable(written));
    },
  );
});
