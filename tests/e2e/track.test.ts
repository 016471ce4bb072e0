import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/api-call';
import { SHOTS } from './support/screenshots';
import { useE2eSession } from './support/session';

declare const document: { body: { innerText: string } };

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' } as const;
const CODE = /^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const itemsOf = (body: unknown): Record<string, unknown>[] =>
  (Array.isArray(body) ? body : isRecord(body) && Array.isArray(body['items']) ? body['items'] : []).filter(isRecord);

describe('the petitioner’s own view: query code, /track at 390 px, rating', () => {
  const session = useE2eSession();
  let phone: BrowserContext;

  beforeAll(async () => {
    // Closed with the browser.
    phone = await session.newContext(PHONE);
  });

  /** Signs the demo user in (a desktop tab) and returns the tab and its bearer token. */
  async function signIn(userId: string): Promise<{ page: Page; token: string }> {
    const page = await session.signIn(userId);
    return { page, token: await session.tokenOf(page) };
  }

  async function api(
    token: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> {
    const res = await callApi(session.url, token, method, path, body);
    return { status: res.status, body: (await res.json()) as unknown };
  }

  async function openTrack(code: string): Promise<Page> {
    const page = await phone.newPage();
    await page.goto(`${session.url}/track`);
    await page.getByTestId('track-code').fill(code);
    await page.getByTestId('track-submit').click();
    return page;
  }

  it('registers a case, follows it on the phone, rates it, and the township sees the petitioner’s rating', async () => {
    const { page: officerPage, token } = await signIn('demo-xiji-officer');
    const units = itemsOf((await api(token, 'GET', '/api/org/units')).body);
    const village = units.find((u) => u['kind'] === 'village') ?? units[0];
    const unitId = typeof village?.['id'] === 'string' ? village['id'] : '';
    const unitName = typeof village?.['name'] === 'string' ? village['name'] : '';
    expect(unitName).not.toBe('');

    // 1. Registration gives the query code once.
    const registered = await api(token, 'POST', '/api/cases', {
      caseType: 'appeal',
      category: '农村道路',
      summary: '村道损毁，雨天无法通行',
      originUnitId: unitId,
      responsibleUnitIds: [unitId],
      firstVisit: { channel: 'visit', level: 'township', form: 'individual', headcount: 1 },
      petitioner: { name: '端到端信访人', contact: '13900000000' },
    });
    expect(registered.status).toBe(201);
    if (!isRecord(registered.body)) throw new Error('registration answer');
    const caseId = String(registered.body['id']);
    const firstCode = String(registered.body['queryCode']);
    expect(firstCode).toMatch(CODE);

    // 2. The officer's receipt page: revoke and reissue; the receipt shows the new code and its QR code.
    await officerPage.goto(`${session.url}/cases/${caseId}/query-code`);
    await officerPage.getByTestId('query-code-reissue').click();
    // The confirmation pops up with an animation: click its OK once it is shown, then see it close.
    const ok = officerPage.getByTestId('query-code-reissue-ok');
    await ok.waitFor({ state: 'visible' });
    await ok.click();
    await ok.waitFor({ state: 'hidden' });
    const receipt = officerPage.getByTestId('query-code-receipt');
    await receipt.waitFor();
    const code = (await officerPage.getByTestId('query-code-value').first().innerText()).trim();
    expect(code).toMatch(CODE);
    expect(code).not.toBe(firstCode);
    expect(await receipt.locator('svg').count()).toBeGreaterThan(0);

    // 3. The revoked code finds nothing; the new one shows the stage, on a 390 px phone, without signing in.
    const revoked = await openTrack(firstCode);
    await revoked.getByTestId('track-not-found').waitFor();
    const track = await openTrack(code.toLowerCase().replaceAll('-', ' '));
    await track
      .getByTestId('track-stage')
      .filter({ hasText: /^受理$/ })
      .waitFor();
    expect(await track.evaluate(() => document.body.innerText)).toContain(unitName);
    // Nothing overflows the phone's width.
    expect(
      await track.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
            .scrollWidth,
      ),
    ).toBeLessThanOrEqual(390);

    // 4. The township handles and closes the case with a reply.
    let seq = Number(registered.body['lastSeq']);
    for (const step of [
      { kind: 'accept' },
      { kind: 'route' },
      { kind: 'assign' },
      { kind: 'close', reply: '村道已于本周修复，恢复通行。' },
    ]) {
      const res = await api(token, 'POST', `/api/cases/${caseId}/events`, { ...step, expectedSeq: seq });
      expect(res.status, JSON.stringify(step)).toBe(201);
      seq = Number(isRecord(res.body) ? res.body['seq'] : NaN);
    }

    // 5. The petitioner sees 办结 and the reply, and rates it: unsatisfied shows how to ask for a review.
    await track.reload();
    await track
      .getByTestId('track-stage')
      .filter({ hasText: /^办结$/ })
      .waitFor();
    expect(await track.getByTestId('track-reply').innerText()).toContain('村道已于本周修复');
    await track.getByTestId('track-rate-result').getByText('不满意', { exact: true }).click();
    await track.getByTestId('track-rate-comment').fill('修得不彻底');
    await track.getByTestId('track-rate-submit').click();
    await track.getByTestId('track-rating').filter({ hasText: '不满意' }).waitFor();
    const review = await track.getByTestId('track-review-request').innerText();
    expect(review).toContain('复查');
    expect(review).toContain('30 日内');
    await track.screenshot({ path: join(SHOTS, 'track-390.png'), fullPage: true });

    // 6. The township's view of the case shows the rating as the petitioner's own.
    const detail = await api(token, 'GET', `/api/cases/${caseId}`);
    expect(detail.status).toBe(200);
    const timeline =
      isRecord(detail.body) && Array.isArray(detail.body['timeline']) ? detail.body['timeline'].filter(isRecord) : [];
    const rating = timeline.find((e) => e['kind'] === 'satisfaction');
    expect(rating).toMatchObject({
      label: '满意度评价（信访人自评）：不满意',
      note: '修得不彻底',
      details: { result: 'unsatisfied', source: 'petitioner' },
    });
    expect(
      isRecord(detail.body) && isRecord(detail.body['case']) ? detail.body['case']['satisfaction'] : undefined,
    ).toBe('unsatisfied');

    // 7. Nothing of the ledger or of any person on the page: no fine's name or amount, no sanction, no petitioner.
    const admin = await signIn('demo-xiji-admin');
    const periods = itemsOf((await api(admin.token, 'GET', '/api/ledger/periods')).body);
    const fined: { name: string; yuan: string }[] = [];
    for (const p of periods) {
      const notices = itemsOf(
        (await api(admin.token, 'GET', `/api/ledger/notices?period=${String(p['periodKey'])}`)).body,
      );
      for (const n of notices) fined.push({ name: String(n['name']), yuan: (Number(n['totalFen']) / 100).toFixed(2) });
    }
    expect(fined.length).toBeGreaterThan(0);
    const people = itemsOf((await api(admin.token, 'GET', '/api/org/people')).body).map((p) => String(p['name']));
    const text = await track.evaluate(() => document.body.innerText);
    for (const { name, yuan } of fined) {
      expect(text).not.toContain(name);
      expect(text).not.toContain(yuan);
    }
    for (const name of people) expect(text).not.toContain(name);
    for (const word of [
      '罚款',
      '元',
      '¥',
      '约谈',
      '通报批评',
      '诫勉谈话',
      '停职检查',
      '一票否决',
      '台账',
      '端到端信访人',
      '13900000000',
    ]) {
      expect(text).not.toContain(word);
    }
    await admin.page.close();
    await officerPage.close();
  }, 300_000);
});
