import { describe, expect, it } from 'vitest';
import { InboxRepository, InvalidCursorError, type InboxAudience } from '../src';
import { useEmbeddedTable } from './support';

const table = useEmbeddedTable();
const admins: InboxAudience = { kind: 'township_role', tenantId: 'twn-a', role: 'township_admin' };
const message = (id: string, createdAt: string) => ({
  id,
  topic: 'deadline' as const,
  title: `事项 ${id} 受理期限将至`,
  body: '还剩 3 个工作日',
  link: `/cases/${id}`,
  on: createdAt.slice(0, 10),
  createdAt,
});

describe('InboxRepository', () => {
  it('delivers a message once: the same id again is refused, so a job run twice sends nothing twice', async () => {
    const inbox = new InboxRepository(table.store());
    expect(await inbox.deliver(admins, message('c1', '2026-06-01T22:00:00.000Z'))).toBe(true);
    expect(await inbox.deliver(admins, message('c1', '2026-06-02T22:00:00.000Z'))).toBe(false);
    const page = await inbox.list(admins, 'u1');
    expect(page.items.map((m) => [m.id, m.createdAt])).toEqual([['c1', '2026-06-01T22:00:00.000Z']]);
  });

  it('lists newest first in pages, counts unread per user, and marks read per user', async () => {
    const inbox = new InboxRepository(table.store());
    const audience: InboxAudience = { kind: 'unit', tenantId: 'twn-b', unitId: 'v1' };
    for (let day = 1; day <= 5; day++)
      await inbox.deliver(audience, message(`m${day}`, `2026-06-0${day}T22:00:00.000Z`));
    const first = await inbox.list(audience, 'u1', { limit: 2 });
    expect(first.items.map((m) => m.id)).toEqual(['m5', 'm4']);
    const second = await inbox.list(audience, 'u1', { limit: 2, ...(first.cursor ? { cursor: first.cursor } : {}) });
    expect(second.items.map((m) => m.id)).toEqual(['m3', 'm2']);
    expect(await inbox.markRead(audience, 'u1', 'm4')).toBe(true);
    expect(await inbox.markRead(audience, 'u1', 'm4')).toBe(true);
    expect(await inbox.markRead(audience, 'u1', 'nope')).toBe(false);
    expect(await inbox.unreadCount(audience, 'u1')).toBe(4);
    expect(await inbox.unreadCount(audience, 'u2')).toBe(5);
    const page = await inbox.list(audience, 'u1', { limit: 5 });
    expect(page.items.find((m) => m.id === 'm4')?.read).toBe(true);
    expect((await inbox.list(audience, 'u2')).items.every((m) => !m.read)).toBe(true);
    expect((await inbox.list(audience, 'u1', { unreadOnly: true })).items.map((m) => m.id)).toEqual([
      'm5',
      'm3',
      'm2',
      'm1',
    ]);
  });

  it('keeps audiences apart and refuses a cursor from another audience', async () => {
    const inbox = new InboxRepository(table.store());
    const other: InboxAudience = { kind: 'township_role', tenantId: 'twn-z', role: 'township_admin' };
    await inbox.deliver(other, message('x1', '2026-06-01T22:00:00.000Z'));
    await inbox.deliver(other, message('x2', '2026-06-02T22:00:00.000Z'));
    const page = await inbox.list(other, 'u1', { limit: 1 });
    expect(page.cursor).toBeDefined();
    expect(await inbox.unreadCount({ ...other, tenantId: 'twn-y' }, 'u1')).toBe(0);
    await expect(
      inbox.list({ ...other, tenantId: 'twn-y' }, 'u1', { cursor: page.cursor ?? '' }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });
});
