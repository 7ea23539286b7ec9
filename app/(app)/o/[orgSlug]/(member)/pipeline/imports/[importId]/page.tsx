import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { importProgress } from "@/lib/services/pipeline/import-progress";
import { importRefusals } from "@/lib/services/pipeline/imports";
import { previewImport } from "@/lib/services/pipeline/preview-import";
import { isAppError } from "@/lib/errors";
import { ImportProgress } from "../_components/import-progress";
import { ImportStatusBadge } from "../_components/import-status-badge";
import { MappingForm } from "../_components/mapping-form";

export const metadata: Metadata = { title: "Import" };

const count = new Intl.NumberFormat("en-US");
const PROBLEMS_SHOWN = 50;

export default async function ImportPage({
  params,
}: PageProps<"/o/[orgSlug]/pipeline/imports/[importId]">) {
  const { orgSlug, importId } = await params;
  const ctx = await orgPage(orgSlug, "pipeline:read", `/o/${orgSlug}/pipeline/imports/${importId}`);
  const id = z.uuid().safeParse(importId);
  if (!id.success) notFound();
  const preview = await previewImport(ctx.organization.id, id.data).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { view } = preview;
  const base = `/o/${ctx.organization.slug}/pipeline`;
  const mayImport = can(ctx.role, "pipeline:import");
  const running = view.status === "QUEUED" || view.status === "RUNNING";
  const finished = ["SUCCEEDED", "FAILED", "CANCELLED"].includes(view.status);
  const problems = finished ? (await importRefusals(ctx, view.id, PROBLEMS_SHOWN)).problems : [];

  return (
    <>
      <p className="text-sm">
        <Link href={`${base}/imports`} className="text-brand-700 hover:underline">
          ← Imports
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-ink text-2xl font-bold tracking-tight">
          {view.files.map((f) => f.name).join(" + ")}
        </h1>
        <ImportStatusBadge status={view.status} />
      </div>

      {running ? (
        <Card className="mt-6">
          <ImportProgress
            orgSlug={ctx.organization.slug}
            importId={view.id}
            canCancel={mayImport}
            initial={importProgress(view)}
          />
        </Card>
      ) : null}

      {view.status === "SUCCEEDED" ? (
        <Card className="mt-6" data-testid="import-summary">
          <CardTitle>Imported</CardTitle>
          <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4">
            {[
              ["Rows read", view.rowsDone],
              ["Imported", view.rowsImported],
              ["Refused", view.rowsRejected],
              ["Stage moves recorded", view.stageMoves],
            ].map(([label, value]) => (
              <div key={label as string}>
                <dt className="text-muted text-sm">{label}</dt>
                <dd className="text-ink text-2xl font-semibold tabular-nums">
                  {count.format(value as number)}
                </dd>
              </div>
            ))}
          </dl>
          <div className="mt-5">
            <Link href={base} className={buttonClasses("primary")}>
              See the pipeline
            </Link>
          </div>
        </Card>
      ) : null}

      {view.status === "FAILED" || view.status === "CANCELLED" ? (
        <Card className="mt-6 border-rose-200 bg-rose-50/40" role="alert">
          <CardTitle>{view.status === "FAILED" ? "The import failed" : "Cancelled"}</CardTitle>
          <p className="text-ink mt-2">{view.error ?? "Nothing was saved."}</p>
          {mayImport ? (
            <p className="text-muted mt-2 text-sm">
              Adjust the mapping below and start it again, or upload a corrected file.
            </p>
          ) : null}
        </Card>
      ) : null}

      {problems.length > 0 ? (
        <Card className="mt-6">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <CardTitle>Refused rows</CardTitle>
            <a
              href={`${base}/imports/${view.id}/problems`}
              className={buttonClasses("secondary")}
              download
            >
              Download all as CSV
            </a>
          </div>
          <p className="text-muted mt-1 text-sm">
            {count.format(view.rowsRejected)} rows were left out; the rest were imported. Fix them
            in the CRM and import the next export.
          </p>
          <div className="mt-4 overflow-x-auto">
            <table className="min-w-full text-left text-sm" data-testid="problems-table">
              <thead>
                <tr className="border-b border-slate-200">
                  <th className="text-muted py-2 pr-4 font-medium">File</th>
                  <th className="text-muted py-2 pr-4 font-medium">Line</th>
                  <th className="text-muted py-2 pr-4 font-medium">Column</th>
                  <th className="text-muted py-2 font-medium">Reason</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p, i) => (
                  <tr key={i} className="border-b border-slate-100 last:border-0">
                    <td className="text-ink py-2 pr-4 whitespace-nowrap">{p.file}</td>
                    <td className="text-ink py-2 pr-4 tabular-nums">{p.line}</td>
                    <td className="text-ink py-2 pr-4 whitespace-nowrap">{p.column}</td>
                    <td className="text-ink py-2">{p.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ) : null}

      {mayImport && ["DRAFT", "FAILED", "CANCELLED"].includes(view.status) ? (
        <MappingForm
          orgSlug={ctx.organization.slug}
          importId={view.id}
          files={preview.files}
          stages={preview.stages.map((s) => ({ key: s.key, label: s.label }))}
        />
      ) : null}
    </>
  );
}
