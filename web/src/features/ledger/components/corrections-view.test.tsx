// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, render, waitFor, type Rendered } from '../../../test-support/render';
import type { LedgerCorrectionProposal } from '../api/types';
import { CorrectionsView } from './corrections-view';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const entry = (entryId: string, amountFen: number, explanation: string) => ({
  entryId,
  kind: 'fine' as const,
  personId: 'p-wang',
  unitId: 'u-east',
  caseId: 'xiji-2026-007',
  date: '2026-03-12',
  amountFen,
  ruleVersionId: 'v2026-03-01-abcd1234',
  rowId: '1b',
  sanctions: [],
  explanation,
});

const proposal: LedgerCorrectionProposal = {
  proposalId: '0123456789abcdef0123',
  periodKey: '2026-03-01_2026-03-31',
  status: 'pending',
  createdAt: '2026-04-10T02:00:00Z',
  createdBy: 'u-admin',
  persons: [{ personId: 'p-wang', name: '王建国', financePaid: true, netFinesFen: 2500, netRewardsFen: 0 }],
  items: [
    {
      baseId: 'fine:xiji-2026-007:v1:p-wang',
      kind: 'fine',
      personId: 'p-wang',
      personName: '王建国',
      unitId: 'u-east',
      reversed: entry('fine:xiji-2026-007:v1:p-wang', 5000, '个人访到区重复1次，村主要责任人罚款50元'),
      added: entry('fine:xiji-2026-007:v1:p-wang#r1', 7500, '个人访到区重复1次，村主要责任人罚款75元'),
      netFen: 2500,
      reasons: ['rule_version'],
      reasonText: '规则版本变更',
    },
  ],
};

describe('CorrectionsView', { timeout: 60_000 }, () => {
  it('shows per person the entry reversed, the new entry, the net change and the reason, by name', async () => {
    view = await render(<CorrectionsView proposal={proposal} canConfirm confirming={false} onConfirm={vi.fn()} />);
    const text = view.text();
    expect(text).toContain('王建国');
    expect(text).not.toContain('p-wang');
    expect(text).toContain('村主要责任人罚款50元');
    expect(text).toContain('村主要责任人罚款75元');
    expect(text).toContain('规则1b');
    expect(text).toContain('¥50.00');
    expect(text).toContain('¥75.00');
    expect(document.querySelector('[data-testid="correction-net"]')?.textContent).toBe('+¥25.00');
    expect(text).toContain('净变化：+¥25.00');
    expect(text).toContain('规则版本变更');
  });

  it('asks before confirming, and only the admin may confirm', async () => {
    const onConfirm = vi.fn();
    view = await render(<CorrectionsView proposal={proposal} canConfirm confirming={false} onConfirm={onConfirm} />);
    await click(document.querySelector('[data-testid="corrections-confirm"]'));
    expect(onConfirm).not.toHaveBeenCalled();
    await waitFor(() => expect(document.body.textContent).toContain('向1人下发补充通知'));
    const ok = [...document.querySelectorAll('.ant-popconfirm button')].find((b) =>
      b.textContent?.includes('确认更正并下发补充通知'),
    );
    await click(ok ?? null);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    view.unmount();

    view = await render(
      <CorrectionsView proposal={proposal} canConfirm={false} confirming={false} onConfirm={onConfirm} />,
    );
    expect(document.querySelector('[data-testid="corrections-confirm"]')).toBeNull();
    expect(view.text()).toContain('由乡镇管理员确认');
  });

  it('says so when the new evaluation agrees with what was issued, and marks a confirmed proposal', async () => {
    view = await render(<CorrectionsView proposal={null} canConfirm confirming={false} onConfirm={vi.fn()} />);
    expect(view.text()).toContain('无需更正');
    view.unmount();
    view = await render(
      <CorrectionsView
        proposal={{ ...proposal, status: 'confirmed' }}
        canConfirm
        confirming={false}
        onConfirm={vi.fn()}
      />,
    );
    expect(view.text()).toContain('已确认');
    expect(document.querySelector('[data-testid="corrections-confirm"]')).toBeNull();
  });
});
