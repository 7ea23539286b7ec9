import {
  headerKey,
  HISTORY_HEADERS,
  HISTORY_MARKERS,
  HUBSPOT_DATE_ENTERED,
  HUBSPOT_MARKERS,
  KNOWN_HEADERS,
  SALESFORCE_MARKERS,
  type ImportFormat,
  type OpportunityField,
} from "./fields";

const exact = (h: string) => h.trim().toLowerCase();

/**
 * The column of the first of `names` (in their order of preference) the header has: spelled the
 * same up to case first, then the same by headerKey ("Stage Name" for "stage_name"); -1 if none.
 */
export function findColumn(header: string[], names: readonly string[] | undefined): number {
  if (!names) return -1;
  let keys: string[] | null = null;
  for (const name of names) {
    const same = header.findIndex((h) => exact(h) === exact(name));
    if (same >= 0) return same;
    keys ??= header.map(headerKey);
    const alike = keys.indexOf(headerKey(name));
    if (alike >= 0) return alike;
  }
  return -1;
}

/**
 * Which export this is, from its header row alone. HubSpot's deal export is told by its
 * "Date entered" columns, or a deal stage column with a HubSpot name beside it (Deal Name,
 * hs_object_id…); Salesforce's OpportunityHistory by an opportunity id (Opportunity ID,
 * OpportunityId, OppID) and a stage without an opportunity name (or with From/To Stage);
 * Salesforce's Opportunity export by a stage column with a name only Salesforce uses beside it
 * (StageName, Opportunity Name, AccountId, IsWon…). Anything else goes through the mapping step.
 */
export function detectFormat(header: string[]): ImportFormat {
  const keys = new Set(header.map(headerKey));
  const has = (names: readonly string[] | undefined) =>
    (names ?? []).some((n) => keys.has(headerKey(n)));
  if (
    header.some((h) => HUBSPOT_DATE_ENTERED.test(h.trim())) ||
    (has(KNOWN_HEADERS.hubspot.stage) && has(HUBSPOT_MARKERS))
  ) {
    return "hubspot";
  }
  if (
    has(HISTORY_HEADERS.opportunityId) &&
    has(HISTORY_HEADERS.stage) &&
    (!has(["Opportunity Name", "Name"]) || has(HISTORY_MARKERS))
  ) {
    return "salesforce-history";
  }
  if (has(KNOWN_HEADERS.salesforce.stage) && has(SALESFORCE_MARKERS)) return "salesforce";
  return "csv";
}

/**
 * The columns of a stage history export: the opportunity's id, the stage entered and when, each
 * -1 when the header has none.
 */
export function historyColumns(header: string[]): { id: number; stage: number; at: number } {
  return {
    id: findColumn(header, HISTORY_HEADERS.opportunityId),
    stage: findColumn(header, HISTORY_HEADERS.stage),
    at: findColumn(header, HISTORY_HEADERS.at),
  };
}

/** Column index per field for a known format (or from an explicit field=column mapping). */
export function columnMap(
  header: string[],
  format: ImportFormat,
  overrides: Partial<Record<OpportunityField, string>> = {},
): Partial<Record<OpportunityField, number>> {
  const known = format === "hubspot" || format === "salesforce" ? KNOWN_HEADERS[format] : {};
  const map: Partial<Record<OpportunityField, number>> = {};
  for (const [field, names] of Object.entries(known) as [OpportunityField, string[]][]) {
    const index = findColumn(header, names);
    if (index >= 0) map[field] = index;
  }
  for (const [field, column] of Object.entries(overrides) as [OpportunityField, string][]) {
    const index = findColumn(header, [column]);
    if (index >= 0) map[field] = index;
    else delete map[field];
  }
  return map;
}
