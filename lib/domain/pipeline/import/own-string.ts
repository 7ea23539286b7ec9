/**
 * A cell's text that outlives its row, copied out of the chunk it was parsed from. V8 keeps a
 * substring of 13 or more characters as a view on the whole string it was cut from, so holding
 * on to one name or id would hold on to the megabyte of file text around it.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

/**
 * One copy of each repeated value (owners, sources, currencies): a million deals with eight
 * owners hold eight owner strings, not a million.
 */
export class Interner {
  private readonly seen = new Map<string, string>();

  constructor(private readonly limit = 100_000) {}

  get(text: string): string {
    const known = this.seen.get(text);
    if (known !== undefined) return known;
    const owned = ownString(text);
    if (this.seen.size < this.limit) this.seen.set(owned, owned);
    return owned;
  }
}
