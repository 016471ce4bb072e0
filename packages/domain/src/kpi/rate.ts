/** A share shown as "12/15 (80%)": the value is null when there is nothing to divide by. */
export interface Rate {
  value: number | null;
  numerator: number;
  denominator: number;
}

export function rate(numerator: number, denominator: number): Rate {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

/** Change from `previous` to `current` as a fraction (−0.3 = down 30%); null when there was nothing before. */
export interface Change {
  current: number;
  previous: number;
  change: number | null;
}

export function change(current: number, previous: number): Change {
  return { current, previous, change: previous === 0 ? null : (current - previous) / previous };
}
