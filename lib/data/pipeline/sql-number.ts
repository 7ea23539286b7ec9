/** A numeric column from a raw query (numeric comes back as Decimal or string) as a number. */
export function sqlNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
