import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/session';

// The demo district's townships (packages/cli/src/seed/generate.ts).
const DEMO_TOWNSHIPS = ['西集镇', '柳河镇', '石桥镇', '清水镇'];
const PERCENT = /^\d{1,3}(\.\d)?%$/;

interface Rate {
  value: number | null;
  numerator: number;
  denominator: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onTimeRate(report: unknown): Rate | undefined {
  if (!isRecord(report) || !isRecord(report['kpis'])) return undefined;
  const rate = report['kpis']['onTimeResolution'];
  if (!isRecord(rate) || typeof rate['numerator'] !== 'number' || typeof rate['denominator'] !== 'number')
    return undefined;
  const value = typeof rate['value'] === 'number' ? rate['value'] : null;
  return { value, numerator: rate['numerator'], denominator: rate['denominator'] };
}

/** "2026-11" minus `back` months. */
function monthBefore(month: string, back: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = (y ?? 0) * 12 + (m ?? 1) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function monthInShanghai(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(instant);
  return `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
}

describe('the home page shows true figures from the demo data', () => {
  const session = useE2eSession();

  it("shows a township admin the township's name and this month's on-time rate first", async () => {
    const page = await session.signIn('demo-xiji-admin');
    await page
      .getByTestId('home-place')
      .filter({ hasText: /^西集镇$/ })
      .waitFor();

    // The seeded months all have resolved cases, but on the 1st of a month the
    // current one may not yet: then the latest month with any resolution is used.
    const current = monthInShanghai(new Date());
    let month = current;
    let rate: Rate | undefined;
    for (let back = 0; back < 12; back++) {
      month = monthBefore(current, back);
      const response = await session.call(page, 'GET', `/api/reports/monthly?month=${month}`);
      expect(response.status).toBe(200);
      rate = onTimeRate(await response.json());
      if (rate && rate.denominator > 0) break;
    }
    expect(rate?.denominator, 'no month of the last year has a resolved case').toBeGreaterThan(0);
    if (month !== current) await page.goto(`${session.url}/?month=${month}`);

    const card = page.getByTestId('kpi-on-time');
    await card.waitFor();
    await card.getByText('按期办结率').waitFor();
    const value = (await page.getByTestId('kpi-on-time-value').textContent()) ?? '';
    expect(value).toMatch(PERCENT);
    await expect(page.getByTestId('kpi-on-time-fraction').textContent()).resolves.toBe(
      `${rate?.numerator}/${rate?.denominator}`,
    );
    await page.getByTestId('kpi-satisfaction').getByText('群众满意率').waitFor();
    // Resolution quality leads: the on-time card comes before the visit counts.
    const [onTimeBox, visitsBox] = await Promise.all([
      card.boundingBox(),
      page.getByTestId('kpi-visits').boundingBox(),
    ]);
    expect(
      onTimeBox && visitsBox && onTimeBox.y <= visitsBox.y && (onTimeBox.y < visitsBox.y || onTimeBox.x < visitsBox.x),
    ).toBe(true);
    await page.close();
  });

  it('paints a township user’s home from the HTML before any script has run, this month in its heading', async () => {
    const page = await session.signIn('demo-xiji-admin');
    const [year, month] = monthInShanghai(new Date()).split('-');
    const heading = `${year}年${Number(month)}月信访工作概况`;
    const entry = '**/assets/index-*.js';
    // The app's scripts held back: what shows is the page's HTML (web/build/prerender.ts).
    await page.route(entry, (route) => route.abort());
    await page.goto(`${session.url}/`);
    const shell = await page.locator('#root').innerText();
    expect(shell).toContain(heading);
    expect(shell).toContain('信访责任管理');
    expect(shell).not.toContain('2000年');
    await page.unroute(entry);

    // With its scripts, the app draws the same page over it and fills it in.
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.url}/`);
    await page
      .getByTestId('home-place')
      .filter({ hasText: /^西集镇$/ })
      .waitFor();
    await page.getByText(heading).waitFor();
    await page.getByRole('menuitem', { name: '首页' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('paints no township home for a district user, nor at phone width, before the app draws theirs', async () => {
    const entry = '**/assets/index-*.js';
    const district = await session.signIn('demo-overseer-dist-demo');
    await district.route(entry, (route) => route.abort());
    await district.goto(`${session.url}/`);
    expect(await district.locator('#root').innerText()).toBe('');
    await district.close();

    const phone = await session.signIn('demo-xiji-admin', { viewport: { width: 390, height: 844 } });
    await phone.route(entry, (route) => route.abort());
    await phone.goto(`${session.url}/`);
    expect(await phone.locator('#root').innerText()).toBe('');
    await phone.unroute(entry);
    await phone.goto(`${session.url}/`);
    await phone.getByTestId('nav-drawer-toggle').waitFor();
    await phone.close();
  });

  it('shows a unit reporter their unit instead of an error', async () => {
    const page = await session.signIn('demo-xiji-reporter');
    await page
      .getByTestId('home-place')
      .filter({ hasText: /^西集镇$/ })
      .waitFor();
    await page.getByTestId('unit-open-cases').getByText('本单位在办信访事项').waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.close();
  });

  it("lists the district's four demo townships for the district overseer", async () => {
    const page = await session.signIn('demo-overseer-dist-demo');
    const table = page.getByTestId('district-townships');
    await table.waitFor();
    for (const name of DEMO_TOWNSHIPS) await table.getByRole('cell', { name, exact: true }).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(DEMO_TOWNSHIPS.length);
    await table.getByRole('columnheader', { name: /人口/ }).waitFor();
    await page.close();
  });
});
