import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, waitFor, type Rendered } from '../../../test-support/render';
import { MonthlyOverview } from './monthly-overview';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  vi.unstubAllGlobals();
});

/** The month's report never answers: the picker does not wait for it. */
const pendingFetch = () => new Promise<Response>(() => undefined);

describe('MonthlyOverview', () => {
  it('shows the month at once, then its picker, which offers no month after the latest and reports the choice', async () => {
    vi.stubGlobal('fetch', vi.fn(pendingFetch));
    const chosen: string[] = [];
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    view = await render(
      <QueryClientProvider client={client}>
        <MonthlyOverview month="2026-06" latestMonth="2026-07" onMonthChange={(m) => chosen.push(m)} />
      </QueryClientProvider>,
    );
    expect(view.text()).toContain('2026年6月信访工作概况');

    // The picker is a chunk of its own: it replaces its placeholder when it arrives.
    let input: HTMLInputElement | null = null;
    await waitFor(() => {
      input = view?.container.querySelector<HTMLInputElement>('input[aria-label="统计月份"]') ?? null;
      expect(input?.value).toBe('2026年6月');
    });
    await act(async () => {
      input?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      input?.focus();
      input?.click();
    });
    const cell = (month: string) => document.querySelector<HTMLElement>(`.ant-picker-cell[title="${month}"]`);
    await waitFor(() => expect(cell('2026-05')).not.toBeNull());
    expect(cell('2026-08')?.className).toContain('ant-picker-cell-disabled');
    await act(async () => {
      cell('2026-05')?.querySelector<HTMLElement>('.ant-picker-cell-inner')?.click();
    });
    expect(chosen).toEqual(['2026-05']);
  });
});
