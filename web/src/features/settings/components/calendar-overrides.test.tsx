import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, render, waitFor, type Rendered } from '../../../test-support/render';
import { CalendarOverrides } from './calendar-overrides';
import { fakeApi, withQueries } from './settings-test-api';

const YEAR = dayjs().year();
const override = (date: string, working: boolean, name: string) => ({
  date,
  working,
  name,
  updatedAt: `${YEAR}-01-02T03:04:05Z`,
  updatedBy: 'u-admin',
});

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  vi.unstubAllGlobals();
});

describe('CalendarOverrides', () => {
  it('lists the year’s 调休 and holidays with Chinese dates, and removes one', async () => {
    let overrides = [override(`${YEAR}-02-14`, true, '春节调休'), override(`${YEAR}-05-06`, false, '镇庆')];
    const api = fakeApi({
      [`GET /api/calendar/year/${YEAR}`]: () => ({
        status: 200,
        body: { year: YEAR, officiallyKnown: true, overrides },
      }),
      [`DELETE /api/calendar/overrides/${YEAR}-05-06`]: () => {
        overrides = overrides.filter((o) => o.date !== `${YEAR}-05-06`);
        return { status: 204, body: null };
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    view = await render(withQueries(<CalendarOverrides />));
    await waitFor(() => expect(view?.text()).toContain(`${YEAR}年2月14日`));
    const text = view.text();
    expect(text).toContain('春节调休');
    expect(text).toContain('调休上班');
    expect(text).toContain(`${YEAR}年5月6日`);
    expect(text).toContain('放假');

    const rows = [...view.container.querySelectorAll('tr.ant-table-row')];
    const holiday = rows.find((r) => r.textContent?.includes('镇庆'));
    await click(holiday?.querySelector('button') ?? null);
    await waitFor(() => expect(view?.text()).not.toContain('镇庆'));
    expect(view.text()).toContain('春节调休');
    expect(api.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([
      `/api/calendar/overrides/${YEAR}-05-06`,
    ]);
  });

  it('warns when the official holiday plan of the year is unknown', async () => {
    const api = fakeApi({
      [`GET /api/calendar/year/${YEAR}`]: {
        status: 200,
        body: { year: YEAR, officiallyKnown: false, overrides: [], warning: `${YEAR}年官方节假日安排尚未公布` },
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    view = await render(withQueries(<CalendarOverrides />));
    await waitFor(() => expect(view?.text()).toContain(`${YEAR}年官方节假日安排尚未公布`));
    expect(view.text()).toContain('本年没有人工录入的调整');
  });

  it('asks for a date and a name before saving anything', async () => {
    const api = fakeApi({
      [`GET /api/calendar/year/${YEAR}`]: { status: 200, body: { year: YEAR, officiallyKnown: true, overrides: [] } },
    });
    vi.stubGlobal('fetch', api.fetch);
    view = await render(withQueries(<CalendarOverrides />));
    await waitFor(() => expect(view?.text()).toContain('本年没有人工录入的调整'));
    await click(view.container.querySelector('[data-testid="settings-override-add"]'));
    await waitFor(() => expect(view?.text()).toContain('请选择日期'));
    expect(view.text()).toContain('请填写名称');
    expect(api.calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });
});
