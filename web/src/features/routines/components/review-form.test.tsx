// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { click, render, typeInto, waitFor, type Rendered } from '../../../test-support/render';
import type { CaseReviewRequest, CaseReviewView } from '../api/types';
import { ReviewForm } from './review-form';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const cadres = [{ id: 'p-liu', name: '刘镇长', title: '副镇长' }];
const cases = [{ id: 'xiji-2026-042', summary: '征地补偿款未足额发放', statusLabel: '办理中' }];
const review: CaseReviewView = {
  id: '2026-09-20-ab12cd34',
  occasion: 'national_day',
  eventDate: '2026-10-01',
  meetingDate: '2026-09-20',
  items: [
    {
      caseId: 'xiji-2026-042',
      caseSummary: '征地补偿款未足额发放',
      decision: '入户走访',
      leaderId: 'p-liu',
      leaderName: '刘镇长',
      dueDate: '2026-09-28',
    },
  ],
  version: 2,
  updatedAt: '2026-09-20T02:00:00Z',
  updatedBy: 'u1',
};
const submit = () => document.querySelector('[data-testid="review-submit"]');

describe('ReviewForm', { timeout: 60_000 }, () => {
  it('saves the decision per case with its leader, dates and the version read', async () => {
    const onSubmit = vi.fn(async (_body: CaseReviewRequest) => undefined);
    view = await render(<ReviewForm cases={cases} cadres={cadres} review={review} onSubmit={onSubmit} />);
    expect(view.text()).toContain('国庆');
    expect(view.text()).toContain('刘镇长（副镇长）');
    await typeInto(document.getElementById('items_0_decision'), '已落实补偿款，跟踪回访');
    await click(submit());
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        occasion: 'national_day',
        eventDate: '2026-10-01',
        meetingDate: '2026-09-20',
        items: [
          { caseId: 'xiji-2026-042', leaderId: 'p-liu', decision: '已落实补偿款，跟踪回访', dueDate: '2026-09-28' },
        ],
        version: 2,
      }),
    );
  });

  it('needs a decision, and shows the API naming a case on that case', async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiError({
        type: '',
        title: '无法处理',
        status: 422,
        invalidParams: [{ path: 'body.items[0].caseId', message: '本乡镇没有这个信访事项' }],
      }),
    );
    view = await render(<ReviewForm cases={cases} cadres={cadres} review={review} onSubmit={onSubmit} />);
    await typeInto(document.getElementById('items_0_decision'), '');
    await click(submit());
    await waitFor(() => expect(view?.text()).toContain('必填'));
    expect(onSubmit).not.toHaveBeenCalled();
    await typeInto(document.getElementById('items_0_decision'), '研判');
    await click(submit());
    await waitFor(() => expect(view?.text()).toContain('本乡镇没有这个信访事项'));
  });
});
