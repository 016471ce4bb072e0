import { createRoute } from '@hono/zod-openapi';
import { InboxRepository, type InboxAudience } from '@xinfang/store';
import type { AuthContext } from '../../auth/auth-context';
import { notFound } from '../../http/problem';
import { problemPicker } from '../../http/problem-responses';
import { repo } from '../../http/repo';
import { createSecuredRouter } from '../../http/router';
import { InboxPageSchema, InboxQuery, MessageIdParam, UnreadCountSchema } from './inbox-schemas';
import { json } from '../../http/json-response';

const problems = problemPicker({ 404: '没有这条消息（或不是发给你的）' });

/**
 * The caller's inbox, from the token alone: township admins and petition officers read their township role's
 * messages, a unit reporter its unit's, a district overseer the district's. Auditors receive no reminders.
 */
export function audienceOf(auth: AuthContext): InboxAudience | undefined {
  if (auth.role === 'district_overseer')
    return { kind: 'district_role', districtId: auth.districtId, role: 'district_overseer' };
  if (!auth.tenantId) return undefined;
  if (auth.role === 'unit_reporter')
    return auth.unitId ? { kind: 'unit', tenantId: auth.tenantId, unitId: auth.unitId } : undefined;
  if (auth.role === 'township_admin' || auth.role === 'petition_officer')
    return { kind: 'township_role', tenantId: auth.tenantId, role: auth.role };
  return undefined;
}

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['inbox'],
  summary: '站内消息：提醒（期限、排查台账、罚款、月度考核、年度结算），新的在前，分页',
  security: [{ bearer: [] }],
  request: { query: InboxQuery },
  responses: { 200: json(InboxPageSchema, 'One page of messages'), ...problems(400, 401) },
});

const unread = createRoute({
  method: 'get',
  path: '/unread-count',
  tags: ['inbox'],
  summary: '未读消息数（页眉角标）',
  security: [{ bearer: [] }],
  responses: { 200: json(UnreadCountSchema, 'Unread messages'), ...problems(401) },
});

const markRead = createRoute({
  method: 'post',
  path: '/{messageId}/read',
  tags: ['inbox'],
  summary: '标记为已读（重复标记无副作用）',
  security: [{ bearer: [] }],
  request: { params: MessageIdParam },
  responses: { 200: json(UnreadCountSchema, 'Unread messages after marking'), ...problems(400, 401, 404) },
});

export const inboxRoutes = createSecuredRouter()
  .openapi(list, async (c) => {
    const auth = c.get('auth');
    const audience = audienceOf(auth);
    const { limit, cursor, unread: unreadOnly } = c.req.valid('query');
    if (!audience) return c.json({ items: [], cursor: null }, 200);
    const page = await repo(c, InboxRepository).list(audience, auth.userId, {
      ...(limit ? { limit } : {}),
      ...(cursor ? { cursor } : {}),
      unreadOnly: unreadOnly === 'true',
    });
    return c.json({ items: page.items, cursor: page.cursor ?? null }, 200);
  })
  .openapi(unread, async (c) => {
    const auth = c.get('auth');
    const audience = audienceOf(auth);
    return c.json({ unread: audience ? await repo(c, InboxRepository).unreadCount(audience, auth.userId) : 0 }, 200);
  })
  .openapi(markRead, async (c) => {
    const auth = c.get('auth');
    const audience = audienceOf(auth);
    const { messageId } = c.req.valid('param');
    const inbox = repo(c, InboxRepository);
    if (!audience || !(await inbox.markRead(audience, auth.userId, messageId))) throw notFound('没有这条消息');
    return c.json({ unread: await inbox.unreadCount(audience, auth.userId) }, 200);
  });
