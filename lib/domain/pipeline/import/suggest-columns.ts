import { headerKey, OPPORTUNITY_FIELDS, type OpportunityField } from "./fields";

/**
 * Header names a CSV from anywhere often gives each field, in order of preference (English and
 * German, CRM labels and API names). Only "Deal" and "Opportunity" are listed twice: they are the
 * id when nothing else is (fields are guessed in OPPORTUNITY_FIELDS order, id first), else the name.
 */
const USUAL_NAMES: Record<OpportunityField, string[]> = {
  lostStage: ["Stage when lost", "Lost at stage", "Lost stage"],
  id: [
    "Opportunity ID",
    "Opp ID",
    "Deal ID",
    "Record ID",
    "hs_object_id",
    "Id",
    "External ID",
    "Opportunity Number",
    "Deal Number",
    "Nummer",
    "Deal",
    "Opportunity",
  ],
  name: [
    "Opportunity Name",
    "Deal Name",
    "Name",
    "Deal",
    "Opportunity",
    "Title",
    "Deal Title",
    "Subject",
    "Bezeichnung",
    "Titel",
  ],
  account: [
    "Account Name",
    "Account",
    "Company",
    "Company Name",
    "Associated Company",
    "Customer",
    "Customer Name",
    "Client",
    "Organization",
    "Organisation",
    "AccountId",
    "Kunde",
    "Firma",
    "Unternehmen",
  ],
  owner: [
    "Opportunity Owner",
    "Deal Owner",
    "Owner",
    "Owner Name",
    "Sales Agent",
    "Sales Rep",
    "Rep",
    "Agent",
    "Account Executive",
    "Salesperson",
    "Assigned To",
    "OwnerId",
    "hubspot_owner_id",
    "Verantwortlich",
    "Vertriebsmitarbeiter",
    "Betreuer",
  ],
  source: [
    "Lead Source",
    "Source",
    "Original Source",
    "Original Source Type",
    "Deal Source",
    "Channel",
    "Quelle",
    "Lead-Quelle",
    "Herkunft",
  ],
  segment: ["Segment", "Type", "Deal Type", "Opportunity Type", "Product", "Produkt", "Typ"],
  amount: [
    "Amount",
    "Value",
    "Close Value",
    "Deal Value",
    "Deal Amount",
    "Opportunity Amount",
    "Revenue",
    "ARR",
    "ACV",
    "Betrag",
    "Wert",
    "Auftragswert",
    "Umsatz",
  ],
  currency: [
    "Currency",
    "Currency Code",
    "CurrencyIsoCode",
    "Deal Currency Code",
    "Opportunity Currency",
    "Währung",
    "Waehrung",
  ],
  created: [
    "Created Date",
    "Create Date",
    "Created",
    "Created At",
    "Created On",
    "Date Created",
    "Opened",
    "Opened Date",
    "Open Date",
    "Date Opened",
    "Erstellt",
    "Erstellt am",
    "Erstelldatum",
    "Erstellungsdatum",
    "Angelegt am",
  ],
  closed: [
    "Close Date",
    "Closed Date",
    "Closed",
    "Closed At",
    "Closed On",
    "Date Closed",
    "Closing Date",
    "Abschlussdatum",
    "Abschluss am",
    "Abgeschlossen am",
  ],
  stage: [
    "Stage",
    "StageName",
    "Deal Stage",
    "Pipeline Stage",
    "Opportunity Stage",
    "Sales Stage",
    "Status",
    "Phase",
    "Stufe",
  ],
};

const USUAL_KEYS = Object.fromEntries(
  OPPORTUNITY_FIELDS.map((field) => [field, USUAL_NAMES[field].map(headerKey)]),
) as Record<OpportunityField, string[]>;

/**
 * A best guess at the column of each field of a CSV from anywhere, by header name alone
 * ("opportunity_id", "Deal Stage", "close_value", "Betrag", "Amount (EUR)"): what the mapping
 * form shows before anyone has chosen. Each column is suggested for one field at most; a field
 * with no likely column is left out.
 */
export function suggestColumns(header: string[]): Partial<Record<OpportunityField, number>> {
  // "Amount (EUR)", "Close Date (UTC)": the unit or zone in brackets does not change the field.
  const keys = header.map((h) => headerKey(h.replace(/\s*\([^)]*\)\s*$/, "")));
  const taken = new Set<number>();
  const suggested: Partial<Record<OpportunityField, number>> = {};
  for (const field of OPPORTUNITY_FIELDS) {
    for (const key of USUAL_KEYS[field]) {
      const index = keys.findIndex((k, i) => k === key && !taken.has(i));
      if (index >= 0) {
        suggested[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  return suggested;
}
