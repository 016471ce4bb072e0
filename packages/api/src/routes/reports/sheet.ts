/** A report table as officials print it: a Chinese sheet name, a title, typed columns, rows, an optional total row. */
export interface SheetColumn {
  header: string;
  key: string;
  /** yuan: the value is integer fen, shown as yuan with two decimals; pct: a fraction shown as a percentage. */
  kind: 'text' | 'int' | 'yuan' | 'pct';
  width?: number;
}

export type SheetValue = string | number | null;

export interface Sheet {
  name: string;
  title: string;
  columns: SheetColumn[];
  rows: Record<string, SheetValue>[];
  total?: Record<string, SheetValue>;
}

export interface ReportDocument {
  /** File name without extension, e.g. 周通报_2026-06-08. */
  fileName: string;
  sheets: Sheet[];
}
