import type { CaseRepository } from '../src';

export const AT = '2026-06-15T02:00:00.000Z';

/** Registers a case of unit `unit` on `on` with a first individual township visit. */
export function registerCase(
  repo: CaseRepository,
  tenantId: string,
  caseId: string,
  on: string,
  extra: { unit?: string; category?: string; petitioner?: boolean } = {},
) {
  const unit = extra.unit ?? 'v-li';
  return repo.register({
    tenantId,
    districtId: 'd1',
    caseId,
    registered: {
      kind: 'registered',
      on,
      caseType: 'appeal',
      category: extra.category ?? '土地征收',
      summary: '征地补偿款未足额发放',
      originUnitId: unit,
      responsibleUnitIds: [unit],
    },
    firstVisit: {
      kind: 'visit',
      on,
      visitId: `${caseId}-v1`,
      channel: 'visit',
      level: 'township',
      form: 'individual',
      headcount: 1,
    },
    ...(extra.petitioner ? { petitioner: { name: '张三', contact: '13800000000', address: '李村3组' } } : {}),
    recordedAt: AT,
  });
}
