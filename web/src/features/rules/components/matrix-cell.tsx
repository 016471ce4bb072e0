import { Input, Typography } from 'antd';
import type { Ref } from 'react';

interface Props {
  ref: Ref<HTMLTableCellElement>;
  testId: string;
  display: string;
  numeric: boolean;
  active: boolean;
  /** The text being typed, when this cell is being edited. */
  editing: { text: string } | undefined;
  errorText: string | undefined;
  onType: (text: string) => void;
  onSelect: () => void;
  onOpen: () => void;
}

/** One editable cell of the matrix: its value, or an input with the reason its text cannot be taken yet. */
export function MatrixCell({
  ref,
  testId,
  display,
  numeric,
  active,
  editing,
  errorText,
  onType,
  onSelect,
  onOpen,
}: Props) {
  return (
    <td
      ref={ref}
      role="gridcell"
      tabIndex={active ? 0 : -1}
      aria-selected={active}
      data-testid={testId}
      onClick={onSelect}
      onDoubleClick={onOpen}
      style={{
        border: '1px solid #f0f0f0',
        padding: '4px 8px',
        verticalAlign: 'top',
        textAlign: numeric ? 'right' : 'left',
        outline: active ? '2px solid #1677ff' : undefined,
        outlineOffset: -2,
        cursor: 'cell',
        minWidth: numeric ? 72 : 160,
      }}
    >
      {editing ? (
        <>
          <Input
            size="small"
            autoFocus
            value={editing.text}
            status={errorText ? 'error' : undefined}
            aria-invalid={errorText ? true : undefined}
            data-testid={`${testId}-input`}
            onChange={(e) => onType(e.target.value)}
            // Typing into a cell starts from its first character: keep the caret after it, as a spreadsheet does.
            onFocus={(e) => e.target.setSelectionRange(e.target.value.length, e.target.value.length)}
          />
          {errorText && (
            <Typography.Text
              type="danger"
              style={{ display: 'block', fontSize: 12, textAlign: 'left' }}
              data-testid={`${testId}-error`}
            >
              {errorText}
            </Typography.Text>
          )}
        </>
      ) : (
        display || '\u00a0'
      )}
    </td>
  );
}
