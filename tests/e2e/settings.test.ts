import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS } from './support/screenshots';
import { useE2eSession } from './support/session';

const thisYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

describe('the township admin keeps the calendar and the model-township titles in /settings', () => {
  const session = useE2eSession();
  const { consoleErrors } = session;
  const signIn = (userId: string) => session.signIn(userId, { viewport: { width: 1440, height: 900 } });

  it('adds a 调休 working day and sets a title, and both are there after a reload', async () => {
    const year = thisYear();
    // A Saturday late in the year: a make-up working day (调休上班) as the State Council announces them.
    const saturday = `${year}-12-${String(26 - ((new Date(Date.UTC(year, 11, 26)).getUTCDay() + 1) % 7)).padStart(2, '0')}`;
    const saturdayZh = `${year}年12月${Number(saturday.slice(8))}日`;
    const page = await signIn('demo-xiji-admin');
    await page.getByRole('menuitem', { name: /设置/ }).click();
    await page.waitForURL(`${session.url}/settings`);

    const calendar = page.getByTestId('settings-calendar');
    await expect(calendar.getByText(saturdayZh).count()).resolves.toBe(0);
    const date = calendar.getByPlaceholder('日期');
    await date.click();
    await date.fill(saturday);
    await date.press('Enter');
    await calendar.getByPlaceholder('如 国庆调休').fill('元旦调休上班');
    await calendar.getByTestId('settings-override-add').click();
    const row = calendar.locator('tr.ant-table-row').filter({ hasText: saturdayZh });
    await row.getByText('元旦调休上班').waitFor();
    await row.getByText('调休上班').first().waitFor();

    // Last year's title: district level (区级示范乡镇).
    const honour = page.getByTestId(`settings-honour-${year - 1}`);
    await honour.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '区级示范乡镇' })
      .click();
    await honour.getByText('区级示范乡镇').waitFor();
    await page.getByTestId('settings-honours').locator('.ant-spin-spinning').waitFor({ state: 'detached' });

    await page.reload();
    await page
      .getByTestId('settings-calendar')
      .locator('tr.ant-table-row')
      .filter({ hasText: saturdayZh })
      .getByText('元旦调休上班')
      .waitFor();
    await page
      .getByTestId(`settings-honour-${year - 1}`)
      .getByText('区级示范乡镇')
      .waitFor();

    // The API agrees: the override counts for the township's working days, and the title is stored.
    const calendarYear = await session.getJson<{ overrides: { date: string; working: boolean; name: string }[] }>(
      page,
      `/api/calendar/year/${year}`,
    );
    expect(calendarYear.overrides).toContainEqual(
      expect.objectContaining({ date: saturday, working: true, name: '元旦调休上班' }),
    );
    const honours = await session.getJson<{ items: { year: number; level: string | null }[] }>(
      page,
      '/api/township/honours',
    );
    expect(honours.items).toContainEqual(expect.objectContaining({ year: year - 1, level: 'district' }));
    await page.screenshot({ path: join(SHOTS, 'settings.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows the settings on a phone without sideways scrolling', async () => {
    const page = await signIn('demo-xiji-admin');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.url}/settings`);
    await page.getByTestId('settings-calendar').waitFor();
    await page.getByTestId('settings-honours').locator('tr.ant-table-row').first().waitFor();
    // Nothing makes the page scroll sideways (wide tables scroll inside themselves).
    const overflow = await page.evaluate(pageOverflow);
    await page.screenshot({ path: join(SHOTS, 'settings-390.png'), fullPage: true });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

/** How far the document is wider than the window; run in the browser (this folder type-checks without the DOM lib). */
function pageOverflow(): number {
  const w = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
  return w.document.documentElement.scrollWidth - w.innerWidth;
}
