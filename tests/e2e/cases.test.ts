import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pickFirstOption } from './support/antd-select';
import { SHOTS } from './support/screenshots';
import { useE2eSession } from './support/session';

// Read inside `page.evaluate` (which runs in the browser); this folder type-checks without the DOM lib.
declare const document: { scrollingElement: { scrollWidth: number; clientWidth: number } | null };

const LAPTOP = { width: 1366, height: 860 };
const PHONE = { width: 390, height: 844 };

interface ListedCase {
  id: string;
  originUnitId: string;
  responsibleUnitIds: string[];
}

describe('the case pages: register, accept, resolve; the list flags overdue; units stay apart; phones', () => {
  const session = useE2eSession();
  const signIn = (userId: string, viewport = LAPTOP) => session.signIn(userId, { viewport });
  let registeredId = '';

  async function act(page: Page, kind: string, timelineText: string): Promise<void> {
    await page.getByTestId(`action-${kind}`).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('button', { name: '确 定' })
      .or(dialog.getByRole('button', { name: '确定' }))
      .click();
    await page.getByTestId('case-timeline').getByText(timelineText, { exact: true }).waitFor();
  }

  it('lets an officer register a case with a visit, accept and resolve it; the timeline shows each step', async () => {
    const page = await signIn('demo-xiji-officer');
    await page.goto(`${session.url}/cases/new`);
    await page.getByTestId('register-form').waitFor();
    await page.getByLabel('分类').fill('道路维修');
    await page.getByLabel('事项摘要').fill('村口道路塌陷，雨天无法通行（端到端测试）');
    await pickFirstOption(page, '来源单位');
    await pickFirstOption(page, '责任单位（可多选）', { multiple: true });
    await page.getByLabel('人数').fill('2');
    await page.getByLabel('姓名').fill('测试信访人');
    // The collective threshold in force is shown on the form.
    await page.getByText(/集体访标准：\d+ 人及以上/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'case-new-laptop.png'), fullPage: true });
    await page.getByTestId('register-submit').click();

    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    registeredId = decodeURIComponent(page.url().split('/').at(-1) ?? '');
    const timeline = page.getByTestId('case-timeline');
    await timeline.getByText('登记（接访）', { exact: true }).waitFor();
    await timeline.getByText(/^来访（个人访·到镇，2人）$/).waitFor();
    await act(page, 'accept', '受理');
    await act(page, 'resolve', '办结');
    // Names, never raw ids: the case's units read as names on the page.
    const text = await page.getByTestId('case-detail').innerText();
    expect(text).not.toMatch(/xiji-[a-z]\d/);
    expect(text).not.toContain('测试信访人');
    await page
      .getByTestId('case-deadlines')
      .getByText(/已完成/)
      .first()
      .waitFor();
    await page.screenshot({ path: join(SHOTS, 'case-detail-laptop.png'), fullPage: true });
    await page.close();
  });

  it('flags overdue cases in the list, and counts them', async () => {
    const page = await signIn('demo-xiji-admin');
    // A case registered 120 days ago and never accepted is past its resolution deadline whatever the demo data holds.
    const org = await session.getJson<{ units: { id: string }[] }>(page, '/api/org');
    const unit = org.units[0]?.id ?? '';
    const registeredOn = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10);
    const created = await session.call(page, 'POST', '/api/cases', {
      caseType: 'appeal',
      category: '超期测试',
      summary: '登记后一直未办理的事项',
      originUnitId: unit,
      responsibleUnitIds: [unit],
      registeredOn,
      firstVisit: { channel: 'letter', level: 'township', form: 'individual', headcount: 1 },
    });
    expect(created.status).toBe(201);
    await page.goto(`${session.url}/cases?deadline=overdue`);
    await page.getByTestId('tag-overdue').first().waitFor();
    const { count } = await session.getJson<{ count: number }>(page, '/api/cases/count?overdue=true');
    expect(count).toBeGreaterThan(0);
    await page.getByTestId('case-count').getByText(`共 ${count} 件`).waitFor();
    await page.getByTestId('case-row').filter({ hasText: '超期测试' }).getByTestId('tag-overdue').waitFor();
    const rows = await page.getByTestId('case-row').count();
    expect(await page.getByTestId('tag-overdue').count()).toBe(rows);
    await page.goto(`${session.url}/cases`);
    await page.getByTestId('case-row').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'cases-laptop.png'), fullPage: true });
    await page.close();
  });

  it("keeps a unit reporter out of another unit's case", async () => {
    const admin = await signIn('demo-xiji-admin');
    const reporter = await signIn('demo-xiji-reporter');
    const me = await session.getJson<{ unitId?: string }>(reporter, '/api/me');
    const { items } = await session.getJson<{ items: ListedCase[] }>(admin, '/api/cases?limit=100');
    const foreign = items.find(
      (c) => me.unitId && c.originUnitId !== me.unitId && !c.responsibleUnitIds.includes(me.unitId),
    );
    expect(foreign, 'a case of another unit in the demo data').toBeDefined();
    await reporter.goto(`${session.url}/cases/${encodeURIComponent(foreign?.id ?? '')}`);
    await reporter.getByTestId('case-not-found').waitFor();
    expect(await reporter.getByTestId('case-detail').count()).toBe(0);
    await admin.close();
    await reporter.close();
  });

  it('shows the case page at 390 px without horizontal scrolling, the menu in a drawer', async () => {
    expect(registeredId).not.toBe('');
    const page = await signIn('demo-xiji-officer', PHONE);
    await page.goto(`${session.url}/cases/${registeredId}`);
    await page.getByTestId('case-timeline').waitFor();
    const overflow = await page.evaluate(() => {
      const el = document.scrollingElement;
      return el ? el.scrollWidth - el.clientWidth : 0;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'case-detail-phone.png'), fullPage: true });

    await page.goto(`${session.url}/cases`);
    await page.getByTestId('case-row').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'cases-phone.png'), fullPage: true });
    await page.getByTestId('nav-drawer-toggle').click();
    await page.getByRole('menuitem', { name: /登记信访/ }).click();
    await page.getByTestId('register-form').waitFor();
    await page.screenshot({ path: join(SHOTS, 'case-new-phone.png'), fullPage: true });
    await page.close();
  });
});
