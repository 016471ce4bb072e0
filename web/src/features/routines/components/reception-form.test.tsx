// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { click, render, typeInto, waitFor, type Rendered } from '../../../test-support/render';
import type { ReceptionDayRequest, ReceptionDayView } from '../api/types';
import { ReceptionForm } from './reception-form';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const cadres = [{ id: 'p-liu', name: '刘镇长', title: '副镇长' }];
const cases = [{ id: 'xiji-2026-042', summary: '征地补偿款未足额发放', statusLabel: '办理中' }];
const day: ReceptionDayView = {
  id: '2026-06-20-ab12cd34',
  date: '2026-06-20',
  leaderId: 'p-liu',
  leaderName: '刘镇长',
  place: '综治中心',
  cases: [{ caseId: 'xiji-2026-042', caseSummary: '征地补偿款未足额发放' }],
  version: 3,
  updatedAt: '2026-06-20T02:00:00Z',
  updatedBy: 'u1',
};
const submit = () => document.querySelector('[data-testid="reception-submit"]');

describe('ReceptionForm', { timeout: 60_000 }, () => {
  it('shows the leader and the cases by name, and saves the day with the version it was read at', async () => {
    const onSubmit = vi.fn(async (_body: ReceptionDayRequest) => undefined);
    view = await render(<ReceptionForm cadres={cadres} cases={cases} day={day} onSubmit={onSubmit} />);
    expect(view.text()).toContain('刘镇长（副镇长）');
    expect(view.text()).toContain('xiji-2026-042 征地补偿款未足额发放');
    expect(view.text()).not.toContain('p-liu');
    await typeInto(document.getElementById('place'), '信访接待大厅');
    await click(submit());
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        date: '2026-06-20',
        leaderId: 'p-liu',
        place: '信访接待大厅',
        caseIds: ['xiji-2026-042'],
        version: 3,
      }),
    );
  });

  it('will not save without a place, and shows the API naming the leader on the leader field', async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiError({
        type: '',
        title: '无法处理',
        status: 422,
        invalidParams: [{ path: 'body.leaderId', message: '应为本乡镇的科级干部' }],
      }),
    );
    view = await render(<ReceptionForm cadres={cadres} cases={cases} day={day} onSubmit={onSubmit} />);
    await typeInto(document.getElementById('place'), ' ');
    await click(submit());
    await waitFor(() => expect(view?.text()).toContain('必填'));
    expect(onSubmit).not.toHaveBeenCalled();
    await typeInto(document.getElementById('place'), '大厅');
    await click(submit());
    await waitFor(() => expect(view?.text()).toContain('应为本乡镇的科级干部'));
  });
});
