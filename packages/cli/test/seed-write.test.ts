import { randomUUID } from 'node:crypto';
import {
  CaseRepository,
  createStoreClients,
  ensureTable,
  LedgerRepository,
  OrgRepository,
  RulesRepository,
  startEmbeddedStore,
  StatisticsRepository,
  TenancyRepository,
  type EmbeddedStore,
  type StoreClients,
} from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEED, generateDemoData } from '../src/seed/generate';
import { seedDemo, type SeedDemoResult } from '../src/seed/seed-demo';

const TODAY = '2026-06-15';
const NOW = new Date('2026-06-15T02:00:00Z');
const demo = generateDemoData({ seed: DEMO_SEED, today: TODAY });

describe('seeding the demo district into a store', () => {
  let store: StoreClients;
  let embedded: EmbeddedStore;
  let result: SeedDemoResult;
  const lines: string[] = [];

  beforeAll(async () => {
    embedded = await startEmbeddedStore();
    store = createStoreClients({ endpoint: embedded.endpoint, tableName: `seed-${randomUUID()}` });
    await ensureTable(store.client, store.tableName);
    result = await seedDemo(store, { now: NOW, today: TODAY, log: (l) => lines.push(l) });
    // Seeding the whole demo district takes a while on a busy CI machine.
  }, 180_000);
  afterAll(() => embedded?.stop());

  it('reports progress township by township', () => {
    expect(result.written).toBe(true);
    for (const t of demo.townships) expect(lines.some((l) => l.includes(t.org.township.name))).toBe(true);
  });

  it('lists the four townships under the district', async () => {
    const townships = await new TenancyRepository(store).listTownships('dist-demo');
    expect(townships.map((t) => t.name).sort()).toEqual(demo.townships.map((t) => t.org.township.name).sort());
    expect((await new TenancyRepository(store).getDistrict('dist-demo'))?.name).toBe('示范区');
  });

  it('stores each org chart and rule set as generated', async () => {
    for (const t of demo.townships) {
      const org = await new OrgRepository(store).loadOrg(t.org.township.id);
      expect(org.units.map((u) => u.id).sort()).toEqual(t.org.units.map((u) => u.id).sort());
      expect(org.people).toHaveLength(t.org.people.length);
      expect(org.assignments).toHaveLength(t.org.assignments.length);
      expect(await new RulesRepository(store).ruleSets(t.org.township.id)).toEqual([t.ruleSet]);
    }
  });

  it('stores every case with its events, summary and petitioner', async () => {
    const repo = new CaseRepository(store);
    for (const t of demo.townships) {
      const tenantId = t.org.township.id;
      const records = await repo.listCaseRecords(tenantId, { fromYear: 2015, toYear: 2026 });
      expect(records).toHaveLength(t.cases.length);
      const sample = t.cases[3];
      if (!sample) throw new Error('too few cases');
      expect((await repo.view(tenantId, sample.record.id))?.record.events).toEqual(sample.record.events);
      expect((await repo.summary(tenantId, sample.record.id))?.lastSeq).toBe(sample.record.events.length);
      expect(await repo.petitioner(tenantId, sample.record.id)).toEqual(sample.petitioner);
      const page = await repo.list(tenantId, {}, { limit: 500 });
      expect(page.items).toHaveLength(t.cases.length);
    }
  });

  it('has monthly statistics for the district', async () => {
    const month = await new StatisticsRepository(store).listDistrictMonth('dist-demo', '2025-05');
    expect(month.map((m) => m.townshipId).sort()).toEqual(demo.townships.map((t) => t.org.township.id).sort());
    expect(month.reduce((n, m) => n + m.visits.total, 0)).toBeGreaterThan(0);
  });

  it('evaluates each township ledger for 2025 and for 2026 up to today', async () => {
    const ledgers = new LedgerRepository(store);
    for (const t of demo.townships) {
      const periods = await ledgers.listPeriods(t.org.township.id);
      expect(periods.map((p) => p.periodKey).sort()).toEqual(['2025-01-01_2025-12-31', `2026-01-01_${TODAY}`]);
      const year = await ledgers.read(t.org.township.id, '2025-01-01_2025-12-31');
      const kinds = new Set(year?.entries.map((e) => e.kind));
      expect([...kinds].sort()).toEqual(['fine', 'reward', 'task', 'veto']);
      expect(
        year?.entries.filter((e) => e.kind === 'reward' && e.detail.kind === 'visit_free_village').length,
      ).toBeGreaterThan(0);
      expect(year?.summary.warnings).toEqual([]);
    }
  });

  it('leaves a store that already has the district alone, and answers the same users', async () => {
    const again = await seedDemo(store, { now: NOW, today: TODAY });
    expect(again.written).toBe(false);
    expect(again.users).toEqual(result.users);
    const records = await new CaseRepository(store).listCaseRecords('twn-xiji', { fromYear: 2015, toYear: 2026 });
    expect(records).toHaveLength(demo.townships[0]?.cases.length ?? -1);
  });
});
