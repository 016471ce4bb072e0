/** One string field of a ledger row that takes part in its sort key. */
export type SortField<T> = (item: T) => string;

/**
 * Sorts `list` in place by the concatenation of its `fields` joined with U+0000, the ledger's canonical
 * order, i.e. the same order as `sort((a, b) => cmp(key(a), key(b)))` with that joined key (the sort is stable
 * and equal keys compare 0) but without building two keys per comparison. While no field holds a U+0000
 * (no id ever does), comparing field by field gives the same answer, since every row has the same number
 * of fields; when one does, the joined keys are built once per row and compared instead.
 */
export function sortByKey<T>(list: T[], fields: readonly SortField<T>[]): T[] {
  if (list.some((item) => fields.some((field) => field(item).includes('\u0000')))) {
    const keyed = list.map((item) => ({ item, key: fields.map((field) => field(item)).join('\u0000') }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    keyed.forEach((k, i) => {
      list[i] = k.item;
    });
    return list;
  }
  return list.sort((a, b) => {
    for (const field of fields) {
      const x = field(a);
      const y = field(b);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}
