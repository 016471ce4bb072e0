// @vitest-environment happy-dom
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { render, type Rendered } from '../../../test-support/render';
import type { LedgerRow, PenaltyNotice } from '../api/types';
import { CorrectionsView } from './corrections-view';
import { EntryList } from './entry-list';
import { EntryTable } from './entry-table';
import { NoticePrint } from './notice-print';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const CASE_ID = '5f0c2b9e-8d4a-4e61-9a3b-7c2d1e0f4a58';
const row = (entryId: string, over: Partial<LedgerRow> = {}): LedgerRow => ({
  entryId,
  kind: 'fine',
  personId: 'p-liu',
  personName: '刘书记',
  unitId: 'v1',
  unitName: '东村',
  caseId: CASE_ID,
  caseNumber: 'xiji-2026-058',
  date: '2026-03-09',
  amountFen: 10000,
  ruleVersionId: 'v2020',
  rowId: '1b',
  sanctions: [],
  explanation: '2026-03-09 个人访·到镇（重复1次），规则1b：村主要责任人（东村） 200元',
  active: true,
  ...over,
});
const caseLines = () => [...document.querySelectorAll('[data-testid="ledger-entry-case"]')].map((e) => e.textContent);

describe('ledger entries name their case by its 编号', { timeout: 60_000 }, () => {
  it('a ledger row shows the number, not the id; an entry stored without one shows its id', async () => {
    const old = row(`fine:xiji-2025-011:vis1:p-liu`, { caseId: 'xiji-2025-011', caseNumber: undefined });
    view = await render(<EntryTable rows={[row(`fine:${CASE_ID}:vis2:p-liu`), old]} />);
    expect(caseLines()).toEqual(['信访事项：xiji-2026-058', '信访事项：xiji-2025-011']);
    expect(view.text()).not.toContain(CASE_ID);
  });

  it('so does a person’s entry on a phone', async () => {
    view = await render(<EntryList rows={[row(`fine:${CASE_ID}:vis2:p-liu`)]} />);
    expect(caseLines()).toEqual(['信访事项：xiji-2026-058']);
    expect(view.text()).not.toContain(CASE_ID);
  });

  it('a correction names the case of the entries it reverses and adds by its number', async () => {
    const { personName: _, unitName: __, active: ___, ...rest } = row(`fine:${CASE_ID}:vis2:p-liu`);
    const entry = { ...rest, kind: 'fine' as const, ruleVersionId: 'v2020' };
    view = await render(
      <CorrectionsView
        proposal={{
          proposalId: '0123456789abcdef0123',
          periodKey: '2026-03-01_2026-03-31',
          status: 'confirmed',
          createdAt: '2026-04-10T02:00:00Z',
          createdBy: 'u-admin',
          persons: [{ personId: 'p-liu', name: '刘书记', financePaid: false, netFinesFen: 5000, netRewardsFen: 0 }],
          items: [
            {
              baseId: entry.entryId,
              kind: 'fine',
              personId: 'p-liu',
              reversed: entry,
              added: { ...entry, entryId: `${entry.entryId}@r1`, amountFen: 15000 },
              netFen: 5000,
              reasons: ['rule_version'],
              reasonText: '规则版本变更',
            },
          ],
        }}
        canConfirm={false}
        confirming={false}
        onConfirm={() => undefined}
      />,
    );
    expect(view.text().split('信访事项：xiji-2026-058')).toHaveLength(3);
    expect(view.text()).not.toContain(CASE_ID);
  });

  it('the printed notice names the case by its number and never prints a raw id', async () => {
    const notice: PenaltyNotice = {
      noticeId: 'notice:2026-03-01_2026-03-31:p-liu',
      periodKey: '2026-03-01_2026-03-31',
      personId: 'p-liu',
      name: '刘书记',
      financePaid: false,
      noticeDate: '2026-04-01',
      dueOn: '2026-04-30',
      entries: [row('fine:a'), row('fine:b', { caseNumber: undefined, date: '2026-03-16' })],
      totalFen: 20000,
      paidFen: 0,
      outstandingFen: 20000,
    };
    view = await render(
      <MemoryRouter>
        <NoticePrint notices={[notice]} townshipName="西集镇" />
      </MemoryRouter>,
    );
    const cells = [...document.querySelectorAll('.penalty-notice tbody tr')].map((tr) => tr.textContent ?? '');
    expect(cells).toHaveLength(2);
    expect(cells[0]).toContain('信访事项：xiji-2026-058');
    expect(cells[1]).not.toContain('信访事项');
    expect(view.text()).not.toContain(CASE_ID);
  });
});
