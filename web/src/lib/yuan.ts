/**
 * Amounts in the rule editor are typed in yuan and stored in fen. Parsing is exact (no floats):
 * "1,200.5" → 120050 fen. Up to two decimals; a negative or malformed amount is refused.
 */
const YUAN = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

export function parseYuan(text: string): number | undefined {
  const m = YUAN.exec(
    text
      .trim()
      .replace(/[,，\s]/g, '')
      .replace(/元$/, ''),
  );
  if (!m) return undefined;
  const [, whole = '0', cents = ''] = m;
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
}

/** 120050 fen → "1200.5"; 200000 → "2000": the plain number an admin types back. */
export function fenToYuanText(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const cents = fen % 100;
  if (cents === 0) return String(yuan);
  return `${yuan}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}
/** Yuan as typed into a form (up to 2 decimals) to integer fen for the API: 3.5 → 350, never a float's 349.99…. */
export function yuanToFen(yuan: number): number {
  if (!Number.isFinite(yuan)) throw new RangeError('not a number');
  return Math.round(yuan * 100);
}
