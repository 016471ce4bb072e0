import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearToken, setToken } from '../../lib/session';
import { render, waitFor, type Rendered } from '../../test-support/render';
import { slowMe, tokenWith } from '../../test-support/session';
import { AppLayout } from './app-layout';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  clearToken();
  vi.unstubAllGlobals();
});

async function renderLayout() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  view = await render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <AppLayout />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return view;
}

describe('AppLayout', () => {
  it('draws the menu and asks for the unread count before /api/me answers (no wait on the home page)', async () => {
    setToken(tokenWith({ role: 'petition_officer', tenant: 't1' }));
    const api = slowMe();
    vi.stubGlobal('fetch', api.fetch);
    const page = await renderLayout();

    await waitFor(() => expect(api.paths).toContain('/api/inbox/unread-count'));
    expect(page.text()).toContain('信访事项');
    expect(page.container.querySelector('[data-testid="inbox-badge"]')).not.toBeNull();
  });

  it('gives an auditor no bell, by the token as by /api/me', async () => {
    setToken(tokenWith({ role: 'auditor', tenant: 't1' }));
    const api = slowMe({ userId: 'u2', name: '审计', role: 'auditor', tenantId: 't1', districtId: 'd1' });
    vi.stubGlobal('fetch', api.fetch);
    const page = await renderLayout();
    await waitFor(() => expect(api.paths).toContain('/api/me'));
    expect(page.container.querySelector('[data-testid="inbox-badge"]')).toBeNull();

    api.answerMe();
    await waitFor(() => expect(page.text()).toContain('审计'));
    expect(page.container.querySelector('[data-testid="inbox-badge"]')).toBeNull();
    expect(api.paths).not.toContain('/api/inbox/unread-count');
  });
});
