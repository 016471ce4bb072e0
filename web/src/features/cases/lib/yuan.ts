/** Yuan as typed into a form (up to 2 decimals) to integer fen for the API: 3.5 → 350, never a float's 349.99…. */
export function yuanToFen(yuan: number): number {
  if (!Number.isFinite(yuan)) throw new RangeError('not a number');
  return Math.round(yuan * 100);
}
