import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toActionInput } from './action-values';

describe('toActionInput', () => {
  it('sends a retrieval cost typed in yuan as integer fen', () => {
    expect(toActionInput('retrieval', 7, { unitId: 'v1', costYuan: 350.1, on: dayjs('2026-06-01') })).toEqual({
      kind: 'retrieval',
      expectedSeq: 7,
      on: '2026-06-01',
      unitId: 'v1',
      costFen: 35010,
    });
  });

  it('drops a blank note and keeps the extension days', () => {
    expect(toActionInput('extension', 3, { days: 30, note: '  ' })).toEqual({
      kind: 'extension',
      expectedSeq: 3,
      days: 30,
    });
  });
});
