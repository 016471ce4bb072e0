import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS } from './support/screenshots';
import { useE2eSession } from './support/session';

const LAPTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const OVERSEER = 'demo-overseer-dist-demo';
/** A name no demo case carries: registered below, it must never reach a district page. */
const PETITIONER = '区页隐名测试人';

describe('the district overseer compares townships and their rules, and never sees a petitioner', () => {
  const session = useE2eSession();
  const { consoleErrors } = session;
  /** Every district page visited, with its text, for the petitioner check at the end. */
  const texts = new Map<string, string>();

  const signIn = (userId: string, viewport = LAPTOP) => session.signIn(userId, { viewport, reducedMotion: 'reduce' });

  async function api<T>(page: Page, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await session.call(page, body === undefined ? 'GET' : 'POST', path, body);
    return { status: res.status, body: (await res.json()) as T };
  }

  const remember = async (page: Page) => texts.set(page.url(), await page.locator('body').innerText());

  it('a township admin registers a case with a named petitioner, visited at district level', async () => {
    const page = await signIn('demo-xiji-admin');
    const org = await api<{ units: { id: string; kind: string }[] }>(page, '/api/org');
    const unit = org.body.units.find((u) => u.kind === 'village')?.id ?? org.body.units[0]?.id ?? '';
    const created = await api(page, '/api/cases', {
      caseType: 'appeal',
      category: '区页测试',
      summary: '用于检查区级页面不显示信访人',
      originUnitId: unit,
      responsibleUnitIds: [unit],
      petitioner: { name: PETITIONER, contact: '13900009999' },
      firstVisit: { channel: 'visit', level: 'district', form: 'individual', headcount: 1 },
    });
    expect(created.status).toBe(201);
    await page.close();
  });

  it('opens the comparison: the ranked table, the charts, and one township', async () => {
    const page = await signIn(OVERSEER);
    await page.getByRole('menuitem', { name: /乡镇对比/ }).click();
    await page.waitForURL(/\/district(\?|$)/);
    const table = page.getByTestId('district-comparison-table');
    await table.waitFor();
    // Resolution quality leads: the first data columns after rank and township are on-time resolution, satisfaction.
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.slice(0, 4)).toEqual(['排名', '乡镇', '按期办结率', '满意率']);
    for (const name of ['西集镇', '柳河镇', '石桥镇', '清水镇'])
      await table.getByRole('link', { name, exact: true }).waitFor();
    // The charts are drawn on canvases once ECharts has loaded.
    for (const id of ['district-chart-bars', 'district-chart-levels', 'district-chart-trend'])
      await page.getByTestId(id).locator('canvas').first().waitFor();
    await remember(page);
    await page.screenshot({ path: join(SHOTS, 'district-laptop.png'), fullPage: true });

    await table.getByRole('link', { name: '西集镇', exact: true }).click();
    await page.waitForURL(/\/district\/townships\//);
    await page.getByTestId('district-township-title').filter({ hasText: '西集镇' }).waitFor();
    const figures = page.getByTestId('district-township-figures');
    await figures.getByText('按期办结率').waitFor();
    await figures.getByText('来访人次').waitFor();
    await page.getByTestId('district-chart-township').locator('canvas').first().waitFor();
    await remember(page);
    await page.screenshot({ path: join(SHOTS, 'district-township-laptop.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('leaves out of the ranking, with the reason, a township below the minimum count', async () => {
    const page = await signIn(OVERSEER);
    // January 2015, before any demo case: every township resolved fewer than the default minimum of ten.
    await page.goto(`${session.url}/district?from=2015-01&to=2015-01`);
    await page.getByTestId('district-comparison-table').waitFor();
    const excluded = page.getByTestId('district-excluded');
    await excluded.getByText('未参与排名的乡镇').waitFor();
    for (const name of ['西集镇', '柳河镇', '石桥镇', '清水镇'])
      await excluded.getByText(`${name}：本期办结0件，少于10件，数量过少不参与排名`).waitFor();
    await expect(page.getByTestId('district-unranked').count()).resolves.toBe(4);
    await remember(page);
    await page.close();
  });

  it('lays two townships’ rules side by side with the differences highlighted, and prices a set of visits', async () => {
    const page = await signIn(OVERSEER);
    const townships = await api<{ items: { id: string; name: string }[] }>(page, '/api/district/townships');
    const id = (name: string) => townships.body.items.find((t) => t.name === name)?.id ?? '';
    // 西集镇 keeps the default pack; 柳河镇's fines are 50 % higher (the demo seed's rule variants).
    await page.goto(`${session.url}/district/rules?t=${id('西集镇')},${id('柳河镇')}`);
    const grid = page.getByTestId('district-rule-grid');
    await grid.waitFor();
    await grid.getByRole('columnheader', { name: '西集镇' }).waitFor();
    await grid.getByRole('columnheader', { name: '柳河镇' }).waitFor();
    // Row 1b, individual at the township with 1–2 repeats: the village head pays 200元 here, 300元 there.
    const row = grid.locator('tbody tr').filter({ hasText: /^个人访·到镇\s*1–2次/ });
    await row.first().waitFor();
    const diff = row.first().getByTestId('rule-cell-diff');
    await expect(diff.allTextContents()).resolves.toEqual(expect.arrayContaining(['200元', '300元']));
    // Identical cells share a line, as rule tables are written: 1a (no repeat) stands alone, 1b covers 1–2.
    await grid
      .locator('tbody tr')
      .filter({ hasText: /^个人访·到镇\s*0次/ })
      .waitFor();
    const costs = page.getByTestId('district-mix-costs');
    await costs.waitFor();
    const totals = await page.getByTestId('district-mix-total').allTextContents();
    expect(totals).toHaveLength(2);
    await remember(page);
    await page.screenshot({ path: join(SHOTS, 'district-rules-laptop.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('fits a phone, 390 px wide', async () => {
    const page = await signIn(OVERSEER, PHONE);
    await page.goto(`${session.url}/district`);
    await page.getByTestId('district-chart-bars').locator('canvas').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'district-390.png'), fullPage: true });
    await page.goto(`${session.url}/district/rules`);
    await page.getByTestId('district-rule-grid').waitFor();
    await remember(page);
    await page.screenshot({ path: join(SHOTS, 'district-rules-390.png'), fullPage: true });
    await page.close();
  });

  it('never shows the petitioner’s name on any district page', async () => {
    const page = await signIn(OVERSEER);
    // The home page's table of townships, and the menu (drawn a moment after the content on a cold load).
    await page.getByTestId('district-townships').waitFor();
    await page.getByRole('menuitem').first().waitFor();
    texts.set(`${session.url}/`, await page.locator('body').innerText());
    const townships = await api<{ items: { id: string }[] }>(page, '/api/district/townships');
    for (const t of townships.body.items) {
      await page.goto(`${session.url}/district/townships/${t.id}`);
      await page.getByTestId('district-township-figures').waitFor();
      await remember(page);
    }
    expect(texts.size).toBeGreaterThanOrEqual(4 + 4);
    for (const [url, text] of texts) {
      expect(text.length, url).toBeGreaterThan(100);
      expect(text, url).not.toContain(PETITIONER);
    }
    await page.close();
  });
});
