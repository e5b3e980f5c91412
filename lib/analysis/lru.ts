/** A Map that forgets the least recently used entries beyond `capacity`. */
export class Lru<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  getOrCreate(key: string, create: () => V): V {
    let value = this.entries.get(key);
    if (value !== undefined || this.entries.has(key)) {
      this.entries.delete(key);
    } else {
      value = create();
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, value as V);
    return value as V;
  }

  clear(): void {
    this.entries.clear();
  }
}
