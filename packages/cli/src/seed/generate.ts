import { Org } from '@xinfang/domain';
import { generateBacklog } from './generate-backlog';
import { generateYearCases, type GeneratedCases } from './generate-cases';
import { generateOrg } from './generate-org';
import { createRng } from './prng';
import { ruleVariant } from './rule-variants';
import type { DemoDistrict, DemoTownship, GenerateOptions, TownshipSpec } from './types';

export const DEMO_SEED = 20250101;
export const DEMO_DISTRICT = { id: 'dist-demo', name: '示范区' } as const;
export const DEMO_TOWNSHIPS: readonly TownshipSpec[] = [
  { id: 'twn-xiji', slug: 'xiji', name: '西集镇' },
  { id: 'twn-liuhe', slug: 'liuhe', name: '柳河镇' },
  { id: 'twn-shiqiao', slug: 'shiqiao', name: '石桥镇' },
  { id: 'twn-qingshui', slug: 'qingshui', name: '清水镇' },
];
/** The demo covers two years: 2025 whole and 2026 up to today. */
export const FIRST_DEMO_YEAR = 2025;

/** The demo petition officer's user id: recorded as `by` on the events it registers. */
export const officerIdOf = (slug: string) => `demo-${slug}-officer`;

/**
 * The demo district: pure and deterministic. The same seed and today give the same data, byte for byte;
 * nothing here reads the clock or Math.random. Org, people and rule sets depend only on the seed, so the
 * sign-in users stay the same from day to day.
 */
export function generateDemoData(options: GenerateOptions): DemoDistrict {
  const district = options.district ?? DEMO_DISTRICT;
  const specs = options.townships ?? DEMO_TOWNSHIPS;
  const root = createRng(options.seed);
  const start = `${FIRST_DEMO_YEAR}-01-01`;
  const lastYear = Math.max(FIRST_DEMO_YEAR, Number(options.today.slice(0, 4)));
  const townships = specs.map((spec, index): DemoTownship => {
    const rng = root.fork(`${district.id}/${spec.id}`);
    const generated = generateOrg({ ...spec, districtId: district.id }, rng.fork('org'), {
      start,
      today: options.today,
    });
    const variant = ruleVariant(index, spec.id, spec.name);
    const ctx = {
      ...generated,
      slug: spec.slug,
      collectiveThreshold: variant.ruleSet.collectiveThreshold,
      today: options.today,
      officerId: officerIdOf(spec.slug),
    };
    const out: GeneratedCases = { cases: [], caseAssignments: [] };
    const caseRng = rng.fork('cases');
    // Each township has its own volume; most get quieter in the second year (the 30% reduction target).
    const volume = caseRng.int(32, 55);
    for (let year = FIRST_DEMO_YEAR; year <= lastYear; year++) {
      const trend = year === FIRST_DEMO_YEAR ? 1 : caseRng.pick([0.6, 0.75, 0.9, 1.1]);
      generateYearCases(ctx, caseRng.fork(String(year)), year, Math.round(volume * trend), out);
    }
    generateBacklog(ctx, rng.fork('backlog'), start, out);
    const org = Org.parse({ ...generated.org, assignments: [...generated.org.assignments, ...out.caseAssignments] });
    return { slug: spec.slug, org, ruleSet: variant.ruleSet, ruleNote: variant.note, cases: out.cases };
  });
  return { id: district.id, name: district.name, townships };
}
