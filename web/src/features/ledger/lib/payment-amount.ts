/**
 * A payment typed in yuan, checked and turned into integer fen without floats: "1,200.5" → 120050.
 * Up to two decimals; nothing, zero, a negative, letters or more than what is outstanding is refused,
 * with the reason the form shows.
 */
export type AmountCheck = { ok: true; fen: number } | { ok: false; reason: 'empty' | 'format' | 'zero' | 'tooMuch' };

const YUAN = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

export function checkYuan(text: string, maxFen?: number): AmountCheck {
  const cleaned = text
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/元$/, '');
  if (cleaned === '') return { ok: false, reason: 'empty' };
  const m = YUAN.exec(cleaned);
  if (!m) return { ok: false, reason: 'format' };
  const [, whole = '0', cents = ''] = m;
  const fen = Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  if (fen === 0) return { ok: false, reason: 'zero' };
  if (maxFen !== undefined && fen > maxFen) return { ok: false, reason: 'tooMuch' };
  return { ok: true, fen };
}
