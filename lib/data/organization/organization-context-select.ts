/** The organization fields every guarded page and action receives. */
export const ORGANIZATION_CONTEXT_SELECT = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  accentColor: true,
  logoUrl: true,
  currency: true,
  benchmarkOptOut: true,
} as const;
