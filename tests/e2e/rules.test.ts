import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS } from './support/screenshots';
import { useE2eSession } from './support/session';

describe('the township admin reads, edits and publishes the rule table', () => {
  const session = useE2eSession();
  const { consoleErrors } = session;
  const signIn = (userId: string) => session.signIn(userId, { viewport: { width: 1600, height: 1000 } });

  it('shows the version in force like the seed’s table, with its settings and history', async () => {
    const page = await signIn('demo-xiji-admin');
    await page.getByRole('menuitem', { name: /规则表/ }).click();
    await page.waitForURL(`${session.url}/rules`);
    const national = page.getByTestId('rule-table').locator('tr[data-row-id="5b"]');
    await national.waitFor();
    await expect(national.locator('td').allTextContents()).resolves.toEqual([
      '5b',
      '个人访、集体访·进京',
      '2次及以上',
      '1000',
      '2000',
      '同办事处金额',
      '—',
      '停职检查；影响恶劣另加：党纪政纪处分',
    ]);
    await page.getByTestId('rule-settings').getByText('处罚金额 × 1/2').waitFor();
    await page.getByTestId('rule-history').getByText('现行').waitFor();
    await page.screenshot({ path: join(SHOTS, 'rules.png'), fullPage: true });
    await page.close();
  });

  it('raises a fine in a draft, sees an overlapping row refused by name, then publishes and diffs', async () => {
    const page = await signIn('demo-xiji-admin');
    await page.goto(`${session.url}/rules`);
    await page.getByTestId('rule-draft-create').click();
    await page.getByTestId('rule-matrix').waitFor();

    // 1b's village head (individual repeat visit): 200 → 300 yuan, typed in place.
    await page.getByTestId('cell-1b-villageHead').click();
    await page.keyboard.type('300');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('cell-1b-villageHead').textContent()).resolves.toBe('300');
    // The default pack's saved test case for 1b expects 200元: it fails, and publishing is refused.
    const validation = page.getByTestId('rule-validation');
    await validation
      .getByText('规则测试用例“个人访到区重复1次：办事处100元，村200元”未通过：村主要责任人应为200元，实际300元')
      .waitFor();
    await expect(page.getByTestId('rule-publish-button').isDisabled()).resolves.toBe(true);

    // What if: this year's village heads fined for 1b visits pay more; the draft is saved first.
    await page.getByTestId('rule-what-if-run').click();
    const persons = page.getByTestId('rule-what-if-persons');
    await persons.waitFor({ timeout: 90_000 });
    await expect(page.getByTestId('rule-draft-dirty').textContent()).resolves.toBe('已保存');
    const deltas = await persons.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(deltas.length).toBeGreaterThan(0);
    // Sorted by the largest change first; every change is a rise (only an amount went up).
    for (const delta of deltas) expect(delta).toMatch(/^\+¥[\d,]+\.\d{2}$/);
    await page.getByTestId('rule-what-if').getByRole('tab', { name: '按单位' }).click();
    await page.getByTestId('rule-what-if-units').locator('tbody tr').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'rules-what-if.png'), fullPage: true });

    // A copy of 4a below it covers 赴省 repeats ≥2, which 4b covers already: refused, naming the row.
    await page.getByTestId('row-add-4a').click();
    const issues = page.getByTestId('row-issues-4a-2');
    await issues.getByText(/规则4a-2与规则4b重叠|规则4b与规则4a-2重叠/).waitFor();
    await page
      .getByTestId('rule-validation')
      .getByText(/规则表有\d+个问题，修正后才能发布/)
      .waitFor();
    await expect(page.getByTestId('rule-publish-button').isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'rules-draft-invalid.png'), fullPage: true });

    await page.getByTestId('row-remove-4a-2').click();
    // The what-if saved the draft; adding and removing the row brought it back to what was saved.
    await page.getByTestId('rule-draft-dirty').filter({ hasText: '已保存' }).waitFor();
    const draftUrl = page.url();

    // The admin retires the seed's 1b case on the rules page; back in the draft, nothing blocks publishing.
    await page.goto(`${session.url}/rules`);
    const oldCase = page
      .getByTestId('rule-tests')
      .locator('tr', { hasText: '个人访到区重复1次：办事处100元，村200元' });
    await oldCase.getByRole('button').click();
    await oldCase.waitFor({ state: 'detached' });
    await page.goto(draftUrl);
    await validation.getByText('规则表校验通过').waitFor();
    await page.getByTestId('rule-publish-button').click();
    await page.waitForURL(/\/rules\?version=/);
    await page
      .getByTestId('rule-table')
      .locator('tr[data-row-id="1b"] td')
      .nth(4)
      .filter({ hasText: /^300$/ })
      .waitFor();

    await page.getByRole('link', { name: '与上一版本比较' }).click();
    const changed = page.getByTestId('rule-diff-to').locator('[data-changed="true"]');
    await changed.first().waitFor();
    await expect(changed.allTextContents()).resolves.toEqual(['300']);
    await page.getByTestId('rule-diff-summary').getByText('1b：金额').waitFor();
    await page.screenshot({ path: join(SHOTS, 'rules-diff.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('exports the rule table to Excel and imports it back into a draft: publishing it changes nothing', async () => {
    const page = await signIn('demo-xiji-admin');
    const versions = await session.getJson<{ items: { versionId: string }[] }>(page, '/api/rules/versions');
    const latest = versions.items.at(-1)?.versionId ?? '';
    await page.goto(`${session.url}/rules?version=${latest}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rule-export-xlsx').click()]);
    const file = join(tmpdir(), `rules-${Date.now()}.xlsx`);
    await download.saveAs(file);

    await page.getByTestId('rule-draft-create').click();
    await page.getByTestId('rule-matrix').waitFor();
    await page.getByTestId('rule-draft-editor').locator('input[type=file]').setInputFiles(file);
    await page.getByText('已从Excel导入规则表').waitFor();
    await page.getByTestId('rule-validation').getByText('规则表校验通过').waitFor();
    await page.getByTestId('rule-publish-button').click();
    await page.waitForURL(/\/rules\?version=/);
    // The timeline lists the newest version first: its link compares it with the one it copied.
    await page.getByRole('link', { name: '与上一版本比较' }).first().click();
    await page.getByTestId('rule-diff-same').getByText('两个版本的规则完全相同').waitFor();
    await expect(page.getByTestId('rule-diff').locator('[data-changed="true"]').count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a saved test case the draft fails blocks publishing until the draft meets it', async () => {
    const page = await signIn('demo-xiji-admin');
    await page.goto(`${session.url}/rules`);
    await page.getByTestId('rule-test-add').click();
    await page.getByTestId('rule-test-name').fill('经区级通报的进京重复访：村主要责任人2500元');
    await page.getByTestId('rule-test-repeats').fill('2');
    await page.getByTestId('rule-test-village').fill('2500');
    await page.locator('#rule-test-ok').click();
    await page
      .getByTestId('rule-tests')
      .getByRole('cell', { name: '经区级通报的进京重复访：村主要责任人2500元' })
      .waitFor();
    await page.getByTestId('rule-tests').getByText('个人访·进京·重复2次·经区级通报（村）').first().waitFor();
    // The new case replaces the seed's expectation for the same visit (2000元), which the admin deletes.
    const seedCase = page
      .getByTestId('rule-tests')
      .locator('tr', { hasText: '经区级通报的进京重复访：村主要责任人2000元' });
    await seedCase.getByRole('button').click();
    await seedCase.waitFor({ state: 'detached' });

    await page.getByTestId('rule-draft-create').click();
    const validation = page.getByTestId('rule-validation');
    await validation
      .getByText('规则测试用例“经区级通报的进京重复访：村主要责任人2500元”未通过：村主要责任人应为2500元，实际2000元')
      .waitFor();
    await expect(page.getByTestId('rule-publish-button').isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'rules-test-case-failing.png'), fullPage: true });

    await page.getByTestId('cell-5b-villageHead').click();
    await page.keyboard.type('2500');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('cell-5b-villageHead').textContent()).resolves.toBe('2500');
    await validation.getByText('规则表校验通过').waitFor();
    await expect(page.getByTestId('rule-publish-button').isEnabled()).resolves.toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
