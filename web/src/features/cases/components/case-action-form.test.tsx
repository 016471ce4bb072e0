import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseActionForm } from './case-action-form';
import { fakeFetch, TestProviders } from './test-providers';

// The machine running the suite may be busy: antd's async validation gets time, not a race.
const WAIT = { timeout: 20_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CaseActionForm', () => {
  it('asks for the extension days before sending', async () => {
    const api = fakeFetch({});
    vi.stubGlobal('fetch', api.fetch);
    render(<CaseActionForm caseId="c1" kind="extension" expectedSeq={4} units={[]} onClose={() => undefined} />, {
      wrapper: TestProviders,
    });
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定/ }, WAIT));
    await screen.findByText('请填写延期天数', {}, WAIT);
    expect(api.calls).toHaveLength(0);
  });

  it("sends the extension with the case's seq, and shows the API's refusal on the days field", async () => {
    const api = fakeFetch({
      'POST /api/cases/c1/events': {
        status: 400,
        body: { title: '请求有误', status: 400, invalidParams: [{ path: 'body.days', message: '延期天数超过规定' }] },
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    const onClose = vi.fn();
    render(<CaseActionForm caseId="c1" kind="extension" expectedSeq={4} units={[]} onClose={onClose} />, {
      wrapper: TestProviders,
    });
    fireEvent.change(await screen.findByLabelText('延期天数', {}, WAIT), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: /确\s*定/ }));
    await screen.findByText('延期天数超过规定', {}, WAIT);
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({ kind: 'extension', expectedSeq: 4, days: 30 });
    await waitFor(() => expect(onClose).not.toHaveBeenCalled());
  });

  it('tells the user to check again when someone else updated the case (409)', async () => {
    const api = fakeFetch({
      'POST /api/cases/c1/events': { status: 409, body: { title: 'Conflict', status: 409, code: 'stale_case' } },
    });
    vi.stubGlobal('fetch', api.fetch);
    render(<CaseActionForm caseId="c1" kind="accept" expectedSeq={2} units={[]} onClose={() => undefined} />, {
      wrapper: TestProviders,
    });
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定/ }, WAIT));
    await screen.findByText('该事项刚被他人更新，已刷新，请核对后重试', {}, WAIT);
  });
});
