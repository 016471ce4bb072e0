import type { Page } from 'playwright-core';

// Read inside `page.evaluate` (which runs in the browser); this folder type-checks without the DOM lib.
declare const sessionStorage: { getItem(key: string): string | null };

/** Signs the demo user `userId` in on `page` by the sign-in page, as a user would, and waits for the home page. */
export async function signInAs(page: Page, baseUrl: string, userId: string): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByTestId(`signin-user-${userId}`).click();
  await page.waitForURL(`${baseUrl}/`);
}

/** The bearer token of the user signed in on `page` (the web app keeps it in the tab's sessionStorage). */
export async function tokenOf(page: Page): Promise<string> {
  const token = await page.evaluate(() => sessionStorage.getItem('xinfang.token'));
  if (!token) throw new Error(`no session token in the tab at ${page.url()}`);
  return token;
}
