import type { Factor } from '../rules';

/**
 * amount × numerator / denominator in exact integer arithmetic, rounded half-up to whole fen
 * (5001 fen × 1/2 = 2500.5 → 2501). Factors are applied one at a time in the modifiers' order,
 * rounding after each.
 */
export function applyFactor(fen: number, factor: Factor): number {
  const scaled = fen * factor.numerator;
  return Math.floor((2 * scaled + factor.denominator) / (2 * factor.denominator));
}

// One string per distinct factor ("1/2", "2/1"): every fine carries one in its modifiers.
const texts = new Map<number, Map<number, string>>();

export function factorText(factor: Factor): string {
  let byDenominator = texts.get(factor.numerator);
  if (!byDenominator) {
    byDenominator = new Map();
    texts.set(factor.numerator, byDenominator);
  }
  let text = byDenominator.get(factor.denominator);
  if (text === undefined) {
    text = `${factor.numerator}/${factor.denominator}`;
    byDenominator.set(factor.denominator, text);
  }
  return text;
}

/** 减半 / 加倍 for the common factors, else "×n/d". */
export function factorWord(factor: Factor): string {
  if (factor.numerator * 2 === factor.denominator) return '减半';
  if (factor.numerator === factor.denominator * 2) return '加倍';
  return `×${factorText(factor)}`;
}
