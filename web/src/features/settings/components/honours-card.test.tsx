import dayjs from 'dayjs';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, waitFor, type Rendered } from '../../../test-support/render';
import { HonoursCard } from './honours-card';
import { fakeApi, withQueries } from './settings-test-api';

const YEAR = dayjs().year();
const honour = (year: number, level: 'district' | 'city' | null, version: number) => ({
  year,
  level,
  levelLabel: level === 'city' ? '市级示范乡镇' : level === 'district' ? '区级示范乡镇' : '无',
  version,
  updatedAt: `${YEAR}-01-02T03:04:05Z`,
  updatedBy: 'u-admin',
});

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  vi.unstubAllGlobals();
});

/** Opens the year's select and picks an option by its text, as a mouse user would. */
async function choose(container: HTMLElement, year: number, label: string): Promise<void> {
  const select = container.querySelector(`[data-testid="settings-honour-${year}"]`);
  const trigger = select?.querySelector('.ant-select-selector') ?? select;
  if (!trigger) throw new Error(`no select for ${year}`);
  await act(async () => {
    trigger.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  });
  let option: Element | undefined;
  await waitFor(() => {
    option = [...document.querySelectorAll('.ant-select-item-option')].find((o) => o.textContent === label);
    expect(option).toBeDefined();
  });
  await act(async () => {
    option?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}

describe('HonoursCard', () => {
  it('shows each year’s title and saves a new one with the version it read', async () => {
    let items = [honour(YEAR - 1, 'district', 3)];
    const api = fakeApi({
      'GET /api/township/honours': () => ({ status: 200, body: { items } }),
      [`PUT /api/township/honours/${YEAR - 1}`]: () => {
        items = [honour(YEAR - 1, 'city', 4)];
        return { status: 200, body: items[0] };
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    view = await render(withQueries(<HonoursCard />));
    const cell = (year: number) => view?.container.querySelector(`[data-testid="settings-honour-${year}"]`);
    await waitFor(() => expect(cell(YEAR - 1)?.textContent).toBe('区级示范乡镇'));
    expect(cell(YEAR)?.textContent).toBe('无');

    await choose(view.container, YEAR - 1, '市级示范乡镇');
    await waitFor(() => expect(cell(YEAR - 1)?.textContent).toBe('市级示范乡镇'));
    expect(api.calls.filter((c) => c.method === 'PUT')).toEqual([
      { method: 'PUT', path: `/api/township/honours/${YEAR - 1}`, body: { level: 'city', version: 3 } },
    ]);
  });

  it('says so when someone else changed the title first (409), keeping what is stored', async () => {
    const api = fakeApi({
      'GET /api/township/honours': { status: 200, body: { items: [] } },
      [`PUT /api/township/honours/${YEAR}`]: {
        status: 409,
        body: { title: '版本冲突', status: 409, detail: '该年度称号已被他人修改，请刷新后重试' },
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    view = await render(withQueries(<HonoursCard />));
    await waitFor(() =>
      expect(view?.container.querySelector(`[data-testid="settings-honour-${YEAR}"]`)).not.toBeNull(),
    );
    await choose(view.container, YEAR, '区级示范乡镇');
    await waitFor(() => expect(view?.text()).toContain('保存失败'));
    expect(view.container.querySelector(`[data-testid="settings-honour-${YEAR}"]`)?.textContent).toBe('无');
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({ level: 'district', version: 0 });
  });
});
