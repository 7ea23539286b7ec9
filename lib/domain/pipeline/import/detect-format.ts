import {
  HISTORY_HEADERS,
  HUBSPOT_DATE_ENTERED,
  KNOWN_HEADERS,
  type ImportFormat,
  type OpportunityField,
} from "./fields";

const norm = (h: string) => h.trim().toLowerCase();

function findColumn(header: string[], names: readonly string[] | undefined): number {
  if (!names) return -1;
  const wanted = new Set(names.map(norm));
  return header.findIndex((h) => wanted.has(norm(h)));
}

/**
 * Which export this is, from its header row alone. HubSpot's deal export is told by its deal
 * columns (or "Date entered" columns); Salesforce's by Opportunity/Stage columns; its
 * OpportunityHistory by an opportunity id and a stage without a name. Anything else goes
 * through the mapping step.
 */
export function detectFormat(header: string[]): ImportFormat {
  const has = (names: readonly string[]) => findColumn(header, names) >= 0;
  if (
    header.some((h) => HUBSPOT_DATE_ENTERED.test(h.trim())) ||
    (has(["Deal Name", "dealname"]) && has(["Deal Stage", "dealstage"]))
  ) {
    return "hubspot";
  }
  if (
    has(HISTORY_HEADERS.opportunityId) &&
    has(HISTORY_HEADERS.stage) &&
    !has(["Opportunity Name", "Name"])
  ) {
    return "salesforce-history";
  }
  if (has(["Opportunity Name", "Opportunity ID", "StageName"]) && has(["Stage", "StageName"]))
    return "salesforce";
  return "csv";
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
