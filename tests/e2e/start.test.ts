import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2eSession } from './support/session';

// Used inside page scripts, which run in the browser; this folder type-checks without the DOM lib.
declare const document: {
  addEventListener(type: string, listener: () => void): void;
  querySelector(selector: string): unknown;
};
declare function getComputedStyle(element: unknown): {
  borderTopWidth: string;
  borderTopStyle: string;
  borderTopLeftRadius: string;
};

interface DemoUser {
  id: string;
  name: string;
  role: string;
  tenantId?: string;
}

function isDemoUser(value: unknown): value is DemoUser {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string' &&
    'name' in value &&
    typeof value.name === 'string' &&
    'role' in value &&
    typeof value.role === 'string'
  );
}

describe('xinfang start, in a real browser', () => {
  const session = useE2eSession();
  let page: Page;

  beforeAll(async () => {
    page = await session.newPage();
  });

  it('shows the system status in Chinese without signing in', async () => {
    await page.goto(`${session.url}/status`);
    await page.getByText('系统运行正常').waitFor();
    expect(await page.title()).toBe('信访责任管理');
    await expect(page.getByText('版本').count()).resolves.toBeGreaterThan(0);
  });

  it('lists the demo users in Chinese and signs a township user in', async () => {
    const response = await fetch(`${session.url}/auth/users`);
    const body: unknown = await response.json();
    const users = Array.isArray(body) ? body.filter(isDemoUser) : [];
    const township = users.find((u) => u.tenantId && u.role === 'township_admin') ?? users.find((u) => u.tenantId);
    expect(township, `no township user among ${JSON.stringify(body)}`).toBeDefined();
    if (!township) return;

    await page.goto(`${session.url}/signin`);
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.getByText(township.name, { exact: true }).first().waitFor();
    // Roles appear as Chinese labels, never as the API's role codes.
    await page.getByText('乡镇管理员').first().waitFor();
    await expect(page.getByText('township_admin').count()).resolves.toBe(0);

    await page.getByTestId(`signin-user-${township.id}`).click();
    await page.waitForURL(`${session.url}/`);
    const currentUser = page.getByTestId('current-user');
    await currentUser.waitFor();
    expect(await currentUser.textContent()).toBe(township.name);
    await page.getByRole('menuitem', { name: '首页' }).waitFor();
    await page.getByRole('button', { name: /退出登录/ }).waitFor();
  });

  it('draws the sign-in page from its HTML before any script runs, then hydrates it without redrawing', async () => {
    // Without JavaScript the page is there all the same: the build prerendered it (web/build/prerender.ts).
    const noScript = await session.newPage({ javaScriptEnabled: false });
    await noScript.goto(`${session.url}/signin`);
    await noScript.getByRole('heading', { name: '登录' }).waitFor();
    await noScript.getByText('本地演示环境').waitFor();
    await noScript.close();

    const fresh = await session.newPage();
    const errors: string[] = [];
    fresh.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    fresh.on('pageerror', (e) => errors.push(e.message));
    // The heading element the HTML drew, remembered before the scripts run.
    await fresh.addInitScript(() => {
      const seen = globalThis as unknown as { drawnHeading?: unknown };
      document.addEventListener('DOMContentLoaded', () => {
        seen.drawnHeading = document.querySelector('#root h3');
      });
    });
    await fresh.goto(`${session.url}/signin`);
    await fresh.locator('[data-testid^="signin-user-"]').first().waitFor();
    const kept = await fresh.evaluate(() => {
      const seen = globalThis as unknown as { drawnHeading?: unknown };
      return seen.drawnHeading !== null && seen.drawnHeading === document.querySelector('#root h3');
    });
    expect(kept, 'React replaced the prerendered page instead of hydrating it').toBe(true);
    expect(errors).toEqual([]);
    await fresh.close();
  });

  it('draws a page outside the first ones with antd’s styles, which come after the first paint', async () => {
    // The first paint waits only for the first pages' components (web/build/antd-styles.ts). /track's input is not
    // one of them: opened cold, the page waits for the rest of the styles rather than showing a bare browser input.
    const fresh = await session.newPage();
    await fresh.goto(`${session.url}/track`);
    const input = fresh.getByTestId('track-code');
    await input.waitFor();
    const look = await input.evaluate((el) => {
      const style = getComputedStyle(el);
      return { border: `${style.borderTopWidth} ${style.borderTopStyle}`, radius: style.borderTopLeftRadius };
    });
    expect(look).toEqual({ border: '1px solid', radius: '8px' });
    await fresh.close();
  });

  it('sends a visitor without a token to sign in', async () => {
    const fresh = await session.newPage();
    await fresh.goto(`${session.url}/system/status`);
    await fresh.waitForURL(`${session.url}/signin`);
    await fresh.close();
  });
});
