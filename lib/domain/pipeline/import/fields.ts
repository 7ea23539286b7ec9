/**
 * The fields a deal row can carry, as named on the command line (--map field=column).
 * `lostStage` is "stage when lost": the last stage a lost deal reached.
 */
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
  "lostStage",
] as const;

export type OpportunityField = (typeof OPPORTUNITY_FIELDS)[number];

export type ImportFormat = "hubspot" | "salesforce" | "salesforce-history" | "csv";

/**
 * One spelling per header name, for comparing them: lowercase, without spaces, underscores or
 * hyphens, so "Stage Name", "stage_name", "StageName" and "stage-name" are the same name.
 */
export function headerKey(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s_\-\uFEFF]+/g, "");
}

/**
 * Header names each CRM export uses, labels and API names alike, in order of preference. They are
 * compared by headerKey, so Salesforce's snake_case forms ("stage_name", "close_date",
 * "account_id") and HubSpot's internal names ("dealname", "hs_object_id") match too.
 */
export const KNOWN_HEADERS: Record<
  Exclude<ImportFormat, "csv" | "salesforce-history">,
  Partial<Record<OpportunityField, string[]>>
> = {
  hubspot: {
    id: ["Record ID", "Deal ID", "hs_object_id"],
    name: ["Deal Name", "dealname"],
    account: ["Associated Company", "Company name"],
    owner: ["Deal owner", "hubspot_owner_id"],
    source: ["Original Source Type", "Original Source", "Deal source", "hs_analytics_source"],
    segment: ["Deal Type", "Pipeline", "dealtype"],
    amount: ["Amount"],
    currency: ["Currency", "deal_currency_code"],
    created: ["Create Date", "createdate"],
    closed: ["Close Date", "closedate"],
    stage: ["Deal Stage", "dealstage"],
  },
  salesforce: {
    id: ["Opportunity ID", "Id"],
    name: ["Opportunity Name", "Name"],
    account: ["Account Name", "AccountId", "Account ID", "Account"],
    owner: ["Opportunity Owner", "OwnerId", "Owner ID", "Owner"],
    source: ["Lead Source", "LeadSource"],
    segment: ["Type"],
    amount: ["Amount"],
    currency: ["Opportunity Currency", "CurrencyIsoCode", "Currency"],
    created: ["Created Date", "CreatedDate"],
    closed: ["Close Date", "CloseDate"],
    stage: ["Stage", "StageName"],
  },
};

/**
 * Names that mark a HubSpot deal export when a deal stage column is there too. "Amount",
 * "closedate" and the like are everyone's, so they never do.
 */
export const HUBSPOT_MARKERS = [
  "Deal Name",
  "Record ID",
  "hs_object_id",
  "hubspot_owner_id",
  "deal_currency_code",
] as const;

/**
 * Names only Salesforce uses: with a Stage or StageName column they mark a Salesforce
 * Opportunity export. Generic names (Id, Name, Amount, Type, Close Date) never do on their own,
 * so a CSV from elsewhere with an "amount" column stays a plain CSV.
 */
export const SALESFORCE_MARKERS = [
  "Opportunity ID",
  "Opportunity Name",
  "Opportunity Owner",
  "Opportunity Currency",
  "StageName",
  "AccountId",
  "OwnerId",
  "CurrencyIsoCode",
  "IsWon",
  "IsClosed",
  "ForecastCategory",
  "ForecastCategoryName",
  "RecordTypeId",
  "Pricebook2Id",
  "CampaignId",
  "ExpectedRevenue",
  "FiscalQuarter",
  "FiscalYear",
  "HasOpportunityLineItem",
  "LastStageChangeDate",
] as const;

/** OpportunityHistory export: one row per stage change. Names in order of preference. */
export const HISTORY_HEADERS = {
  opportunityId: ["Opportunity ID", "OpportunityId", "OppID"],
  stage: ["To Stage", "StageName", "Stage"],
  at: [
    "Created Date",
    "CreatedDate",
    "Last Modified",
    "Last Modified Date",
    "LastModifiedDate",
    "Edit Date",
  ],
} as const;

/** Columns only a stage history report has: with them, an Opportunity Name column is no sign of an Opportunity export. */
export const HISTORY_MARKERS = ["From Stage", "To Stage"] as const;

/** HubSpot's per-stage history columns: Date entered "<stage label>". */
export const HUBSPOT_DATE_ENTERED = /^Date entered "(.+)"$/i;
