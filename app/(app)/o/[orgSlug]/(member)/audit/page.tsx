import type { Metadata } from "next";
import { orgPage } from "@/lib/auth/guard";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events";

export const metadata: Metadata = { title: "Audit log" };

const timeFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

const ACTIONS: Record<string, string> = {
  "organization.created": "created the organization",
  "member.invited": "invited",
  "invitation.revoked": "revoked an invitation",
  "invitation.accepted": "accepted an invitation",
  "member.role_changed": "changed a role",
  "member.removed": "removed a member",
  "member.left": "left the organization",
  "engagement.started": "started an engagement",
  "engagement.ended": "ended an engagement",
};

function describe(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  const d = details as Record<string, unknown>;
  if (typeof d.email === "string")
    return `${d.email}${typeof d.role === "string" ? ` as ${d.role.toLowerCase()}` : ""}`;
  if (typeof d.from === "string" && typeof d.to === "string")
    return `${d.from.toLowerCase()} → ${d.to.toLowerCase()}`;
  if (typeof d.role === "string") return d.role.toLowerCase();
  return "";
}

export default async function AuditPage({ params }: PageProps<"/o/[orgSlug]/audit">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "audit:read", `/o/${orgSlug}/audit`);
  const events = await listAuditEvents(ctx.organization.id);
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
        <div className="mt-6 overflow-x-auto rounded-2xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="text-muted border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  When
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Who
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  What
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="text-muted px-4 py-3 whitespace-nowrap">
                    {timeFormat.format(e.createdAt)}
                  </td>
                  <td className="text-ink px-4 py-3">{e.actorEmail ?? "—"}</td>
                  <td className="text-ink px-4 py-3">
                    {ACTIONS[e.action] ?? e.action}{" "}
                    <span className="text-muted">{describe(e.details)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
