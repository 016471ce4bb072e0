// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../../i18n';
import type { PenaltyRow, RuleIssue } from '../api/types';
import { MatrixEditor } from './matrix-editor';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const national = [{ levels: ['national' as const], forms: ['individual' as const, 'collective' as const] }];
const ROWS: PenaltyRow[] = [
  {
    id: '5a',
    label: '进京上访（重复0–1次）',
    match: national,
    repeats: { min: 0, max: 1 },
    amounts: { officeHeadFen: 50000, villageHeadFen: 80000 },
    sanctions: [],
    chargesLeadingCadres: true,
    lateSanctions: ['suspension'],
  },
  {
    id: '5b',
    label: '进京上访重复2次及以上',
    match: national,
    repeats: { min: 2 },
    amounts: { officeHeadFen: 100000, villageHeadFen: 200000 },
    sanctions: [],
    chargesLeadingCadres: true,
    lateSanctions: ['suspension'],
  },
];

let container: HTMLDivElement;
let root: Root;
let latest: PenaltyRow[];

function Harness({ issues = [] }: { issues?: RuleIssue[] }) {
  const [rows, setRows] = useState<PenaltyRow[]>(ROWS);
  latest = rows;
  return <MatrixEditor rows={rows} onChange={setRows} issues={issues} />;
}

function render(issues?: RuleIssue[]) {
  act(() => root.render(<Harness {...(issues ? { issues } : {})} />));
}

const cell = (id: string) => {
  const el = container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no ${id}`);
  return el;
};

/** A key pressed where the focus is, as the browser would deliver it. */
function press(key: string, init: KeyboardEventInit = {}) {
  const target = document.activeElement ?? document.body;
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
}

/** Replaces the focused input's text, as typing would. */
function typeText(text: string) {
  const input = document.activeElement;
  if (!(input instanceof HTMLInputElement)) throw new Error('no input has the focus');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the rule matrix editor', () => {
  it('moves with the arrows, edits by typing and commits with Enter, in yuan stored as fen', () => {
    render();
    expect(document.activeElement).toBe(cell('cell-5a-label'));
    press('ArrowDown');
    for (let i = 0; i < 4; i += 1) press('ArrowRight');
    expect(document.activeElement).toBe(cell('cell-5b-villageHead'));
    press('2');
    expect((document.activeElement as HTMLInputElement).value).toBe('2');
    typeText('2500');
    press('Enter');
    expect(latest[1]?.amounts).toEqual({ officeHeadFen: 100000, villageHeadFen: 250000 });
    expect(cell('cell-5b-villageHead').textContent).toBe('2500');
    expect(container.querySelector('input')).toBeNull();
  });

  it('says why a cell refuses its text as it is typed, keeps it open on Enter, and Esc restores the value', () => {
    render();
    press('ArrowRight');
    press('ArrowRight');
    press('ArrowRight');
    expect(document.activeElement).toBe(cell('cell-5a-officeHead'));
    press('Enter');
    typeText('5百');
    expect(cell('cell-5a-officeHead-error').textContent).toBe('请输入金额（元），最多两位小数');
    press('Enter');
    expect(cell('cell-5a-officeHead-input')).toBeTruthy();
    typeText('500.5');
    expect(container.querySelector('[data-testid="cell-5a-officeHead-error"]')).toBeNull();
    press('Escape');
    expect(cell('cell-5a-officeHead').textContent).toBe('500');
    expect(latest).toEqual(ROWS);
  });

  it('commits with Tab and moves to the next cell; a maximum below the minimum is refused', () => {
    render();
    press('ArrowRight');
    expect(document.activeElement).toBe(cell('cell-5a-min'));
    press('Enter');
    typeText('1');
    press('Tab');
    expect(latest[0]?.repeats).toEqual({ min: 1, max: 1 });
    expect(document.activeElement).toBe(cell('cell-5a-max'));
    press('Enter');
    typeText('0');
    expect(cell('cell-5a-max-error').textContent).toContain('不小于下限');
    typeText('');
    press('Tab');
    expect(latest[0]?.repeats).toEqual({ min: 1 });
  });

  it('toggles the leading cadres with Enter', () => {
    render();
    for (let i = 0; i < 5; i += 1) press('ArrowRight');
    expect(document.activeElement).toBe(cell('cell-5a-cadres'));
    press('Enter');
    expect(latest[0]?.chargesLeadingCadres).toBe(false);
    expect(cell('cell-5a-cadres').textContent).not.toContain('✓');
  });

  it('shows each validation message on the row at fault', () => {
    const issues: RuleIssue[] = [
      {
        path: ['penaltyRows', 1],
        code: 'overlap',
        message: '规则5a与规则5b重叠：个人访·进京·重复1次（按表中顺序适用5a）',
        rowId: '5b',
        otherRowId: '5a',
      },
      { path: ['penaltyRows', 0, 'amounts', 'officeHeadFen'], code: 'schema', message: '金额不能为负' },
    ];
    render(issues);
    expect(cell('row-issues-5b').textContent).toBe(issues[0]?.message);
    // The overlap names both rows, and both show it.
    expect(cell('row-issues-5a').textContent).toBe(`${issues[0]?.message}金额不能为负`);
    expect(container.querySelector('tr[data-row-id="5b"]')?.getAttribute('data-invalid')).toBe('true');
  });

  it('adds, splits and merges rows from the row actions', () => {
    render();
    act(() => cell('row-split-5b').click());
    expect(latest.map((r) => [r.id, r.repeats])).toEqual([
      ['5a', { min: 0, max: 1 }],
      ['5b', { min: 2, max: 2 }],
      ['5b-2', { min: 3 }],
    ]);
    act(() => cell('row-merge-5b').click());
    expect(latest.map((r) => r.id)).toEqual(['5a', '5b']);
    act(() => cell('row-add-5a').click());
    expect(latest.map((r) => [r.id, r.repeats])).toEqual([
      ['5a', { min: 0, max: 1 }],
      ['5a-2', { min: 2 }],
      ['5b', { min: 2 }],
    ]);
  });
});
