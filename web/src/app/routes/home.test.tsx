import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMonthZh, monthInShanghai } from '../../lib/month';
import { clearToken, setToken } from '../../lib/session';
import { render, waitFor, type Rendered } from '../../test-support/render';
import { slowMe, tokenWith } from '../../test-support/session';
import { HomeRoute } from './home';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  clearToken();
  vi.unstubAllGlobals();
});

describe('HomeRoute', () => {
  it('shows a township user the month heading before /api/me answers, then their name', async () => {
    setToken(tokenWith({ role: 'petition_officer', tenant: 't1' }));
    const api = slowMe();
    vi.stubGlobal('fetch', api.fetch);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    view = await render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <HomeRoute />
        </MemoryRouter>
      </QueryClientProvider>,
    );

    const heading = `${formatMonthZh(monthInShanghai(new Date()))}信访工作概况`;
    expect(view.text()).toContain(heading);
    expect(view.text()).not.toContain('欢迎');

    api.answerMe();
    await waitFor(() => expect(view?.text()).toContain('欢迎，张敏'));
    expect(view.text()).toContain(heading);
  });

  it('waits for /api/me when the token says nothing about the user', async () => {
    setToken('not-a-jwt');
    const api = slowMe();
    vi.stubGlobal('fetch', api.fetch);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    view = await render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <HomeRoute />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(view.text()).not.toContain('信访工作概况');

    api.answerMe();
    await waitFor(() => expect(view?.text()).toContain('信访工作概况'));
    expect(view.text()).toContain('欢迎，张敏');
  });
});
