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
  const compare = (a: T, b: T): number => {
    for (const field of fields) {
      const x = field(a);
      const y = field(b);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
  // Buckets of equal first field (the date, for fines and tasks), in first-field order, each sorted on its
  // own: rows arrive case by case, so a date's bucket is already nearly in order and sorts in about one
  // comparison per row, where the whole list would take log n each. Same stable order as one sort.
  const first = fields[0];
  if (!first || list.length < 64) return list.sort(compare);
  const buckets = new Map<string, T[]>();
  for (const item of list) {
    const key = first(item);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(item);
    else buckets.set(key, [item]);
  }
  const keys = [...buckets.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let i = 0;
  for (const key of keys) {
    const bucket = buckets.get(key) ?? [];
    if (bucket.length > 1) bucket.sort(compare);
    for (const item of bucket) list[i++] = item;
  }
  return list;
}
