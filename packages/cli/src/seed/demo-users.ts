import type { DemoUser } from '@xinfang/api';
import { FIRST_DEMO_YEAR, officerIdOf } from './generate';
import { personNamer } from './names';
import { createRng } from './prng';
import type { DemoDistrict } from './types';

/**
 * The sign-in page's users: per township a petition officer, a township admin, a unit reporter of a
 * village that has cases, and an auditor; per district an overseer and a district auditor. Names come
 * from their own stream, so they do not depend on the case data.
 */
export function demoUsersOf(district: DemoDistrict, seed: number): DemoUser[] {
  const nextName = personNamer(createRng(seed).fork(`users/${district.id}`));
  const scope = { districtId: district.id, districtName: district.name };
  const users: DemoUser[] = [];
  for (const t of district.townships) {
    const tenant = { ...scope, tenantId: t.org.township.id, tenantName: t.org.township.name };
    const unit = reporterUnit(t);
    users.push(
      { id: officerIdOf(t.slug), name: nextName(), role: 'petition_officer', ...tenant },
      { id: `demo-${t.slug}-admin`, name: nextName(), role: 'township_admin', ...tenant },
      ...(unit
        ? [
            {
              id: `demo-${t.slug}-reporter`,
              name: nextName(),
              role: 'unit_reporter' as const,
              ...tenant,
              unitId: unit.id,
              unitName: unit.name,
            },
          ]
        : []),
      { id: `demo-${t.slug}-auditor`, name: nextName(), role: 'auditor', ...tenant },
    );
  }
  users.push(
    { id: `demo-overseer-${district.id}`, name: nextName(), role: 'district_overseer', ...scope },
    { id: `demo-auditor-${district.id}`, name: nextName(), role: 'auditor', ...scope },
  );
  return users;
}

/**
 * The village with the most cases in the first demo year: the reporter then has something to see, and
 * the choice does not move as "today" advances.
 */
function reporterUnit(t: DemoDistrict['townships'][number]) {
  const counts = new Map<string, number>();
  for (const c of t.cases) {
    const registered = c.record.events.find((e) => e.kind === 'registered' && e.on < `${FIRST_DEMO_YEAR + 1}-01-01`);
    for (const id of registered?.kind === 'registered' ? registered.responsibleUnitIds : [])
      counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const villages = t.org.units.filter((u) => u.kind === 'village');
  return [...villages].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.id.localeCompare(b.id))[0];
}
