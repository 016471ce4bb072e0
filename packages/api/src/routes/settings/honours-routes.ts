import { createRoute } from '@hono/zod-openapi';
import { TownshipHonoursRepository, type TownshipHonour } from '@xinfang/store';
import { requireRole, TOWNSHIP_READERS, townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { repo } from '../../http/repo';
import { createSecuredRouter } from '../../http/router';
import { problemResponses } from '../tenancy/problem-responses';
import { HonourBody, HonourListSchema, HonourSchema, YearParam } from './settings-schemas';
import { json, jsonContent } from '../../http/json-response';

const security = [{ bearer: [] }];
const LABELS = { district: '区级模范乡镇', city: '市级模范乡镇' } as const;

const present = (h: TownshipHonour) => ({
  year: h.year,
  level: h.level,
  levelLabel: h.level ? LABELS[h.level] : '未获评',
  version: h.version,
  updatedAt: h.updatedAt,
  updatedBy: h.updatedBy,
});

const listRoute = createRoute({
  method: 'get',
  path: '/honours',
  tags: ['township'],
  summary: '本乡镇历年获评的信访工作模范乡镇称号',
  security,
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  responses: { 200: json(HonourListSchema, 'Titles by year'), ...problemResponses(401, 403) },
});

const putRoute = createRoute({
  method: 'put',
  path: '/honours/{year}',
  tags: ['township'],
  summary: '登记（或撤销）某年的模范乡镇称号；计算包含该整年的台账时发放信访办奖励',
  description: '按读取时的 version 条件更新（该年未登记时为 0），过期则 409 并返回 currentVersion。',
  security,
  middleware: [requireRole('township_admin')] as const,
  request: { params: YearParam, body: { required: true, ...jsonContent(HonourBody) } },
  responses: { 200: json(HonourSchema, 'The title as saved'), ...problemResponses(400, 401, 403, 409) },
});

/** /api/township/honours: the model-township title (模范乡镇, domain.md 四(五)) per year. */
export const honourRoutes = createSecuredRouter()
  .openapi(listRoute, async (c) => {
    const items = await repo(c, TownshipHonoursRepository).list(townshipOf(c.get('auth')));
    return c.json({ items: items.map(present) }, 200);
  })
  .openapi(putRoute, async (c) => {
    const auth = c.get('auth');
    const year = Number(c.req.valid('param').year);
    const { level, version } = c.req.valid('json');
    const saved = await repo(c, TownshipHonoursRepository).set(townshipOf(auth), year, level, version, {
      by: auth.userId,
      at: c.get('deps').now().toISOString(),
    });
    await audit(c, {
      action: 'township.honour.set',
      targetType: 'township_honour',
      targetId: String(year),
      details: { level, version: saved.version },
    });
    return c.json(present(saved), 200);
  });
