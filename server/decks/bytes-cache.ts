// The PDF bytes of recently served decks, shared by every screen that asks (DECK-4): a room's
// projectors, speaker and chair opening one deck together cost one read and one copy, not one
// each. A deck's bytes never change under its id, so a cached copy is never stale; whether it
// may still be served (deleted, phone view closed) is checked on every request before this.

export class DeckBytesCache {
  private readonly entries = new Map<string, Promise<Uint8Array | null>>();
  private readonly sizes = new Map<string, number>();
  private total = 0;

  constructor(private readonly maxBytes: number) {}

  /** The bytes of `id`, read with `load` once however many ask at the same time. */
  get(id: string, load: () => Promise<Uint8Array | null>): Promise<Uint8Array | null> {
    const hit = this.entries.get(id);
    if (hit) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(id);
      this.entries.set(id, hit);
      return hit;
    }
    const loading = load().then(
      (bytes) => {
        if (!bytes || bytes.byteLength > this.maxBytes) this.forget(id, loading);
        else {
          this.sizes.set(id, bytes.byteLength);
          this.total += bytes.byteLength;
          this.trim();
        }
        return bytes;
      },
      (err: unknown) => {
        this.forget(id, loading);
        throw err;
      },
    );
    this.entries.set(id, loading);
    return loading;
  }

  delete(id: string): void {
    this.total -= this.sizes.get(id) ?? 0;
    this.sizes.delete(id);
    this.entries.delete(id);
  }

  get bytes(): number {
    return this.total;
  }

  private forget(id: string, which: Promise<Uint8Array | null>): void {
    if (this.entries.get(id) === which) this.delete(id);
  }

  /** Drops the least recently used decks that have arrived until the total fits. */
  private trim(): void {
    for (const id of this.entries.keys()) {
      if (this.total <= this.maxBytes) return;
      if (this.sizes.has(id)) this.delete(id);
    }
  }
}
