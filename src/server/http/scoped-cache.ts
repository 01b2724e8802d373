interface Entry<V> {
  value: V;
  bytes: number;
}

/**
 * An in-memory cache whose entries belong to a scope (a region, or the region list). Invalidating a scope
 * drops all its entries; the least recently used entries go when the byte budget is exceeded. Concurrent
 * misses for one key share one build, a build that raced an invalidation is not kept, and neither is an
 * `undefined` result (a miss stays a miss, so asking for what does not exist yet fills nothing).
 */
export class ScopedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly building = new Map<string, Promise<V>>();
  private readonly generations = new Map<string, number>();
  private totalBytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** The cached value, or the result of `build`, which is then cached. */
  async get(scope: string, key: string, build: () => Promise<V>): Promise<V> {
    const id = `${scope}\u0000${key}`;
    const hit = this.entries.get(id);
    if (hit) {
      this.entries.delete(id);
      this.entries.set(id, hit);
      return hit.value;
    }
    const pending = this.building.get(id);
    if (pending) return pending;
    const generation = this.generations.get(scope) ?? 0;
    const promise: Promise<V> = build().finally(() => {
      // Only our own build: after an invalidation a newer one may have taken the place.
      if (this.building.get(id) === promise) this.building.delete(id);
    });
    this.building.set(id, promise);
    const value = await promise;
    if (value !== undefined && (this.generations.get(scope) ?? 0) === generation) this.store(id, value);
    return value;
  }

  /** Forgets everything cached in a scope, including builds still under way. */
  invalidate(scope: string): void {
    this.generations.set(scope, (this.generations.get(scope) ?? 0) + 1);
    const prefix = `${scope}\u0000`;
    for (const [id, entry] of this.entries) {
      if (id.startsWith(prefix)) {
        this.entries.delete(id);
        this.totalBytes -= entry.bytes;
      }
    }
    for (const id of this.building.keys()) if (id.startsWith(prefix)) this.building.delete(id);
  }

  /** How many bytes the cache holds now. */
  get size(): number {
    return this.totalBytes;
  }

  private store(id: string, value: V): void {
    const bytes = this.sizeOf(value);
    const previous = this.entries.get(id);
    if (previous) {
      this.entries.delete(id);
      this.totalBytes -= previous.bytes;
    }
    if (bytes > this.maxBytes) return;
    this.entries.set(id, { value, bytes });
    this.totalBytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.totalBytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.totalBytes -= entry.bytes;
    }
  }
}
