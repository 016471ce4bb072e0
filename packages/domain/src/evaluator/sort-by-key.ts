/**
 * Sorts `list` in place by the concatenation of its string `parts` joined with U+0000, the ledger's
 * canonical order. Same order as `sort((a, b) => cmp(key(a), key(b)))` with that joined key (the sort is
 * stable and equal keys compare 0), without building the key twice per comparison: while no part holds a
 * U+0000 (no id ever does) comparing part by part gives the same answer, and when one does, the joined
 * keys are built once per item and compared instead.
 */
export function sortByKey<T>(list: T[], parts: (item: T) => readonly string[]): T[] {
  const keyed = list.map((item) => ({ item, parts: parts(item), key: '' }));
  if (keyed.some((k) => k.parts.some((p) => p.includes('\u0000')))) {
    for (const k of keyed) k.key = k.parts.join('\u0000');
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  } else {
    keyed.sort((a, b) => compareParts(a.parts, b.parts));
  }
  keyed.forEach((k, i) => {
    list[i] = k.item;
  });
  return list;
}

/** Part by part; a list that runs out first sorts first, as a shorter joined key does. */
function compareParts(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
