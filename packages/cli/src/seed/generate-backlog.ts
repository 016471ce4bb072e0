import { addDays, daysBetween, wholeYearsBetween, type IsoDate } from '@xinfang/domain';
import { CaseBuilder } from './case-builder';
import { addCaseLeader, type CaseContext, type GeneratedCases } from './generate-cases';
import { petitionerName, placeholderPhone } from './names';
import type { Rng } from './prng';

const BACKLOG_SUMMARIES = [
  ['土地征收', '反映{u}多年前征地补偿款至今未足额发放'],
  ['拆迁补偿', '要求{u}解决历史遗留的宅基地确权和拆迁补偿问题'],
  ['社会保障', '反映{u}原民办教师养老待遇长期未落实'],
  ['劳动报酬', '反映{u}原集体企业职工工资拖欠多年'],
] as const;

/** The first-registration date `age` whole years before `resolveOn`. */
function yearsBefore(resolveOn: IsoDate, age: number, rng: Rng): IsoDate {
  const year = Number(resolveOn.slice(0, 4)) - age;
  const candidate = addDays(
    `${year}-01-01`,
    rng.int(0, Math.max(0, daysBetween(`${year + age}-01-01`, resolveOn) - 1)),
  );
  return wholeYearsBetween(candidate, resolveOn) === age ? candidate : `${year}-01-01`;
}

/**
 * 积案: cases first registered 5–10 years ago (one older, outside the reward window) and imported
 * in the demo period; most are resolved in it, one stays open so "backlog cleared" is not a given.
 */
export function generateBacklog(ctx: CaseContext, rng: Rng, periodStart: IsoDate, out: GeneratedCases): void {
  const villages = ctx.org.units.filter((u) => u.kind === 'village' && !ctx.quietUnitIds.has(u.id));
  const ages = [rng.int(5, 10), rng.int(5, 10), ...(rng.chance(0.5) ? [rng.int(5, 10)] : []), 12];
  const openOne = rng.chance(0.6);
  ages.forEach((age, i) => {
    const unit = rng.pick(villages);
    const registeredOn = addDays(periodStart, rng.int(0, 150));
    const resolveOn = addDays(registeredOn, rng.int(40, 300));
    const id = `${ctx.slug}-jy-${String(i + 1).padStart(2, '0')}`;
    const [category, template] = rng.pick(BACKLOG_SUMMARIES);
    const by = ctx.officerId;
    const b = new CaseBuilder(ctx.today);
    b.add({
      kind: 'registered',
      on: registeredOn,
      by,
      caseType: 'appeal',
      category,
      summary: template.replace('{u}', unit.name),
      originUnitId: unit.id,
      responsibleUnitIds: [unit.id],
      firstRegisteredOn: yearsBefore(resolveOn, age, rng),
      note: '纸质积案录入',
    });
    b.add({
      kind: 'visit',
      on: registeredOn,
      by,
      visitId: `${id}-v1`,
      channel: 'letter',
      level: 'township',
      form: 'individual',
      headcount: 1,
    });
    b.add({ kind: 'accepted', on: registeredOn, by });
    b.add({ kind: 'status', on: registeredOn, by, to: 'routed' });
    b.add({ kind: 'status', on: addDays(registeredOn, 2), by, to: 'assigned' });
    b.add({ kind: 'status', on: addDays(registeredOn, 20), by, to: 'supervised' });
    const stayOpen = openOne && i === 0;
    if (!stayOpen && b.add({ kind: 'resolved', on: resolveOn, by })) {
      b.add({ kind: 'status', on: resolveOn, by, to: 'closed' });
      b.add({
        kind: 'satisfaction',
        on: addDays(resolveOn, rng.int(2, 12)),
        by,
        result: rng.pick(['satisfied', 'basically_satisfied'] as const),
      });
    }
    addCaseLeader(ctx, rng, id, registeredOn, out);
    out.cases.push({
      record: { id, townshipId: ctx.org.township.id, events: b.events() },
      petitioner: { name: petitionerName(rng), contact: placeholderPhone(rng) },
    });
  });
}
