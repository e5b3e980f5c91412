/**
 * A cache that keeps what was used recently: entries live in a young and an old generation; a hit in
 * the old one moves the entry to the young one, and when the young one is full the old one is
 * dropped. A hit costs one Map lookup, which matters because every analysis makes thousands.
 * It holds at most twice `capacity` entries.
 */
export class Lru<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  getOrCreate(key: string, create: () => V): V {
    const young = this.young.get(key);
    if (young !== undefined || this.young.has(key)) return young as V;
    let value: V;
    if (this.old.has(key)) {
      value = this.old.get(key) as V;
      this.old.delete(key);
    } else {
      value = create();
    }
    this.set(key, value);
    return value;
  }

  /** The value kept under `key` (made young again), or undefined (for callers that never keep undefined). */
  get(key: string): V | undefined {
    const young = this.young.get(key);
    if (young !== undefined) return young;
    const old = this.old.get(key);
    if (old === undefined) return undefined;
    this.old.delete(key);
    this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}
