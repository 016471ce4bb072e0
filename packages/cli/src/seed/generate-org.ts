import { addDays, daysBetween, Org, type Assignment, type IsoDate, type Person, type Unit } from '@xinfang/domain';
import { officeNames, personNamer, villageNamer } from './names';
import type { Rng } from './prng';
import type { TownshipSpec } from './types';

/** The departments every demo township has; `petition` is the 信访室 that receives the model-township reward. */
const DEPARTMENTS = [
  { key: 'civil', name: '民政办' },
  { key: 'build', name: '城建办' },
  { key: 'police', name: '派出所' },
  { key: 'justice', name: '司法所' },
  { key: 'petition', name: '信访室', isPetitionOffice: true },
  { key: 'farm', name: '农业农村办' },
] as const;

const CADRE_TITLES = [
  '镇长',
  '党委副书记',
  '副镇长',
  '副镇长',
  '人大主席',
  '纪委书记',
  '组织委员',
  '武装部长',
] as const;

export interface GeneratedOrg {
  org: Org;
  /** Units that never get a case, so the visit-free rewards have winners. */
  quietUnitIds: Set<string>;
  leadingCadreIds: string[];
}

export interface OrgPeriod {
  /** First day of the demo period (1 January of the first year). */
  start: IsoDate;
  today: IsoDate;
}

/**
 * One township's org: 2–3 offices of 3–5 villages, six departments, their heads, 6–8 leading cadres
 * with liaison (联系) and supervision (分管) duties, and a few hand-overs inside the period so that
 * "who was responsible on that date" has more than one answer.
 */
export function generateOrg(spec: TownshipSpec & { districtId: string }, rng: Rng, period: OrgPeriod): GeneratedOrg {
  const nextName = personNamer(rng.fork('people'));
  const nextVillage = villageNamer(rng.fork('villages'));
  const id = (s: string) => `${spec.slug}-${s}`;
  const units: Unit[] = [];
  const people: Person[] = [];
  const assignments: Assignment[] = [];
  const assign = (a: Omit<Assignment, 'id'>) => assignments.push({ id: id(`a${assignments.length + 1}`), ...a });
  const person = (key: string, p: Omit<Person, 'id' | 'name' | 'leadingCadre'> & { leadingCadre?: boolean }) => {
    const created: Person = { id: id(key), name: nextName(), leadingCadre: false, ...p };
    people.push(created);
    return created;
  };
  const longAgo = `${rng.int(2015, 2021)}-0${rng.int(1, 9)}-01`;

  const officeCount = rng.int(2, 3);
  officeNames(rng, officeCount).forEach((name, i) => {
    const office: Unit = { id: id(`o${i + 1}`), name, kind: 'office', population: 0 };
    units.push(office);
    const villageCount = rng.int(3, 5);
    for (let v = 1; v <= villageCount; v++) {
      const population = rng.int(8, 40) * 100;
      units.push({ id: id(`o${i + 1}v${v}`), name: nextVillage(), kind: 'village', officeId: office.id, population });
      office.population += population;
    }
    office.population += rng.int(5, 20) * 100;
  });
  for (const d of DEPARTMENTS) {
    units.push({
      id: id(d.key),
      name: d.name,
      kind: 'department',
      population: 0,
      ...('isPetitionOffice' in d ? { isPetitionOffice: true } : {}),
    });
  }

  // 主要责任人: office secretaries and department heads are paid by township finance, village secretaries are not.
  for (const u of units) {
    const p = person(`p-${u.id.slice(spec.slug.length + 1)}`, {
      title: u.kind === 'department' ? `${u.name}主任` : `${u.name}书记`,
      financePaid: u.kind !== 'village',
    });
    assign({ personId: p.id, role: 'main', unitId: u.id, from: longAgo });
  }

  const cadreCount = rng.int(6, 8);
  const cadres = CADRE_TITLES.slice(0, cadreCount).map((title, i) =>
    person(`lc${i + 1}`, { title, financePaid: true, leadingCadre: true }),
  );
  const offices = units.filter((u) => u.kind === 'office');
  const villages = units.filter((u) => u.kind === 'village');
  const departments = units.filter((u) => u.kind === 'department');
  // The 镇长 (first cadre) oversees all; the others split offices, some villages (包村) and departments.
  const workers = cadres.slice(1);
  const cadreAt = (i: number) => workers[i % workers.length] ?? cadres[0];
  offices.forEach((o, i) => assign({ personId: cadreAt(i)?.id ?? '', role: 'liaison', unitId: o.id, from: longAgo }));
  villages.forEach((v, i) => {
    if (i % 3 === 0)
      assign({ personId: cadreAt(i + offices.length)?.id ?? '', role: 'liaison', unitId: v.id, from: longAgo });
  });
  departments.forEach((d, i) =>
    assign({ personId: cadreAt(i + 2)?.id ?? '', role: 'supervision', unitId: d.id, from: longAgo }),
  );

  handOvers(rng, period, { units, villages, offices, cadres: workers, assignments, person, assign });

  const quietUnitIds = chooseQuietUnits(rng, offices, villages, departments);
  const township = { id: spec.id, name: spec.name, districtId: spec.districtId, population: 0 };
  township.population = offices.reduce((sum, o) => sum + o.population, 0) + rng.int(10, 30) * 100;
  const org = Org.parse({ township, units, people, assignments });
  return { org, quietUnitIds, leadingCadreIds: cadres.map((c) => c.id) };
}

interface HandOverContext {
  units: Unit[];
  villages: Unit[];
  offices: Unit[];
  cadres: Person[];
  assignments: Assignment[];
  person: (key: string, p: Omit<Person, 'id' | 'name' | 'leadingCadre'>) => Person;
  assign: (a: Omit<Assignment, 'id'>) => void;
}

/** Two village secretaries change, and one office's liaison cadre is swapped, on dates inside the period. */
function handOvers(rng: Rng, period: OrgPeriod, ctx: HandOverContext): void {
  const span = Math.max(30, daysBetween(period.start, period.today));
  const dateIn = () => addDays(period.start, rng.int(Math.round(span * 0.2), Math.round(span * 0.8)));
  const end = (unitId: string, role: Assignment['role'], to: IsoDate) => {
    const current = ctx.assignments.find((a) => a.unitId === unitId && a.role === role && a.to === undefined);
    if (current) current.to = addDays(to, -1);
    return current;
  };
  for (const village of rng.shuffle(ctx.villages).slice(0, 2)) {
    const from = dateIn();
    end(village.id, 'main', from);
    const successor = ctx.person(`p-${village.id.split('-').pop() ?? village.id}-new`, {
      title: `${village.name}书记`,
      financePaid: false,
    });
    ctx.assign({ personId: successor.id, role: 'main', unitId: village.id, from });
  }
  const office = rng.pick(ctx.offices);
  const from = dateIn();
  const previous = end(office.id, 'liaison', from);
  const next = ctx.cadres.find((c) => c.id !== previous?.personId) ?? ctx.cadres[0];
  if (next) ctx.assign({ personId: next.id, role: 'liaison', unitId: office.id, from });
}

/**
 * Visit-free units: in a township with three offices the last office and all its villages stay quiet
 * (an office counts only when its villages are quiet too); elsewhere one or two villages do. Two
 * departments without cases earn the commendation.
 */
function chooseQuietUnits(rng: Rng, offices: Unit[], villages: Unit[], departments: Unit[]): Set<string> {
  const quiet = new Set<string>();
  const lastOffice = offices[offices.length - 1];
  if (offices.length === 3 && lastOffice) {
    quiet.add(lastOffice.id);
    for (const v of villages) if (v.officeId === lastOffice.id) quiet.add(v.id);
  } else {
    for (const v of rng.shuffle(villages).slice(0, rng.int(1, 2))) quiet.add(v.id);
  }
  for (const d of departments) if (d.isPetitionOffice || d.name === '农业农村办') quiet.add(d.id);
  return quiet;
}
