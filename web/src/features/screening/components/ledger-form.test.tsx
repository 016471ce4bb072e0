// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { click, render, typeInto, waitFor, type Rendered } from '../../../test-support/render';
import type { ScreeningItem } from '../api/types';
import { LedgerForm } from './ledger-form';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`);
const submitButton = () => byTestId('ledger-submit');

describe('LedgerForm', { timeout: 60_000 }, () => {
  it('submits an empty ledger as a zero report', async () => {
    const onSubmit = vi.fn(async (_items: ScreeningItem[]) => undefined);
    view = await render(
      <LedgerForm unitName="东村" monthLabel="2026年11月" initial={[]} version={undefined} onSubmit={onSubmit} />,
    );
    expect(view.text()).toContain('零报告');
    expect(submitButton()?.textContent).toContain('提交台账');
    await click(submitButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith([]));
  });

  it('refuses an item without a name, then submits what was typed', async () => {
    const onSubmit = vi.fn(async (_items: ScreeningItem[]) => undefined);
    view = await render(
      <LedgerForm unitName="东村" monthLabel="2026年11月" initial={[]} version={undefined} onSubmit={onSubmit} />,
    );
    await click(byTestId('ledger-add'));
    await click(submitButton());
    await waitFor(() => expect(view?.text()).toContain('请填写事项名称'));
    expect(onSubmit).not.toHaveBeenCalled();

    // antd names each field's element after its form path.
    await typeInto(document.getElementById('items_0_title'), '排水沟堵塞引发邻里纠纷');
    await typeInto(document.getElementById('items_0_description'), '雨季前需疏通');
    await click(submitButton());
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith([
        { title: '排水沟堵塞引发邻里纠纷', kind: 'dispute', status: 'open', description: '雨季前需疏通' },
      ]),
    );
  });

  it("shows the API's complaint on the field it names, and a conflict above the form", async () => {
    const item: ScreeningItem = { title: '旧事项', kind: 'risk', status: 'open', description: '' };
    const invalid = new ApiError({
      type: '',
      title: '请求无效',
      status: 400,
      invalidParams: [{ path: 'body.items[0].title', message: '标题过长' }],
    });
    const onSubmit = vi
      .fn()
      .mockRejectedValueOnce(invalid)
      .mockRejectedValueOnce(
        new ApiError({
          type: '',
          title: '冲突',
          status: 409,
          detail: '台账已被他人更新，请刷新后重试',
          invalidParams: [],
        }),
      );
    view = await render(
      <LedgerForm unitName="东村" monthLabel="2026年11月" initial={[item]} version={2} onSubmit={onSubmit} />,
    );
    expect(submitButton()?.textContent).toContain('更新台账');
    expect(view.text()).toContain('已提交（第 2 版）');
    await click(submitButton());
    await waitFor(() => expect(view?.text()).toContain('标题过长'));
    await click(submitButton());
    await waitFor(() => expect(view?.text()).toContain('台账已被他人更新，请刷新后重试'));
  });
});
