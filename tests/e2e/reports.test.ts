import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extractPdfText, withoutWhitespace } from './support/pdf-text';
import { SHOTS } from './support/screenshots';
import { useE2eSession } from './support/session';

const LAPTOP = { width: 1440, height: 900 };
const PHONE_WIDTH = 390;
/** The printed annual report's section headings. */
const ANNUAL_HEADINGS = ['考核指标', '目标完成情况', '全年走势', '全年合计', '按单位', '按个人'];

/** The current year in Beijing, as the page defaults to it. */
const thisYear = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());

describe('the township reports: charts, Excel and a printable annual report', () => {
  const session = useE2eSession();
  const { consoleErrors } = session;
  const signIn = (userId: string) => session.signIn(userId, { viewport: LAPTOP, acceptDownloads: true });

  /** The width of the chart's canvas as drawn (CSS pixels). */
  const canvasWidth = (page: Page, testId: string) =>
    page
      .getByTestId(testId)
      .locator('canvas')
      .first()
      .evaluate((c) => (c as unknown as { clientWidth: number }).clientWidth);

  it('an admin opens the monthly report: quality first, the charts drawn on canvas, and they follow a phone width', async () => {
    const page = await signIn('demo-xiji-admin');
    await page.getByRole('menuitem', { name: /统计报表/ }).click();
    await page.waitForURL(`${session.url}/reports`);
    await page
      .getByTestId('report-title')
      .filter({ hasText: /西集镇信访工作月小结/ })
      .waitFor();

    // ECharts arrives with the page that draws it and paints on a canvas.
    const visits = page.getByTestId('chart-visits-by-level');
    await visits.locator('canvas').first().waitFor();
    await page.getByTestId('chart-rates').locator('canvas').first().waitFor();
    await page.getByTestId('chart-money').locator('canvas').first().waitFor();
    const wide = await canvasWidth(page, 'chart-visits-by-level');
    expect(wide).toBeGreaterThan(300);

    // Resolution quality leads: on-time and satisfaction come before the counts of cases and visits.
    await page.getByTestId('report-on-time').getByText('按期办结率').waitFor();
    await page.getByTestId('report-satisfaction').getByText('群众满意率').waitFor();
    const [quality, volume] = await Promise.all([
      page.getByTestId('report-quality').boundingBox(),
      page.getByTestId('report-volume').boundingBox(),
    ]);
    expect(quality && volume && quality.y < volume.y).toBe(true);
    // Money is shown in yuan.
    await page
      .getByTestId('report-money')
      .getByText(/^¥[\d,]+\.\d{2}$/)
      .first()
      .waitFor();
    await page.screenshot({ path: join(SHOTS, 'reports-monthly.png'), fullPage: true });

    // On a phone the same charts shrink to the screen instead of overflowing it.
    await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
    await expect
      .poll(() => canvasWidth(page, 'chart-visits-by-level'), { timeout: 30_000 })
      .toBeLessThanOrEqual(PHONE_WIDTH);
    await expect(page.evaluate(pageOverflow), 'the page scrolls sideways').resolves.toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'reports-monthly-390.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('the annual report downloads as Excel and prints as a document with its headings', async () => {
    const year = thisYear();
    const page = await signIn('demo-xiji-admin');
    await page.goto(`${session.url}/reports`);
    // The weekly report first: its title names the week, and its chart draws the week day by day.
    await page.getByTestId('report-tab-weekly').click();
    await page
      .getByTestId('report-title')
      .filter({ hasText: /西集镇信访周通报（\d{4}-\d{2}-\d{2}至/ })
      .waitFor();
    await page.getByTestId('chart-visits-by-level').locator('canvas').first().waitFor();
    await page.getByTestId('report-tab-annual').click();
    await page
      .getByTestId('report-title')
      .filter({ hasText: `西集镇${year}年度信访工作汇总` })
      .waitFor();
    await page.getByTestId('annual-trends').getByTestId('chart-visits-by-level').locator('canvas').first().waitFor();
    await page.getByTestId('chart-target').locator('canvas').first().waitFor();
    await page.getByTestId('annual-units').locator('tbody tr.ant-table-row').first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-excel-annual').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`年汇总_${year}.xlsx`);
    const file = join(tmpdir(), `annual-${Date.now()}.xlsx`);
    await download.saveAs(file);
    const bytes = await readFile(file);
    // An .xlsx is a zip archive: "PK\x03\x04".
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(bytes.length).toBeGreaterThan(2000);
    // The API's workbook of the year: units, persons and targets, titled with the township.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['单位汇总', '个人汇总', '目标考核']);
    expect(String(workbook.getWorksheet('单位汇总')?.getCell('A1').value)).toContain(`西集镇${year}年度信访工作汇总`);
    await page.screenshot({ path: join(SHOTS, 'reports-annual.png'), fullPage: true });

    // Printed: no navigation, tabs or buttons; the report's title and each section's heading remain.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ant-layout-sider').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('tab', { name: '年报' }).isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('report-excel-annual').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('report-print-annual').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('report-title').isVisible()).resolves.toBe(true);
    for (const heading of ANNUAL_HEADINGS)
      await expect(page.getByRole('heading', { name: heading, exact: true }).isVisible(), heading).resolves.toBe(true);
    // Tables print with borders, and each section after the first starts a new page.
    const cell = page.getByTestId('annual-units').locator('tbody tr.ant-table-row td').first();
    await expect(cell.evaluate(computedStyle, 'border-top-style')).resolves.toBe('solid');
    await expect(page.getByTestId('annual-targets').evaluate(computedStyle, 'break-before')).resolves.toBe('page');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // One section per page at least: a PDF of six sections has more than five pages.
    const pdfPages = extractPdfText(pdf).map(withoutWhitespace);
    expect(pdfPages.length).toBeGreaterThanOrEqual(6);
    // And the PDF itself carries the title and every section's heading (read through the fonts' ToUnicode maps).
    const pdfText = pdfPages.join('');
    expect(pdfText).toContain(withoutWhitespace(`西集镇${year}年度信访工作汇总`));
    for (const heading of ANNUAL_HEADINGS) expect(pdfText, heading).toContain(withoutWhitespace(heading));
    await page.screenshot({ path: join(SHOTS, 'reports-annual-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

/** A computed style; passed whole to `evaluate`, it runs in the browser (this folder type-checks without the DOM lib). */
function computedStyle(el: unknown, property: string): string {
  const view = globalThis as unknown as { getComputedStyle(e: unknown): { getPropertyValue(p: string): string } };
  return view.getComputedStyle(el).getPropertyValue(property);
}

/** How far the document is wider than the window; run in the browser. */
function pageOverflow(): number {
  const w = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
  return w.document.documentElement.scrollWidth - w.innerWidth;
}
