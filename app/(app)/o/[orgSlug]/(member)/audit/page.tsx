import type { Metadata } from "next";
import { orgPage } from "@/lib/auth/guard";
import { loadAuditLog } from "@/lib/services/organization/load-audit-log";

export const metadata: Metadata = { title: "Audit log" };

const timeFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

const ACTIONS: Record<string, string> = {
  "organization.created": "created the organization",
  "organization.benchmarks_changed": "changed benchmark sharing",
  "organization.next_step_changed": "changed the next step on diagnostic results",
  "organization.logo_uploaded": "uploaded a logo for the reports",
  "organization.logo_removed": "removed the reports' logo",
  "organization.prepared_by_changed": "changed who the reports are prepared by",
  "member.invited": "invited",
  "invitation.revoked": "revoked an invitation",
  "invitation.accepted": "accepted an invitation",
  "member.role_changed": "changed a role",
  "member.removed": "removed a member",
  "member.left": "left the organization",
  "engagement.started": "started an engagement",
  "engagement.ended": "ended an engagement",
  // The taker holds no account: "Someone" is whoever held the result's private link.
  "diagnostic.result_deleted": "deleted a diagnostic result (and its lead) from its private link",
};

function describe(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  const d = details as Record<string, unknown>;
  if (typeof d.email === "string")
    return `${d.email}${typeof d.role === "string" ? ` as ${d.role.toLowerCase()}` : ""}`;
  if (typeof d.from === "string" && typeof d.to === "string")
    return `${d.from.toLowerCase()} → ${d.to.toLowerCase()}`;
  if (typeof d.role === "string") return d.role.toLowerCase();
  if (typeof d.benchmarkOptOut === "boolean")
    return d.benchmarkOptOut ? "branded link's results left out" : "branded link's results counted";
  if (typeof d.client === "string") return `with ${d.client}`;
  if (typeof d.consultancy === "string") return `with ${d.consultancy}`;
  return "";
}

export default async function AuditPage({ params }: PageProps<"/o/[orgSlug]/audit">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "audit:read", `/o/${orgSlug}/audit`);
  const events = await loadAuditLog(ctx);
  return (
    <>
      <h1 className="text-ink text-2xl font-bold tracking-tight">Audit log</h1>
      <p className="text-muted mt-2">
        Who changed what in {ctx.organization.name}, newest first (times in UTC).
      </p>
      {events.length === 0 ? (
        <p className="text-muted mt-6 rounded-2xl border border-slate-200 bg-white p-6 text-center">
          No events yet.
        </p>
      ) : (
        <ol className="mt-6 divide-y divide-slate-100 overflow-hidden rounded-2xl border border-slate-200 bg-white">
          {events.map((e) => (
            <li
              key={e.id}
              className="flex flex-col gap-1 px-5 py-3 sm:flex-row sm:items-baseline sm:gap-4"
            >
              <time
                dateTime={e.createdAt.toISOString()}
                className="text-muted shrink-0 text-sm sm:w-48"
              >
                {timeFormat.format(e.createdAt)}
              </time>
              <p className="text-ink min-w-0 text-sm break-words">
                <span className="font-medium">{e.actorEmail ?? "Someone"}</span>{" "}
                {ACTIONS[e.action] ?? e.action}{" "}
                <span className="text-muted">{describe(e.details)}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
