import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS } from './support/screenshots';
import { useE2eSession } from './support/session';
import { yuan } from './support/yuan';

const LAPTOP = { width: 1366, height: 860 };
const PHONE = { width: 390, height: 844 };

interface PersonBalance {
  personId: string;
  name: string;
  finesFen: number;
}
interface Notice {
  noticeId: string;
  name: string;
  totalFen: number;
  outstandingFen: number;
}

describe('the township admin evaluates a period, issues its notices, prints one and records a payment', () => {
  const session = useE2eSession();
  const { consoleErrors } = session;
  const signIn = (userId: string, viewport = LAPTOP) => session.signIn(userId, { viewport });

  let periodKey = '';

  it('evaluates this year with visible progress, then reads a person’s entries with their amounts', async () => {
    const page = await signIn('demo-xiji-admin');
    await page.getByRole('menuitem', { name: /处罚台账/ }).click();
    await page.waitForURL(`${session.url}/ledger`);

    // The evaluation is held at the network until the page has shown that it is working and refuses a second click.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let evaluations = 0;
    await page.route('**/api/ledger/evaluations', async (route) => {
      evaluations += 1;
      await held;
      await route.continue();
    });
    await page.getByTestId('ledger-evaluate').getByText('按年').click();
    await page.getByTestId('ledger-evaluate-run').click();
    const progress = page.getByTestId('ledger-evaluate-progress');
    await progress.getByText(/正在计算2026年.*的台账/).waitFor();
    await expect(page.getByTestId('ledger-evaluate-run').isDisabled()).resolves.toBe(true);
    await page.getByTestId('ledger-evaluate-run').click({ force: true });
    release();
    await progress.waitFor({ state: 'detached', timeout: 120_000 });
    expect(evaluations).toBe(1);
    await page.getByText(/计算完成：罚款\d+笔，合计¥/).waitFor();
    await page.unroute('**/api/ledger/evaluations');

    periodKey = new URL(page.url()).searchParams.get('period') ?? '';
    expect(periodKey).toMatch(/^2026-01-01_2026-\d{2}-\d{2}$/);
    await expect(page.getByTestId('ledger-period-status').textContent()).resolves.toBe('草稿');

    // The person fined most, by name, with the amount the API holds for them.
    const persons = await session.getJson<{ items: PersonBalance[] }>(
      page,
      `/api/ledger/by-person?period=${periodKey}`,
    );
    const top = [...persons.items].sort((a, b) => b.finesFen - a.finesFen)[0];
    expect(top?.finesFen ?? 0).toBeGreaterThan(0);
    if (!top) return;
    const row = page.getByTestId('ledger-persons').locator(`tr[data-person="${top.name}"]`);
    await row.getByText(yuan(top.finesFen), { exact: true }).waitFor();
    await expect(row.textContent()).resolves.not.toContain(top.personId);
    await row.click();
    const entries = page.getByTestId('ledger-person-entries').first();
    const firstEntry = entries.locator('tbody tr.ant-table-row').first();
    await firstEntry.waitFor();
    const cells = await firstEntry.locator('td').allTextContents();
    expect(cells[1]).toBe('罚款');
    expect(cells[2]).toMatch(/罚款|元/);
    expect(cells[3]).toMatch(/^规则\w+/);
    expect(cells[4]).toMatch(/^¥[\d,]+\.\d{2}$/);
    // Each entry names its case by the 编号 the ledger holds for it, the number the case page shows.
    const theirs = await session.getJson<{ items: { kind: string; caseId?: string; caseNumber?: string }[] }>(
      page,
      `/api/ledger?period=${periodKey}&personId=${encodeURIComponent(top.personId)}`,
    );
    const fines = theirs.items.filter((r) => r.kind === 'fine');
    expect(fines.length).toBeGreaterThan(0);
    for (const r of fines) expect(r.caseNumber).toMatch(/^xiji-\d{4}-\d{3}$/);
    await expect(firstEntry.getByTestId('ledger-entry-case').textContent()).resolves.toMatch(
      /^信访事项：xiji-\d{4}-\d{3}$/,
    );
    const shown = await entries.getByTestId('ledger-entry-case').allTextContents();
    const named = theirs.items.filter((r) => r.caseId).map((r) => `信访事项：${r.caseNumber ?? r.caseId}`);
    expect(new Set(shown)).toEqual(new Set(named));
    await page.screenshot({ path: join(SHOTS, 'ledger.png'), fullPage: true });

    // Issuing asks first; then the period is issued and its notices can be paid.
    await page.getByTestId('ledger-issue').click();
    await page.getByText('下发后本期间的条目不再改动').waitFor();
    await page.getByTestId('ledger-issue-ok').click();
    await page.getByTestId('ledger-period-status').filter({ hasText: '已下发' }).waitFor();
    await expect(page.getByTestId('ledger-issue').count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('prints the person’s penalty notice alone, then records a payment and sees the balance fall', async () => {
    const page = await signIn('demo-xiji-admin');
    await page.goto(`${session.url}/ledger?period=${periodKey}`);
    const notices = await session.getJson<{ items: Notice[] }>(page, `/api/ledger/notices?period=${periodKey}`);
    const notice = [...notices.items].sort((a, b) => b.totalFen - a.totalFen)[0];
    expect(notice?.outstandingFen ?? 0).toBeGreaterThan(1000);
    if (!notice) return;
    await page.getByRole('tab', { name: '处罚通知与缴款' }).click();
    const row = page.getByTestId('ledger-notices').locator(`tr[data-person="${notice.name}"]`).first();
    await expect(row.getByTestId('notice-outstanding').textContent()).resolves.toBe(yuan(notice.outstandingFen));

    // The printable notice: one per person, the total, and under print media nothing but the notices.
    await row.getByTestId('notice-print').click();
    await page.waitForURL(/\/ledger\/print\?/);
    const doc = page.getByTestId('penalty-notice');
    await doc.first().waitFor();
    await expect(doc.count()).resolves.toBe(1);
    await expect(doc.getAttribute('data-person')).resolves.toBe(notice.name);
    await doc.getByText('处罚通知').first().waitFor();
    await expect(doc.getByTestId('penalty-notice-total').textContent()).resolves.toBe(
      `合计应缴罚款：${yuan(notice.totalFen)}`,
    );
    await expect(page.locator('.ant-layout-sider').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await page.locator('.ant-layout-sider').waitFor({ state: 'hidden' });
    await page.getByTestId('notice-print-button').waitFor({ state: 'hidden' });
    await expect(doc.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'ledger-notice-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: '返回台账' }).click();

    // A payment of 10 yuan: a bad amount is refused first, then the outstanding balance falls by 10 yuan.
    await page.getByRole('tab', { name: '处罚通知与缴款' }).click();
    await row.getByTestId('notice-pay').click();
    const amount = page.getByTestId('payment-form').locator('input').first();
    await amount.fill('10.001');
    await page.getByText('金额应为数字，最多两位小数').waitFor();
    await expect(page.getByTestId('payment-submit').isDisabled()).resolves.toBe(true);
    await amount.fill('10');
    await page.getByTestId('payment-submit').click();
    await page.getByText('已登记缴款').waitFor();
    const after = yuan(notice.outstandingFen - 1000);
    await row.getByTestId('notice-outstanding').filter({ hasText: after }).waitFor();
    await expect(row.getByTestId('notice-paid').textContent()).resolves.toBe(yuan(1000));
    const stored = await session.getJson<{ items: Notice[] }>(page, `/api/ledger/notices?period=${periodKey}`);
    expect(stored.items.find((n) => n.noticeId === notice.noticeId)?.outstandingFen).toBe(notice.outstandingFen - 1000);
    await page.screenshot({ path: join(SHOTS, 'ledger-payments.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('after a retroactive rule change, re-evaluating the issued period proposes corrections the admin confirms', async () => {
    const page = await signIn('demo-xiji-admin');
    const call = (method: string, path: string, body?: unknown) => session.call(page, method, path, body);
    // A draft raising row 1b (100元 → 150元 for the office head), the seed's 1b test cases retired with it.
    const draft = (await (await call('POST', '/api/rules/drafts', {})).json()) as {
      draftId: string;
      version: number;
      ruleSet: { penaltyRows: { id: string; amounts: Record<string, number> }[] };
    };
    const penaltyRows = draft.ruleSet.penaltyRows.map((r) =>
      r.id === '1b' ? { ...r, amounts: { officeHeadFen: 15000, villageHeadFen: 30000 } } : r,
    );
    const saved = await call('PUT', `/api/rules/drafts/${draft.draftId}`, {
      version: draft.version,
      ruleSet: { ...draft.ruleSet, penaltyRows },
    });
    expect(saved.status).toBe(200);
    const suite = (await (await call('GET', '/api/rules/tests')).json()) as {
      version: number;
      cases: { id: string }[];
    };
    const cases = suite.cases.filter((c) => c.id !== 'seed-1b' && c.id !== 'seed-department');
    expect((await call('PUT', '/api/rules/tests', { version: suite.version, cases })).status).toBe(200);
    const publish = (confirmRetroactive: boolean) =>
      call('POST', `/api/rules/drafts/${draft.draftId}/publish`, {
        effectiveFrom: '2026-06-01',
        version: draft.version + 1,
        ...(confirmRetroactive ? { confirmRetroactive } : {}),
      });
    const refused = await publish(false);
    expect(refused.status).toBe(409);
    const problem = (await refused.json()) as { affectedPeriods: { periodKey: string }[] };
    expect(problem.affectedPeriods.map((p) => p.periodKey)).toContain(periodKey);
    expect((await publish(true)).status).toBe(201);

    await page.goto(`${session.url}/ledger?period=${periodKey}`);
    await page.getByTestId('ledger-evaluate').getByText('按年').click();
    await page.getByTestId('ledger-evaluate-run').click();
    const corrections = page.getByTestId('ledger-corrections');
    await corrections.waitFor({ timeout: 120_000 });
    const person = corrections.getByTestId('correction-person').first();
    const name = (await person.locator('.ant-card-head-title').textContent()) ?? '';
    expect(name).not.toBe('');
    await person.getByText(/净变化：\+¥[\d,]+\.\d{2}/).waitFor();
    await person.getByText('规则版本变更').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'ledger-corrections.png'), fullPage: true });

    await page.getByTestId('corrections-confirm').click();
    await page.getByRole('button', { name: '确认更正并下发补充通知' }).last().click();
    await page.getByText('更正已确认，补充通知已下发').waitFor();
    await corrections.getByText('已确认').waitFor();
    await page.getByRole('tab', { name: '处罚通知与缴款' }).click();
    await page
      .getByTestId('ledger-notices')
      .locator(`tr[data-person="${name}"]`)
      .filter({ hasText: '补充通知' })
      .waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('reads on a 390 px phone', async () => {
    const page = await signIn('demo-xiji-admin', PHONE);
    await page.goto(`${session.url}/ledger?period=${periodKey}`);
    await page.getByTestId('ledger-person-card').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'ledger-390.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
