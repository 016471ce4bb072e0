/** A cached entry also expires: a writer that died between its write and its version bump is seen within this time. */
const MAX_AGE_MS = 5 * 60_000;

/**
 * Values kept per process against the version number(s) they were built from (see `bumpVersionCounter`): `get`
 * returns the kept value while the caller's version is the one it was built at and it is younger than five
 * minutes, and builds it again otherwise. The promise is kept, not the value, so concurrent misses share one load;
 * a failed load is dropped. Values are shared between requests: callers must not change them.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: string; at: number; value: Promise<T> }>();
  constructor(
    private readonly maxEntries: number,
    private readonly clock: () => number = Date.now,
  ) {}

  get(key: string, version: number | string, load: () => Promise<T>): Promise<T> {
    const v = String(version);
    const hit = this.entries.get(key);
    const now = this.clock();
    if (hit && hit.version === v && now - hit.at < MAX_AGE_MS) return hit.value;
    const value = load();
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value ?? '');
    this.entries.set(key, { version: v, at: now, value });
    void value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    return value;
  }
}
