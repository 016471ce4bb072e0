import { formatYuan } from '../../../lib/format';

/** A change of money with its sign always shown: +¥25.00, -¥50.00, ¥0.00. */
export const signedYuan = (fen: number) => `${fen > 0 ? '+' : ''}${formatYuan(fen)}`;
