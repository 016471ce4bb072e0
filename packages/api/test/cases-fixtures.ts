import type { DemoUser } from '../src/auth/local-issuer';
import type { TestContext } from './support/test-app';

export const caseUsers = {
  reporterWest: {
    id: 'u-rep-w',
    name: '吴信息员',
    role: 'unit_reporter',
    districtId: 'd1',
    tenantId: 'twn-a',
    unitId: 'v-west',
  },
  overseer2: { id: 'u-overseer-2', name: '二区局', role: 'district_overseer', districtId: 'd2' },
} satisfies Record<string, DemoUser>;

/** A registration body for township A: a village case of 东村 (v-east) with a petitioner. FIXED_NOW is 2026-06-15. */
export const registration = (over: Record<string, unknown> = {}) => ({
  caseType: 'appeal',
  category: '土地征收',
  summary: '征地补偿款未足额发放',
  originUnitId: 'v-east',
  responsibleUnitIds: ['v-east'],
  registeredOn: '2026-06-01',
  firstVisit: { channel: 'visit', level: 'township', form: 'individual', headcount: 1 },
  petitioner: { name: '张三', contact: '13800000000', address: '东村3组' },
  ...over,
});

export const jsonInit = (
  headers: Record<string, string>,
  body: unknown,
  extra: Record<string, string> = {},
): RequestInit => ({
  method: 'POST',
  headers: { ...headers, 'content-type': 'application/json', ...extra },
  body: JSON.stringify(body),
});

export interface Summary {
  id: string;
  lastSeq: number;
  status: string;
  statusLabel: string;
  overdue: boolean;
  [key: string]: unknown;
}

/** Registers a case as `user` and returns its summary. */
export async function register(ctx: TestContext, user: DemoUser, over: Record<string, unknown> = {}): Promise<Summary> {
  const res = await ctx.app.request('/api/cases', jsonInit(await ctx.as(user), registration(over)));
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as Summary;
}

/** Posts a workflow action to a case. */
export async function act(
  ctx: TestContext,
  user: DemoUser,
  caseId: string,
  body: Record<string, unknown>,
  extra: Record<string, string> = {},
) {
  return ctx.app.request(`/api/cases/${caseId}/events`, jsonInit(await ctx.as(user), body, extra));
}
