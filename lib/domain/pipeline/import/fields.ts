/** The fields an opportunity row can carry, as named on the command line (--map field=column). */
export const OPPORTUNITY_FIELDS = [
  "id",
  "name",
  "account",
  "owner",
  "source",
  "segment",
  "amount",
  "currency",
  "created",
  "closed",
  "stage",
] as const;

export type OpportunityField = (typeof OPPORTUNITY_FIELDS)[number];

export type ImportFormat = "hubspot" | "salesforce" | "salesforce-history" | "csv";

/** Header names each CRM export uses, label and API name alike, compared case-insensitively. */
export const KNOWN_HEADERS: Record<
  Exclude<ImportFormat, "csv" | "salesforce-history">,
  Partial<Record<OpportunityField, string[]>>
> = {
  hubspot: {
    id: ["Record ID", "Deal ID", "hs_object_id"],
    name: ["Deal Name", "dealname"],
    account: ["Associated Company", "Company name"],
    owner: ["Deal owner", "Deal Owner", "hubspot_owner_id"],
    source: ["Original Source Type", "Original Source", "Deal source", "hs_analytics_source"],
    segment: ["Deal Type", "Pipeline", "dealtype"],
    amount: ["Amount", "amount"],
    currency: ["Currency", "deal_currency_code"],
    created: ["Create Date", "createdate"],
    closed: ["Close Date", "closedate"],
    stage: ["Deal Stage", "dealstage"],
  },
  salesforce: {
    id: ["Opportunity ID", "Id"],
    name: ["Opportunity Name", "Name"],
    account: ["Account Name", "AccountId", "Account ID"],
    owner: ["Opportunity Owner", "OwnerId", "Owner ID"],
    source: ["Lead Source", "LeadSource"],
    segment: ["Type"],
    amount: ["Amount"],
    currency: ["Opportunity Currency", "CurrencyIsoCode"],
    created: ["Created Date", "CreatedDate"],
    closed: ["Close Date", "CloseDate"],
    stage: ["Stage", "StageName"],
  },
};

/** OpportunityHistory export: one row per stage change. */
export const HISTORY_HEADERS = {
  opportunityId: ["Opportunity ID", "OpportunityId"],
  stage: ["Stage", "StageName", "To Stage"],
  at: ["Created Date", "CreatedDate", "Last Modified", "Edit Date"],
} as const;

/** HubSpot's per-stage history columns: Date entered "<stage label>". */
export const HUBSPOT_DATE_ENTERED = /^Date entered "(.+)"$/i;
