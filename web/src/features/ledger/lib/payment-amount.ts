import { parseYuan } from '../../../lib/yuan';

/**
 * A payment typed in yuan, checked and turned into integer fen without floats: "1,200.5" → 120050.
 * Up to two decimals; nothing, zero, a negative, letters or more than what is outstanding is refused,
 * with the reason the form shows.
 */
export type AmountCheck = { ok: true; fen: number } | { ok: false; reason: 'empty' | 'format' | 'zero' | 'tooMuch' };

export function checkYuan(text: string, maxFen?: number): AmountCheck {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const fen = parseYuan(text);
  if (fen === undefined) return { ok: false, reason: 'format' };
  if (fen === 0) return { ok: false, reason: 'zero' };
  if (maxFen !== undefined && fen > maxFen) return { ok: false, reason: 'tooMuch' };
  return { ok: true, fen };
}
