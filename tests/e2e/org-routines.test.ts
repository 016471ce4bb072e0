import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pickFirstOption } from './support/antd-select';
import { SHOTS } from './support/screenshots';
import { useE2eSession } from './support/session';

// Evaluated in the browser (this folder type-checks without the DOM lib).
declare const document: { querySelector(selector: string): { scrollWidth: number; clientWidth: number } | null };

const LAPTOP = { width: 1366, height: 860 };
const PHONE = { width: 390, height: 844 };

interface DemoUser {
  id: string;
  unitName?: string;
}

describe('org chart, screening ledger and routines in the browser', () => {
  const session = useE2eSession();
  const signIn = (userId: string, viewport = LAPTOP) => session.signIn(userId, { viewport });

  /**
   * The page's content fits the width the shell gives it (nothing scrolls sideways; wide tables scroll inside
   * themselves), and a picture of it for the docs. The shell itself (sidebar, header) is the app layout's concern.
   */
  async function shoot(page: Page, name: string): Promise<void> {
    const { scrollWidth, clientWidth } = await page.evaluate(() => {
      const main = document.querySelector('main');
      return { scrollWidth: main?.scrollWidth ?? 0, clientWidth: main?.clientWidth ?? -1 };
    });
    if (page.viewportSize()?.width === PHONE.width)
      expect(scrollWidth, `${name} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  it('a unit reporter files the screening ledger, and the admin no longer sees that unit as missing', async () => {
    const users = (await (await fetch(`${session.url}/auth/users`)).json()) as DemoUser[];
    const unitName = users.find((u) => u.id === 'demo-xiji-reporter')?.unitName ?? '';
    expect(unitName).not.toBe('');

    const admin = await signIn('demo-xiji-admin');
    await admin.goto(`${session.url}/screening`);
    const missing = admin.getByTestId('screening-missing-units');
    await missing.getByText(unitName, { exact: true }).waitFor();

    const reporter = await signIn('demo-xiji-reporter', PHONE);
    await reporter.goto(`${session.url}/screening`);
    await reporter.getByTestId('ledger-form').waitFor();
    await reporter.getByTestId('ledger-add').click();
    await reporter.getByLabel('事项').fill('排水沟堵塞引发邻里纠纷');
    await reporter.getByLabel('情况说明').fill('雨季前需疏通，已协调两户');
    await shoot(reporter, 'screening-reporter-390');
    await reporter.getByTestId('ledger-submit').click();
    await reporter.getByText('已提交（第 1 版）').waitFor();
    await reporter.close();

    await admin.reload();
    const filed = admin.getByTestId('screening-filed');
    await filed.getByRole('cell', { name: unitName, exact: true }).waitFor();
    await admin.getByTestId('screening-missing').waitFor();
    await expect(
      admin.getByTestId('screening-missing-units').getByText(unitName, { exact: true }).count(),
    ).resolves.toBe(0);
    await shoot(admin, 'screening-admin');
    await admin.setViewportSize(PHONE);
    await shoot(admin, 'screening-admin-390');
    await admin.close();
  });

  it('the Excel import of units shows a row error for a bad row and imports the good ones', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('单位').addRows([
      ['单位名称', '类型（办事处/村/部门）', '所属办事处（村必填）', '人口'],
      ['新河办事处', '办事处', '', 4200],
      ['新河村', '村', '新河办事处', 900],
      ['错行村', '乡', '', 10],
    ]);
    wb.addWorksheet('人员').addRows([
      ['姓名', '职务', '科级干部（是/否）', '工资由镇财政发放（是/否）'],
      ['新河书记', '党支部书记', '否', '否'],
    ]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());

    const page = await signIn('demo-xiji-admin');
    await page.goto(`${session.url}/org`);
    await page.getByRole('tab', { name: 'Excel 导入' }).click();
    await page.getByTestId('org-import').locator('input[type=file]').setInputFiles({
      name: 'units.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    const errors = page.getByTestId('import-errors');
    await errors.getByRole('cell', { name: '第 4 行' }).waitFor();
    await errors.getByText('类型应为“办事处”“村”或“部门”，不是“乡”').waitFor();
    await shoot(page, 'org-import-preview');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').getByText('导入完成：新增 2 个单位、1 人').waitFor();

    await page.getByRole('tab', { name: '单位' }).click();
    const tree = page.getByTestId('org-unit-tree');
    await tree.getByText('新河办事处', { exact: true }).waitFor();
    await tree.getByText('新河村', { exact: true }).waitFor();
    await expect(tree.getByText('错行村').count()).resolves.toBe(0);
    await shoot(page, 'org-units');
    await page.setViewportSize(PHONE);
    await shoot(page, 'org-units-390');
    await page.close();
  });

  async function typeDate(page: Page, label: string, date: string): Promise<void> {
    const input = page.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(date);
    await input.press('Enter');
  }

  it('records a reception day with a received case and a pre-event case review, and shows them with names', async () => {
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
    const page = await signIn('demo-xiji-admin');
    await page.goto(`${session.url}/org`);
    await page.getByRole('tab', { name: '责任人查询' }).click();
    await page.getByTestId('responsible-unit').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.getByText('负有领导责任的科级干部').waitFor();
    await shoot(page, 'org-responsible');

    await page.goto(`${session.url}/reception-days`);
    await page.getByTestId('reception-new').click();
    const reception = page.getByTestId('reception-form');
    await reception.waitFor();
    await typeDate(page, '日期', `${year}-03-18`);
    await pickFirstOption(page, '接访领导');
    await reception.getByLabel('地点').fill('综治中心信访接待大厅');
    await pickFirstOption(page, '当天接待的事项', { multiple: true });
    await page.getByTestId('reception-submit').click();
    const days = page.getByTestId('reception-days');
    await days.getByText('综治中心信访接待大厅').waitFor();
    await days.getByText(`${year}年3月18日`).waitFor();
    await expect(days.locator('.ant-tag').count()).resolves.toBe(1);
    await shoot(page, 'reception-days');

    await page.goto(`${session.url}/reviews`);
    await page.getByTestId('review-new').click();
    await page.getByTestId('review-form').waitFor();
    await page.getByLabel('敏感节点', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '国庆' }).click();
    await typeDate(page, '节点日期', `${year}-10-01`);
    await typeDate(page, '研判会日期', `${year}-09-22`);
    await pickFirstOption(page, '信访事项');
    await page.getByLabel('研判意见', { exact: true }).fill('节前入户走访，落实化解方案');
    await pickFirstOption(page, '包案领导');
    await page.getByTestId('review-submit').click();
    const card = page.getByTestId('review-card');
    await card.getByText(`国庆前研判（${year}年10月1日）`).waitFor();
    await card.getByText('节前入户走访，落实化解方案').waitFor();
    await shoot(page, 'reviews');

    await page.setViewportSize(PHONE);
    await page.reload();
    await page.getByTestId('review-card').waitFor();
    await shoot(page, 'reviews-390');
    await page.goto(`${session.url}/reception-days`);
    await page.getByTestId('reception-days').getByText('综治中心信访接待大厅').waitFor();
    await shoot(page, 'reception-days-390');
    await page.close();
  });
});
