// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, render, type Rendered } from '../../../test-support/render';
import { PublishPanel } from './publish-panel';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const retroactive = {
  affectedPeriods: [
    {
      periodKey: '2026-03-01_2026-03-31',
      persons: [{ personId: 'p-wang', name: '王建国', beforeFen: 5000, afterFen: 7500, deltaFen: 2500 }],
    },
  ],
};

describe('PublishPanel', { timeout: 60_000 }, () => {
  it('shows a refused retroactive publish by period and person, and publishes only when the admin confirms', async () => {
    const onPublish = vi.fn();
    view = await render(
      <PublishPanel
        latestEffectiveFrom="2026-01-01"
        allowed
        publishing={false}
        onPublish={onPublish}
        retroactive={retroactive}
      />,
    );
    const text = view.text();
    expect(text).toContain('追溯生效：会改变已下发处罚通知的期间');
    expect(text).toContain('2026年3月1日至2026年3月31日');
    expect(text).toContain('王建国：¥50.00 → ¥75.00（+¥25.00）');
    expect(text).not.toContain('p-wang');
    await click(document.querySelector('[data-testid="rule-publish-retroactive-confirm"]'));
    expect(onPublish).toHaveBeenCalledWith(expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), true);
  });

  it('shows nothing of the kind before the API refused', async () => {
    view = await render(
      <PublishPanel latestEffectiveFrom={undefined} allowed publishing={false} onPublish={vi.fn()} />,
    );
    expect(document.querySelector('[data-testid="rule-publish-retroactive"]')).toBeNull();
  });
});
