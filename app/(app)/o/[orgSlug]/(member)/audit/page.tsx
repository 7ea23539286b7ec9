import type { Metadata } from "next";
import { orgPage } from "@/lib/auth/guard";
import { loadAuditLog } from "@/lib/services/organization/load-audit-log";

export const metadata: Metadata = { title: "Audit log" };

const timeFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

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
                <span className="font-medium">{e.actor}</span> {e.sentence}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
