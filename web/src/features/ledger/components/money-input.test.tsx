// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, render, typeInto, waitFor, type Rendered } from '../../../test-support/render';
import { MoneyInput } from './money-input';
import { PaymentForm } from './payment-form';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const input = () => document.querySelector('[data-testid="money-input"] input, input[data-testid="money-input"]');
const error = () => document.querySelector('[data-testid="money-input-error"]')?.textContent;

describe('MoneyInput', { timeout: 60_000 }, () => {
  it('hands on yuan as integer fen, exactly, and shows the amount back as yuan', async () => {
    const onChange = vi.fn();
    view = await render(<MoneyInput maxFen={500_000} onChange={onChange} />);
    await typeInto(input(), '1,200.5');
    expect(onChange).toHaveBeenLastCalledWith(120050);
    expect(view.text()).toContain('¥1,200.50');
    await typeInto(input(), '0.29元');
    expect(onChange).toHaveBeenLastCalledWith(29);
    expect(error()).toBeUndefined();
  });

  it('refuses letters, three decimals, zero, a negative and more than is outstanding, saying why', async () => {
    const onChange = vi.fn();
    view = await render(<MoneyInput maxFen={10_000} onChange={onChange} />);
    const cases: [string, string][] = [
      ['abc', '金额应为数字，最多两位小数'],
      ['12.345', '金额应为数字，最多两位小数'],
      ['-5', '金额应为数字，最多两位小数'],
      ['0', '金额必须大于0'],
      ['100.01', '不能超过未缴金额¥100.00'],
      ['', '请输入金额'],
    ];
    for (const [typed, reason] of cases) {
      await typeInto(input(), typed);
      expect(error(), typed).toBe(reason);
      expect(onChange, typed).toHaveBeenLastCalledWith(undefined);
    }
  });
});

describe('PaymentForm', { timeout: 60_000 }, () => {
  it('cannot be submitted with a bad amount, and submits fen with the date once it is good', async () => {
    const onSubmit = vi.fn();
    view = await render(<PaymentForm outstandingFen={20_000} submitting={false} onSubmit={onSubmit} />);
    const submit = () => document.querySelector('[data-testid="payment-submit"]');
    expect(view.text()).toContain('未缴金额：¥200.00');
    await typeInto(input(), '250');
    expect(submit()?.hasAttribute('disabled')).toBe(true);
    await click(submit());
    expect(onSubmit).not.toHaveBeenCalled();
    await typeInto(input(), '150.5');
    await waitFor(() => expect(submit()?.hasAttribute('disabled')).toBe(false));
    await click(submit());
    expect(onSubmit).toHaveBeenCalledWith({ amountFen: 15050, paidOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });
});
