/** 123456 → "¥1,234.56": fen as the ledger pages show them, written out independently of the web app's formatter. */
export const yuan = (fen: number) =>
  `${fen < 0 ? '-' : ''}¥${Math.trunc(Math.abs(fen) / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;
