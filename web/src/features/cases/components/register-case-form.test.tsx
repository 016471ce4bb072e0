import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegisterCaseForm } from './register-case-form';
import { fakeFetch, TestProviders } from './test-providers';

// The machine running the suite may be busy: antd's async validation gets time, not a race.
const WAIT = { timeout: 20_000 };

const ORG = {
  township: { id: 't', name: '西集镇', districtId: 'd', population: 1 },
  units: [{ id: 'u-east', name: '东村', kind: 'department', population: 0, version: 1 }],
  people: [],
  assignments: [],
};

/** The org and the intake settings (collective threshold 5, rules 2026版) as the form reads them on `on`. */
function stubApi(on: string) {
  const api = fakeFetch({
    'GET /api/org': { status: 200, body: ORG },
    'GET /api/cases/intake-settings': {
      status: 200,
      body: { on, collectiveThreshold: 5, ruleVersionName: '2026版' },
    },
  });
  vi.stubGlobal('fetch', api.fetch);
  return api;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('RegisterCaseForm', () => {
  it('refuses to send an empty form, saying in Chinese what is missing; shows the collective threshold', async () => {
    const api = stubApi('2026-06-01');
    render(<RegisterCaseForm onRegistered={() => undefined} />, { wrapper: TestProviders });

    await screen.findByText('集体访标准：5 人及以上（2026版）', {}, WAIT);
    fireEvent.click(screen.getByTestId('register-submit'));
    await screen.findByText('请填写分类', {}, WAIT);
    expect(screen.getByText('请填写事项摘要')).toBeTruthy();
    expect(screen.getByText('请选择来源单位')).toBeTruthy();
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('warns when the headcount reaches the collective threshold but the form says individual', async () => {
    stubApi('2026-06-01');
    render(<RegisterCaseForm onRegistered={() => undefined} />, { wrapper: TestProviders });
    await screen.findByText('集体访标准：5 人及以上（2026版）', {}, WAIT);
    const headcount = screen.getByLabelText('人数');
    fireEvent.change(headcount, { target: { value: '6' } });
    await waitFor(() => expect(screen.getByText('人数达到 5 人，应登记为集体访')).toBeTruthy(), WAIT);
  });

  it('dates a registration today in Shanghai, even on a browser whose clock is set to UTC', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'UTC';
    // 21:30 UTC on 30 November: already 05:30 on 1 December in the township.
    vi.useFakeTimers({ now: new Date('2026-11-30T21:30:00Z'), toFake: ['Date'] });
    try {
      stubApi('2026-12-01');
      render(<RegisterCaseForm onRegistered={() => undefined} />, { wrapper: TestProviders });
      const registeredOn = await screen.findByLabelText('登记日期', {}, WAIT);
      expect((registeredOn as HTMLInputElement).value).toBe('2026-12-01');
    } finally {
      process.env.TZ = zone;
    }
  });
});
