/**
 * Rendered files kept in memory by a key that changes whenever their content would, so a file
 * asked for again (a second reader, a link preview fetched by several apps) is not drawn again.
 * Bounded by bytes; the least recently used go first. Renders of one key in flight at once are
 * shared.
 */
export class RenderCache {
  private readonly files = new Map<string, Buffer>();
  private readonly pending = new Map<string, Promise<Buffer>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  async get(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.files.get(key);
    if (hit) {
      // Re-inserting moves it to the end: the Map's order is the recency order.
      this.files.delete(key);
      this.files.set(key, hit);
      return hit;
    }
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const rendering = render()
      .then((file) => {
        this.keep(key, file);
        return file;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, rendering);
    return rendering;
  }

  private keep(key: string, file: Buffer): void {
    if (file.length > this.maxBytes) return;
    this.files.set(key, file);
    this.bytes += file.length;
    for (const [oldest, old] of this.files) {
      if (this.bytes <= this.maxBytes) break;
      this.files.delete(oldest);
      this.bytes -= old.length;
    }
  }
}
