// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, render, waitFor, type Rendered } from '../../../test-support/render';
import type { LedgerPersonBalance, LedgerRow } from '../api/types';
import { PersonTable } from './person-table';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  vi.restoreAllMocks();
});

/** The browser answers the phone query (max-width: 768px) as a phone of `width` would. */
function viewport(width: number) {
  const real = window.matchMedia.bind(window);
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => {
    const list = real(query);
    const max = /max-width:\s*(\d+)px/.exec(query);
    return max ? Object.defineProperty(list, 'matches', { value: width <= Number(max[1]) }) : list;
  });
}

const persons: LedgerPersonBalance[] = [
  {
    personId: 'p-liu',
    name: '刘书记',
    financePaid: false,
    finesFen: 20000,
    fineCount: 2,
    rewardsFen: 0,
    sanctions: ['criticism_notice'],
    vetoed: false,
    dueOn: '2026-04-30',
  },
];
const row = (entryId: string, date: string): LedgerRow => ({
  entryId,
  kind: 'fine',
  personId: 'p-liu',
  personName: '刘书记',
  unitId: 'v1',
  unitName: '东村',
  caseId: 'xiji-2026-007',
  date,
  amountFen: 10000,
  ruleVersionId: 'v2020',
  rowId: '1b',
  sanctions: ['criticism_notice'],
  explanation: '个人访到镇重复1次，村主要责任人罚款100元',
  active: true,
});
const rows = [row('fine:a', '2026-03-09'), row('fine:b', '2026-03-16')];

describe('PersonTable', { timeout: 60_000 }, () => {
  it('on a phone shows a card per person: name, unit, fines in yuan, sanctions; the entries fold out', async () => {
    viewport(390);
    view = await render(<PersonTable persons={persons} rows={rows} />);
    expect(document.querySelector('[data-testid="ledger-persons"]')).toBeNull();
    const card = document.querySelector('[data-testid="ledger-person-card"]');
    expect(card?.textContent).toContain('刘书记');
    expect(card?.textContent).toContain('东村');
    expect(card?.querySelector('[data-testid="ledger-person-total"]')?.textContent).toBe('¥200.00');
    expect(card?.textContent).toContain('通报批评');
    expect(card?.textContent).not.toContain('p-liu');
    expect(document.querySelector('[data-testid="ledger-person-entries"]')).toBeNull();
    await click(card?.querySelector('.ant-collapse-header') ?? null);
    await waitFor(() => expect(document.querySelectorAll('[data-testid="ledger-person-entries"] li')).toHaveLength(2));
    expect(view.text()).toContain('2026年3月16日');
    expect(view.text()).toContain('¥100.00');
  });

  it('on a laptop keeps the table', async () => {
    viewport(1366);
    view = await render(<PersonTable persons={persons} rows={rows} />);
    expect(document.querySelector('[data-testid="ledger-person-card"]')).toBeNull();
    expect(document.querySelector('[data-testid="ledger-persons"]')?.textContent).toContain('¥200.00');
  });
});
