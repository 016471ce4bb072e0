import { Button, Flex, Typography } from 'antd';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PenaltyRow, RuleIssue } from '../api/types';
import { applyCell, type CellError, cellText, EDIT_COLUMNS, type EditColumn, issuesByRow } from '../lib/matrix-columns';
import {
  addRowAfter,
  canMergeWithNext,
  canSplit,
  mergeWithNext,
  removeRow,
  replaceRow,
  splitRow,
} from '../lib/row-edits';
import { kindsText, sanctionsText } from '../lib/rule-text';
import { MatrixCell } from './matrix-cell';

interface Props {
  rows: readonly PenaltyRow[];
  onChange: (rows: PenaltyRow[]) => void;
  issues: readonly RuleIssue[];
  readOnly?: boolean;
}

interface Editing {
  text: string;
  error?: CellError | undefined;
}

const LAST_COLUMN = EDIT_COLUMNS.length - 1;

/**
 * The draft's penalty rows as a spreadsheet: arrows move, Enter or typing edits, Enter commits and moves down,
 * Tab commits and moves right, Esc cancels. A cell refuses text it cannot take, saying why as it is typed; the
 * table's own problems (overlap, gap, unreachable) come in `issues` and are shown on the row at fault.
 */
export function MatrixEditor({ rows, onChange, issues, readOnly = false }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | undefined>();
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const { byRow } = issuesByRow(rows, issues);
  const activeRow = rows[active.row];
  const activeColumn = EDIT_COLUMNS[active.col] ?? 'label';

  useEffect(() => {
    if (editing) return;
    cells.current.get(`${active.row}:${active.col}`)?.focus();
  }, [active, editing]);

  const move = (row: number, col: number) => {
    setEditing(undefined);
    setActive({ row: Math.min(Math.max(row, 0), rows.length - 1), col: Math.min(Math.max(col, 0), LAST_COLUMN) });
  };

  const startEditing = (text?: string) => {
    if (readOnly || !activeRow) return;
    if (activeColumn === 'cadres') {
      onChange(replaceRow(rows, active.row, { ...activeRow, chargesLeadingCadres: !activeRow.chargesLeadingCadres }));
      return;
    }
    setEditing({ text: text ?? cellText(activeRow, activeColumn) });
  };

  /** Takes the edited text into the row; false (and the cell keeps its message) when it cannot. */
  const commit = (): boolean => {
    if (!editing || !activeRow) return true;
    const result = applyCell(activeRow, activeColumn, editing.text);
    if ('error' in result) {
      setEditing({ ...editing, error: result.error });
      return false;
    }
    onChange(replaceRow(rows, active.row, result.row));
    setEditing(undefined);
    return true;
  };

  const type = (text: string) => {
    if (!activeRow) return;
    const result = applyCell(activeRow, activeColumn, text);
    setEditing({ text, error: 'error' in result ? result.error : undefined });
  };

  const next = (backwards: boolean) => {
    const flat = active.row * EDIT_COLUMNS.length + active.col + (backwards ? -1 : 1);
    if (flat < 0 || flat >= rows.length * EDIT_COLUMNS.length) return false;
    move(Math.floor(flat / EDIT_COLUMNS.length), flat % EDIT_COLUMNS.length);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing) {
      if (event.key === 'Escape') {
        event.preventDefault();
        setEditing(undefined);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        if (commit()) move(active.row + 1, active.col);
      } else if (event.key === 'Tab') {
        event.preventDefault();
        if (commit()) next(event.shiftKey);
      }
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const delta = moves[event.key];
    if (delta) {
      event.preventDefault();
      move(active.row + delta[0], active.col + delta[1]);
    } else if (event.key === 'Tab') {
      if (next(event.shiftKey)) event.preventDefault();
    } else if (event.key === 'Enter' || event.key === 'F2' || (event.key === ' ' && activeColumn === 'cadres')) {
      event.preventDefault();
      startEditing();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (activeColumn !== 'cadres') startEditing('');
    } else if (
      event.key.length === 1 &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      activeColumn !== 'cadres'
    ) {
      event.preventDefault();
      startEditing(event.key);
    }
  };

  const headers: Record<EditColumn, string> = {
    label: t('rules.col.label'),
    min: `${t('rules.col.repeats')}（${t('rules.editor.min')}）`,
    max: `${t('rules.col.repeats')}（${t('rules.editor.max')}）`,
    officeHead: `${t('rules.col.officeHead')}（元）`,
    villageHead: `${t('rules.col.villageHead')}（元）`,
    cadres: t('rules.col.cadres'),
  };

  return (
    <div style={{ overflowX: 'auto' }}>
      <table role="grid" className="rule-matrix" data-testid="rule-matrix" onKeyDown={onKeyDown} style={TABLE_STYLE}>
        <thead>
          <tr>
            <th style={TH}>{t('rules.col.id')}</th>
            {EDIT_COLUMNS.slice(0, 1).map((c) => (
              <th key={c} style={TH}>
                {headers[c]}
              </th>
            ))}
            <th style={TH}>{t('rules.col.kinds')}</th>
            {EDIT_COLUMNS.slice(1).map((c) => (
              <th key={c} style={TH}>
                {headers[c]}
              </th>
            ))}
            <th style={TH}>{t('rules.col.sanctions')}</th>
            <th style={TH}>{t('rules.col.issues')}</th>
            {!readOnly && <th style={TH}>{t('rules.col.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const problems = byRow.get(row.id) ?? [];
            const cell = (column: EditColumn) => {
              const c = EDIT_COLUMNS.indexOf(column);
              const isActive = active.row === r && active.col === c;
              return (
                <MatrixCell
                  key={column}
                  ref={(el) => void (el ? cells.current.set(`${r}:${c}`, el) : cells.current.delete(`${r}:${c}`))}
                  testId={`cell-${row.id}-${column}`}
                  display={column === 'cadres' ? (row.chargesLeadingCadres ? '✓' : '') : cellText(row, column)}
                  numeric={column !== 'label'}
                  active={isActive}
                  editing={isActive ? editing : undefined}
                  errorText={isActive && editing?.error ? t(editing.error) : undefined}
                  onType={type}
                  onSelect={() => move(r, c)}
                  onOpen={() => {
                    setActive({ row: r, col: c });
                    if (!readOnly && column !== 'cadres') setEditing({ text: cellText(row, column) });
                  }}
                />
              );
            };
            return (
              <tr
                key={row.id}
                data-row-id={row.id}
                data-invalid={problems.length > 0 || undefined}
                style={problems.length > 0 ? INVALID_ROW : undefined}
              >
                <td style={TD}>
                  <Typography.Text strong>{row.id}</Typography.Text>
                </td>
                {cell('label')}
                <td style={TD}>{kindsText(row, t)}</td>
                {cell('min')}
                {cell('max')}
                {cell('officeHead')}
                {cell('villageHead')}
                {cell('cadres')}
                <td style={TD}>{sanctionsText(row.sanctions, t)}</td>
                <td style={TD} data-testid={`row-issues-${row.id}`}>
                  {problems.map((p, i) => (
                    <Typography.Text key={i} type="danger" style={{ display: 'block', fontSize: 12 }}>
                      {p.message}
                    </Typography.Text>
                  ))}
                </td>
                {!readOnly && (
                  <td style={TD}>
                    <Flex gap={2} wrap>
                      <Button
                        size="small"
                        type="link"
                        data-testid={`row-add-${row.id}`}
                        onClick={() => onChange(addRowAfter(rows, r))}
                      >
                        {t('rules.editor.addRow')}
                      </Button>
                      <Button
                        size="small"
                        type="link"
                        disabled={!canSplit(row)}
                        data-testid={`row-split-${row.id}`}
                        onClick={() => onChange(splitRow(rows, r))}
                      >
                        {t('rules.editor.split')}
                      </Button>
                      <Button
                        size="small"
                        type="link"
                        disabled={!canMergeWithNext(rows, r)}
                        data-testid={`row-merge-${row.id}`}
                        onClick={() => onChange(mergeWithNext(rows, r))}
                      >
                        {t('rules.editor.merge')}
                      </Button>
                      <Button
                        size="small"
                        type="link"
                        danger
                        disabled={rows.length <= 1}
                        data-testid={`row-remove-${row.id}`}
                        onClick={() => onChange(removeRow(rows, r))}
                      >
                        {t('rules.editor.remove')}
                      </Button>
                    </Flex>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const TABLE_STYLE = { borderCollapse: 'collapse', width: '100%', fontSize: 13 } as const;
const TH = {
  border: '1px solid #f0f0f0',
  background: '#fafafa',
  padding: '6px 8px',
  textAlign: 'left',
  fontWeight: 600,
} as const;
const TD = { border: '1px solid #f0f0f0', padding: '4px 8px', verticalAlign: 'top' } as const;
const INVALID_ROW = { background: '#fff2f0', boxShadow: 'inset 3px 0 0 #ff4d4f' } as const;
