import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { env } from "@/lib/env";
import { listOwnImports } from "@/lib/services/pipeline/imports";
import { DeletePipelineData } from "./_components/delete-pipeline-data";
import { ImportStatusBadge } from "./_components/import-status-badge";
import { UploadForm } from "./_components/upload-form";

export const metadata: Metadata = { title: "Imports" };

const dateFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const count = new Intl.NumberFormat("en-US");

/** "1,200 deals · 3 refused", as far as the import got. */
function figures(i: { dealsImported: number; historyRows: number; rowsRejected: number }) {
  const parts = [`${count.format(i.dealsImported)} deal${i.dealsImported === 1 ? "" : "s"}`];
  if (i.historyRows > 0) parts.push(`${count.format(i.historyRows)} history rows`);
  if (i.rowsRejected > 0) parts.push(`${count.format(i.rowsRejected)} refused`);
  return parts.join(" · ");
}

export default async function ImportsPage({ params }: PageProps<"/o/[orgSlug]/pipeline/imports">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "pipeline:read", `/o/${orgSlug}/pipeline/imports`);
  const imports = await listOwnImports(ctx);
  const base = `/o/${ctx.organization.slug}/pipeline`;
  return (
    <>
      <p className="text-sm">
        <Link href={base} className="text-brand-700 hover:underline">
          ← Pipeline
        </Link>
      </p>
      <h1 className="text-ink mt-2 text-2xl font-bold tracking-tight">Import CRM data</h1>
      <p className="text-muted mt-2 max-w-2xl">
        Load a deals export from your CRM, with its stage history if you have one. You choose how
        each column and stage is read before anything is saved; importing the same file again
        changes nothing.
      </p>
      {can(ctx.role, "pipeline:import") ? (
        <div className="mt-6">
          <UploadForm orgSlug={ctx.organization.slug} maxBytes={env().IMPORT_MAX_MB * 2 ** 20} />
        </div>
      ) : (
        <Card className="mt-6">
          <p className="text-muted text-sm">Members and admins can import; you can view.</p>
        </Card>
      )}
      <Card className="mt-8 min-w-0">
        <CardTitle>Recent imports</CardTitle>
        {imports.length === 0 ? (
          <p className="text-muted mt-3 text-sm">No imports yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200">
            {imports.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <span className="min-w-0 flex-1">
                  <Link
                    href={`${base}/imports/${i.id}`}
                    className="text-ink block truncate font-medium hover:underline"
                  >
                    {i.files.map((f) => f.name).join(", ") || "Import"}
                  </Link>
                  <span className="text-muted block text-sm">
                    {dateFormat.format(i.createdAt)} UTC · {figures(i)}
                  </span>
                </span>
                <ImportStatusBadge counts={i} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      {can(ctx.role, "pipeline:configure") ? (
        <DeletePipelineData
          orgSlug={ctx.organization.slug}
          organizationName={ctx.organization.name}
        />
      ) : null}
    </>
  );
}
