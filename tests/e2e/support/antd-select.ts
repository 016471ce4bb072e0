import type { Page } from 'playwright-core';

/**
 * Picks the first option of the antd Select labelled `label`, by keyboard as an official tabbing through the form
 * would. It waits until the dropdown lists an option, so a Select whose options come from the API (the township's
 * units, say) is not answered with Enter while it still shows its spinner; a mouse click could also land while the
 * dropdown animates open on a busy machine. A multiple Select stays open after a pick: `multiple` closes it.
 */
export async function pickFirstOption(page: Page, label: string, { multiple = false } = {}): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').first().waitFor();
  await page.keyboard.press('Enter');
  if (multiple) await page.keyboard.press('Escape');
}
