import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { orgPage } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { listMembers } from "@/lib/data/membership/list-members";

export const metadata: Metadata = { title: "Members" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function MembersPage({ params }: PageProps<"/o/[orgSlug]/members">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "members:read", `/o/${orgSlug}/members`);
  const members = await listMembers(ctx.organization.id);
  return (
    <>
      <h1 className="text-ink text-2xl font-bold tracking-tight">Members</h1>
      <p className="text-muted mt-2">Everyone with access to {ctx.organization.name}.</p>
      <ul className="mt-6 divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white">
        {members.map((m) => (
          <li
            key={m.user.id}
            className="flex flex-wrap items-center justify-between gap-3 px-5 py-4"
          >
            <span>
              <span className="text-ink block font-medium">{m.user.name ?? m.user.email}</span>
              <span className="text-muted block text-sm">
                {m.user.email} · joined {dateFormat.format(m.createdAt)}
              </span>
            </span>
            <Badge tone={m.role === "OWNER" ? "brand" : "neutral"}>{ROLE_LABELS[m.role]}</Badge>
          </li>
        ))}
      </ul>
    </>
  );
}
