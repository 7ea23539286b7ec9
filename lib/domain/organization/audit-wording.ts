/**
 * The audit log in words: each recorded action becomes the rest of a sentence that starts with
 * who did it ("dana@acme.com advanced Acme renewal in review 2 — …"). Pure: the deal names an
 * old decision event lacks are looked up by the caller and passed in its details.
 */

/** Every action the audit log records; recordAuditEvent accepts only these. */
export const AUDIT_ACTIONS = [
  "user.signed_in",
  "organization.created",
  "organization.benchmarks_changed",
  "organization.next_step_changed",
  "organization.logo_uploaded",
  "organization.logo_removed",
  "organization.prepared_by_changed",
  "member.invited",
  "invitation.revoked",
  "invitation.accepted",
  "member.role_changed",
  "member.removed",
  "member.left",
  "engagement.started",
  "engagement.ended",
  "snapshot.checkout_started",
  "snapshot.checkout_resumed",
  "snapshot.expired_purchase_removed",
  "snapshot.unlocked",
  "snapshot.locked",
  "snapshot.respondent_invited",
  "snapshot.respondent_reminded",
  "snapshot.answering_closed",
  "snapshot.published",
  "snapshot.section_restored",
  "snapshot.redrafted",
  "snapshot.share_link_created",
  "snapshot.share_link_revoked",
  "scoreboard.settings_changed",
  "scoreboard.standard_drafted",
  "scoreboard.standard_signed",
  "scoreboard.review_started",
  "scoreboard.review_closed",
  "scoreboard.decision_recorded",
  "pipeline.import_undone",
  "pipeline.data_deleted",
  "diagnostic.result_deleted",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEventFacts = { action: string; details: unknown };

type Details = Record<string, unknown>;

const text = (d: Details, key: string) =>
  typeof d[key] === "string" && d[key] !== "" ? (d[key] as string) : undefined;
const count = (d: Details, key: string) =>
  typeof d[key] === "number" && Number.isFinite(d[key]) ? (d[key] as number) : undefined;
const lower = (value: string | undefined) => value?.toLowerCase().replaceAll("_", " ");
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

const dueFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** "2026-12-15T00:00:00.000Z" → "Dec 15"; anything else is left out. */
function dueDay(value: unknown) {
  if (typeof value !== "string") return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : dueFormat.format(date);
}

/** "executive_summary" → "executive summary"; "snapshot.share_link_created" → "snapshot share link created". */
export function humanizeKey(key: string) {
  return key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[._-]+/g, " ")
    .trim()
    .toLowerCase();
}

const inReview = (d: Details) => (count(d, "number") !== undefined ? ` in review ${d.number}` : "");

function decision(d: Details) {
  const deal = text(d, "dealName") ?? "a deal";
  if (d.kind === "ELIMINATE") {
    const reason = text(d, "reason");
    return `eliminated ${deal}${inReview(d)}${reason ? `: ${reason}` : ""}`;
  }
  const next = [
    text(d, "nextStep") && `next step: ${text(d, "nextStep")}`,
    text(d, "owner") && `owner ${text(d, "owner")}`,
    dueDay(d.dueDate) && `due ${dueDay(d.dueDate)}`,
  ].filter(Boolean);
  return `advanced ${deal}${inReview(d)}${next.length ? ` — ${next.join(", ")}` : ""}`;
}

const WORDING: Record<AuditAction, (d: Details) => string> = {
  "user.signed_in": (d) => `signed in${text(d, "provider") ? ` with ${text(d, "provider")}` : ""}`,
  "organization.created": (d) =>
    `created the organization${text(d, "name") ? ` ${text(d, "name")}` : ""}`,
  "organization.benchmarks_changed": (d) =>
    d.benchmarkOptOut === true
      ? "left the branded link's results out of the benchmarks"
      : d.benchmarkOptOut === false
        ? "counted the branded link's results in the benchmarks"
        : "changed benchmark sharing",
  "organization.next_step_changed": (d) =>
    text(d, "from") && text(d, "to")
      ? `changed the next step on diagnostic results from ${lower(text(d, "from"))} to ${lower(text(d, "to"))}`
      : "changed the next step on diagnostic results",
  "organization.logo_uploaded": (d) =>
    count(d, "width") && count(d, "height")
      ? `uploaded a ${d.width}×${d.height} px logo for the reports`
      : "uploaded a logo for the reports",
  "organization.logo_removed": () => "removed the reports' logo",
  "organization.prepared_by_changed": () => "changed who the reports are prepared by",
  "member.invited": (d) =>
    `invited ${text(d, "email") ?? "someone"}${text(d, "role") ? ` as ${lower(text(d, "role"))}` : ""}`,
  "invitation.revoked": () => "revoked an invitation",
  "invitation.accepted": (d) =>
    `accepted an invitation${text(d, "role") ? ` as ${lower(text(d, "role"))}` : ""}`,
  "member.role_changed": (d) =>
    text(d, "from") && text(d, "to")
      ? `changed a member's role from ${lower(text(d, "from"))} to ${lower(text(d, "to"))}`
      : "changed a member's role",
  "member.removed": (d) =>
    `removed a member${text(d, "role") ? ` (${lower(text(d, "role"))})` : ""}`,
  "member.left": () => "left the organization",
  "engagement.started": (d) => {
    const other = text(d, "client") ?? text(d, "consultancy");
    return `started an engagement${other ? ` with ${other}` : ""}`;
  },
  "engagement.ended": () => "ended an engagement",
  "snapshot.checkout_started": (d) =>
    `started checkout for a Snapshot${d.testMode === true ? " (test mode)" : ""}`,
  "snapshot.checkout_resumed": () => "resumed checkout for a Snapshot",
  "snapshot.expired_purchase_removed": () => "removed a Snapshot whose checkout expired unpaid",
  "snapshot.unlocked": () => "unlocked a Snapshot: its payment went through",
  "snapshot.locked": (d) =>
    `locked a Snapshot${text(d, "status") ? `: its payment is ${lower(text(d, "status"))}` : ""}`,
  "snapshot.respondent_invited": (d) =>
    `invited ${text(d, "email") ?? "a respondent"}${text(d, "role") ? ` (${lower(text(d, "role"))})` : ""} to answer a Snapshot`,
  "snapshot.respondent_reminded": (d) =>
    `reminded ${text(d, "email") ?? "a respondent"} to answer a Snapshot${d.linkReplaced === true ? ", with a new link" : ""}`,
  "snapshot.answering_closed": () => "closed answering on a Snapshot",
  "snapshot.published": (d) =>
    count(d, "version") !== undefined
      ? `published version ${d.version} of a Snapshot report`
      : "published a Snapshot report",
  "snapshot.section_restored": (d) =>
    `restored an earlier draft of ${text(d, "section") ? `the ${humanizeKey(text(d, "section")!)} section` : "a section"} of a Snapshot report`,
  "snapshot.redrafted": (d) =>
    Array.isArray(d.sections) && d.sections.length > 0
      ? `redrafted ${plural(d.sections.length, "section")} of a Snapshot report`
      : "redrafted a Snapshot report",
  "snapshot.share_link_created": () => "created a share link for a Snapshot report",
  "snapshot.share_link_revoked": () => "revoked a Snapshot report's share link",
  "scoreboard.settings_changed": (d) =>
    `changed the scoreboard settings${text(d, "cadence") ? ` (reviews ${lower(text(d, "cadence"))})` : ""}`,
  "scoreboard.standard_drafted": (d) =>
    count(d, "version") !== undefined
      ? `drafted version ${d.version} of the scoreboard standard`
      : "drafted a scoreboard standard",
  "scoreboard.standard_signed": (d) =>
    `signed ${count(d, "version") !== undefined ? `version ${d.version} of ` : ""}the scoreboard standard${text(d, "function") ? ` for ${lower(text(d, "function"))}` : ""}`,
  "scoreboard.review_started": (d) =>
    `started ${count(d, "number") !== undefined ? `review ${d.number}` : "a review"}${d.early === true && dueDay(d.dueOn) ? ` early, before its due day (${dueDay(d.dueOn)}),` : ""}${count(d, "deals") !== undefined ? ` with ${plural(d.deals as number, "deal")}` : ""}${count(d, "followUps") ? ` and ${plural(d.followUps as number, "next step")} to check` : ""}`,
  "scoreboard.review_closed": (d) =>
    `closed ${count(d, "number") !== undefined ? `review ${d.number}` : "a review"}${count(d, "undecided") ? ` with ${plural(d.undecided as number, "deal")} undecided` : ""}`,
  "scoreboard.decision_recorded": decision,
  "pipeline.import_undone": (d) => {
    const deals = count(d, "deals");
    const facts = [text(d, "fileName"), deals !== undefined && plural(deals, "deal")].filter(
      Boolean,
    );
    return `undid the latest pipeline import${facts.length ? ` (${facts.join(", ")})` : ""}`;
  },
  "pipeline.data_deleted": (d) =>
    count(d, "deals") !== undefined && count(d, "imports") !== undefined
      ? `deleted the pipeline data: ${plural(d.deals as number, "deal")} from ${plural(d.imports as number, "import")}`
      : "deleted the pipeline data",
  // The taker holds no account: whoever held the result's private link.
  "diagnostic.result_deleted": () =>
    "deleted a diagnostic result (and its lead) from its private link",
};

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(WORDING, action);
}

/** What the actor did, in words; an action this code does not know reads as plain words too. */
export function describeAuditEvent(event: AuditEventFacts): string {
  const details =
    event.details && typeof event.details === "object" && !Array.isArray(event.details)
      ? (event.details as Details)
      : {};
  if (isAuditAction(event.action)) return WORDING[event.action](details);
  return humanizeKey(event.action);
}

/** Who to name when no person acted: Stripe for payments, the product for automatic reminders. */
export function auditActorFallback(event: AuditEventFacts): string {
  if (event.action === "snapshot.unlocked" || event.action === "snapshot.locked") return "Stripe";
  if (event.action === "snapshot.respondent_reminded") return "Revenue Chain";
  return "Someone";
}
