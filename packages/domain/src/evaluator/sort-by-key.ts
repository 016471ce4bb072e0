/**
 * Sorts `list` in place by a string key computed once per item rather than twice per comparison (the
 * ledger's sort keys are concatenations; building them inside the comparator dominated evaluation).
 * Same order as `sort((a, b) => cmp(key(a), key(b)))`: Array.prototype.sort is stable and equal keys compare 0.
 */
export function sortByKey<T>(list: T[], key: (item: T) => string): T[] {
  const keyed = list.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  keyed.forEach((k, i) => {
    list[i] = k.item;
  });
  return list;
}
