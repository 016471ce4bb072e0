import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdfText, withoutWhitespace } from './support/pdf-text';
import { pickFirstOption } from './support/antd-select';
import { SHOTS } from './support/screenshots';
import { useE2eSession } from './support/session';

const LAPTOP = { width: 1366, height: 860 };
const PHONE = { width: 390, height: 844 };
const OVERSEER = 'demo-overseer-dist-demo';
const ART41 = [
  '一、受理、办理信访事项和来信来访数据统计',
  '二、信访事项较多的单位',
  '三、转送、交办、督办情况',
  '四、整改落实情况',
];

describe('district notices, township onboarding and the annual report', () => {
  const session = useE2eSession();
  const signIn = (userId: string, viewport = LAPTOP) => session.signIn(userId, { viewport });

  it('the overseer notifies a visit with a reason, and the township admin sees it on the case', async () => {
    const page = await signIn(OVERSEER);
    await page.goto(`${session.url}/district/notices?township=twn-xiji`);
    const row = page.locator('tr.ant-table-row').filter({ hasText: '未通报' }).first();
    await row.waitFor();
    const text = await page.locator('main, .ant-layout-content').first().innerText();
    expect(text).toContain('西集镇');
    // The 编号 officials quote (xiji-2026-046), never the case's internal id.
    const caseNumber = (await row.locator('td').nth(0).innerText()).trim();
    expect(caseNumber).toMatch(/^xiji-\d{4}-\d{3}$/);
    const visitDate = (await row.locator('td').nth(1).innerText()).trim();
    await page.screenshot({ path: join(SHOTS, 'district-notices-laptop.png'), fullPage: true });

    // antd spaces a two-character button label (「通 报」).
    await row.getByRole('button', { name: /^通\s*报$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('发出通报').waitFor();
    // Without a reason the form refuses, on the reason's field.
    await dialog.getByRole('button', { name: '发出通报' }).click();
    await dialog.getByText('请选择通报事由').first().waitFor();
    await pickFirstOption(page, '通报事由');
    await dialog.getByRole('button', { name: '发出通报' }).click();
    await page.getByText(`已通报：${caseNumber}`).waitFor();
    await page
      .locator('tr.ant-table-row')
      .filter({ hasText: caseNumber })
      .filter({ hasText: visitDate })
      .getByText('已通报（到区）')
      .waitFor();
    await page.close();

    const admin = await signIn('demo-xiji-admin');
    // The admin finds the case by the number the district quoted, as in a phone call, and opens it.
    await admin.goto(`${session.url}/cases?q=${encodeURIComponent(caseNumber)}`);
    await admin.getByTestId('case-row').getByRole('link', { name: caseNumber }).click();
    await admin.getByTestId('case-notices').getByText('越级到区及以上').waitFor();
    await admin.close();
  });

  it('the overseer creates a township with its first admin, who can then sign in', async () => {
    const page = await signIn(OVERSEER);
    await page.goto(`${session.url}/district/townships/new`);
    await page.getByTestId('rule-template').getByText('1b').first().waitFor();
    await page.getByRole('button', { name: '接入乡镇' }).click();
    await page.getByText('请填写乡镇名称').waitFor();
    await page.getByLabel('乡镇名称').fill('新安镇');
    await page.getByLabel('首位管理员姓名').fill('孙立新');
    // The API's refusal lands on its field.
    await page.getByLabel('乡镇编号').fill('XinAn');
    await page.getByRole('button', { name: '接入乡镇' }).click();
    await page.getByText('编号只能含小写字母、数字和连字符').waitFor();
    await page.getByLabel('乡镇编号').fill('xinan');
    await page.getByRole('button', { name: '接入乡镇' }).click();
    await page
      .getByTestId('onboarded')
      .getByText(/xinan-admin（孙立新）/)
      .waitFor();
    await page.screenshot({ path: join(SHOTS, 'district-onboarding-laptop.png'), fullPage: true });
    await page.close();

    const admin = await signIn('xinan-admin');
    await admin.getByText('新安镇').first().waitFor();
    await admin.close();
  });

  it('prints the annual report with the Art. 41 headings and saves it as a PDF', async () => {
    const page = await signIn(OVERSEER);
    await page.goto(`${session.url}/district/annual-report`);
    const report = page.getByTestId('annual-report');
    await report.getByText(ART41[3] ?? '').waitFor();
    await page.screenshot({ path: join(SHOTS, 'district-annual-report-laptop.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    // On paper: the report alone, every Art. 41 heading on it, no sidebar or buttons.
    for (const heading of ART41) expect(await page.getByRole('heading', { name: heading }).isVisible()).toBe(true);
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '导出 Excel' }).isVisible()).toBe(false);
    const printed = await page.locator('body').innerText();
    for (const heading of ART41) expect(printed).toContain(heading);
    expect(printed).toContain('西集镇');
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    // The PDF itself carries the headings and the townships (its text read through the fonts' ToUnicode maps).
    const pdfText = withoutWhitespace(extractPdfText(pdf).join('\n'));
    for (const heading of ART41) expect(pdfText, heading).toContain(withoutWhitespace(heading));
    expect(pdfText).toContain('西集镇');
    await page.close();
  });

  it('shows the three pages at 390 px', async () => {
    for (const [path, name, ready] of [
      ['/district/notices?township=twn-xiji', 'district-notices-390', 'tr.ant-table-row'],
      ['/district/townships/new', 'district-onboarding-390', '[data-testid="rule-template"] tr.ant-table-row'],
      ['/district/annual-report', 'district-annual-report-390', '[data-testid="annual-report"] h2'],
    ] as const) {
      const page = await signIn(OVERSEER, PHONE);
      await page.goto(`${session.url}${path}`);
      await page.locator(ready).first().waitFor();
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      await page.close();
    }
  });
});
