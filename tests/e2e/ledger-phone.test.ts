import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS } from './support/screenshots';
import { useE2eSession } from './support/session';
import { yuan } from './support/yuan';

// Read inside `page.evaluate` (which runs in the browser); this folder type-checks without the DOM lib.
declare const document: { scrollingElement: { scrollWidth: number } | null };
declare const window: { innerWidth: number };

const PHONE = { width: 390, height: 844 };
// A whole past year: the seed evaluates it as a draft, so this file issues it and corrects it on its own server.
const PERIOD = '2025-01-01_2025-12-31';

describe('a township admin on a 390 px phone: ledger cards, pending corrections after a reload, case numbers', () => {
  const session = useE2eSession();
  const { consoleErrors } = session;
  const signIn = (userId: string) => session.signIn(userId, { viewport: PHONE });

  /** The API as the signed-in page's user, expecting `status`. */
  function caller(page: Page) {
    return async <T>(method: string, path: string, body?: unknown, status = 200): Promise<T> => {
      const res = await session.call(page, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(status);
      return (await res.json()) as T;
    };
  }

  const noSideScroll = (page: Page) =>
    page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth);

  it(
    'shows one card per person with the fines in yuan, and nothing scrolls sideways',
    { timeout: 240_000 },
    async () => {
      const page = await signIn('demo-xiji-admin');
      const call = caller(page);
      await call('POST', `/api/ledger/periods/${PERIOD}/issue`);
      const persons = await call<{ items: { personId: string; name: string; finesFen: number }[] }>(
        'GET',
        `/api/ledger/by-person?period=${PERIOD}`,
      );
      const top = [...persons.items].sort((a, b) => b.finesFen - a.finesFen)[0];
      expect(top?.finesFen ?? 0).toBeGreaterThan(0);
      if (!top) return;

      await page.goto(`${session.url}/ledger?period=${PERIOD}`);
      const card = page.locator(`[data-testid="ledger-person-card"][data-person="${top.name}"]`);
      await card.waitFor({ timeout: 60_000 });
      await expect(page.getByTestId('ledger-persons').count()).resolves.toBe(0);
      await expect(card.getByTestId('ledger-person-total').textContent()).resolves.toBe(yuan(top.finesFen));
      await expect(card.textContent()).resolves.not.toContain(top.personId);
      // The card sits inside the screen: its right edge is not cut off.
      const box = await card.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
      await card.getByText(/查看条目（\d+条）/).click();
      const entry = card.getByTestId('ledger-person-entries').locator('li').first();
      await entry.waitFor();
      await expect(entry.textContent()).resolves.toMatch(/¥[\d,]+\.\d{2}/);
      // A fine names its case by its 编号, as on a laptop.
      await expect(
        card.getByTestId('ledger-person-entries').getByTestId('ledger-entry-case').first().textContent(),
      ).resolves.toMatch(/^信访事项：xiji-\d{4}-\d{3}$/);
      await expect(noSideScroll(page)).resolves.toBe(true);
      await page.screenshot({ path: join(SHOTS, 'ledger-phone-cards.png'), fullPage: true });
      expect(consoleErrors).toEqual([]);
      await page.close();
    },
  );

  it('after a re-evaluation, a reload still shows the pending corrections, which the admin confirms', async () => {
    const page = await signIn('demo-xiji-admin');
    const call = caller(page);
    // A rule change back-dated into the issued year: row 1b raised, the seed's 1b test cases retired with it.
    const draft = await call<{
      draftId: string;
      version: number;
      ruleSet: { penaltyRows: { id: string; amounts: Record<string, number> }[] };
    }>('POST', '/api/rules/drafts', {}, 201);
    const penaltyRows = draft.ruleSet.penaltyRows.map((r) =>
      r.id === '1b' ? { ...r, amounts: { officeHeadFen: 15000, villageHeadFen: 30000 } } : r,
    );
    await call('PUT', `/api/rules/drafts/${draft.draftId}`, {
      version: draft.version,
      ruleSet: { ...draft.ruleSet, penaltyRows },
    });
    const suite = await call<{ version: number; cases: { id: string }[] }>('GET', '/api/rules/tests');
    const cases = suite.cases.filter((c) => c.id !== 'seed-1b' && c.id !== 'seed-department');
    await call('PUT', '/api/rules/tests', { version: suite.version, cases });
    await call(
      'POST',
      `/api/rules/drafts/${draft.draftId}/publish`,
      { effectiveFrom: '2025-06-01', version: draft.version + 1, confirmRetroactive: true },
      201,
    );
    // Re-evaluated outside this page (another tab, another admin): the page learns of it only from the API.
    const evaluation = await call<{ corrections?: { proposalId: string } | null }>('POST', '/api/ledger/evaluations', {
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(evaluation.corrections?.proposalId).toBeTruthy();

    await page.goto(`${session.url}/ledger?period=${PERIOD}`);
    await page.reload();
    const corrections = page.getByTestId('ledger-corrections');
    await corrections.waitFor({ timeout: 60_000 });
    const person = corrections.getByTestId('correction-person').first();
    await person.getByText(/净变化：\+¥[\d,]+\.\d{2}/).waitFor();
    await person.getByText('规则版本变更').first().waitFor();
    await expect(noSideScroll(page)).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'ledger-phone-corrections.png'), fullPage: true });

    await page.getByTestId('corrections-confirm').click();
    await page.getByRole('button', { name: '确认更正并下发补充通知' }).last().click();
    await page.getByText('更正已确认，补充通知已下发').waitFor();
    await corrections.getByText('已确认').waitFor();
    const pending = await call<{ items: unknown[] }>('GET', `/api/ledger/periods/${PERIOD}/corrections`);
    expect(pending.items).toEqual([]);
    // Reloaded again, nothing is left to confirm.
    await page.reload();
    await page.locator('[data-testid="ledger-person-card"]').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('corrections-confirm').count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows a newly registered case by its number, not its id, while the URL keeps the id', async () => {
    const page = await signIn('demo-xiji-officer');
    const call = caller(page);
    const units = await call<{ items: { id: string; kind: string }[] }>('GET', '/api/org/units');
    const unit = units.items.find((u) => u.kind === 'village') ?? units.items[0];
    const registered = await call<{ id: string; number?: string }>(
      'POST',
      '/api/cases',
      {
        caseType: 'appeal',
        category: '道路维修',
        summary: '村道坑洼，雨天积水（手机端测试）',
        originUnitId: unit?.id,
        responsibleUnitIds: [unit?.id],
        firstVisit: { channel: 'visit', level: 'township', form: 'individual', headcount: 1 },
      },
      201,
    );
    expect(registered.number).toMatch(/^xiji-\d{4}-\d{3}$/);
    // The demo's own cases are numbered by their ids: the new number is none of them.
    await call('GET', `/api/cases/${encodeURIComponent(registered.number ?? '')}`, undefined, 404);
    await page.goto(`${session.url}/cases/${encodeURIComponent(registered.id)}`);
    const number = page.getByTestId('case-number');
    await expect(number.textContent()).resolves.toBe(registered.number);
    await expect(page.getByTestId('case-detail').textContent()).resolves.not.toContain(registered.id);
    expect(page.url()).toContain(registered.id);
    await expect(noSideScroll(page)).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'case-number-phone.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
