import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { ZImportOptions } from "@/lib/domain/pipeline/import";
import { isAppError } from "@/lib/errors";
import { importProgress } from "@/lib/services/pipeline/import-progress";
import { importRefusals } from "@/lib/services/pipeline/imports";
import { loadImportMapping } from "@/lib/services/pipeline/load-import-mapping";
import { ImportProgress } from "../_components/import-progress";
import { ImportStatusBadge } from "../_components/import-status-badge";
import { ImportSummary } from "../_components/import-summary";
import { MappingForm } from "../_components/mapping-form";
import { RefusalsCard } from "../_components/refusals-card";
import { UndoImport } from "../_components/undo-import";

export const metadata: Metadata = { title: "Import" };

const PROBLEMS_SHOWN = 50;
/** Statuses whose mapping can be chosen (again) and started. */
const MAPPABLE = ["DRAFT", "FAILED", "CANCELLED"];

function notFoundOn(error: unknown): never {
  if (isAppError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
}

export default async function ImportPage({
  params,
}: PageProps<"/o/[orgSlug]/pipeline/imports/[importId]">) {
  const { orgSlug, importId } = await params;
  const ctx = await orgPage(orgSlug, "pipeline:read", `/o/${orgSlug}/pipeline/imports/${importId}`);
  const id = z.uuid().safeParse(importId);
  if (!id.success) notFound();
  const { view, problems } = await importRefusals(ctx, id.data, PROBLEMS_SHOWN).catch(notFoundOn);
  const slug = ctx.organization.slug;
  const base = `/o/${slug}/pipeline`;
  const mayImport = can(ctx.role, "pipeline:import");
  const running = view.status === "QUEUED" || view.status === "RUNNING";
  const mapping =
    mayImport && MAPPABLE.includes(view.status)
      ? await loadImportMapping(ctx, view.id).catch(notFoundOn)
      : null;
  const previous =
    view.status === "DRAFT" ? null : (ZImportOptions.safeParse(view.options).data ?? null);

  return (
    <>
      <p className="text-sm">
        <Link href={`${base}/imports`} className="text-brand-700 hover:underline">
          ← Imports
        </Link>
      </p>
      <div className="mt-2 flex min-w-0 flex-wrap items-center gap-3">
        <h1 className="text-ink min-w-0 text-2xl font-bold tracking-tight wrap-anywhere">
          {view.files.map((f) => f.name).join(" + ") || "Import"}
        </h1>
        <ImportStatusBadge counts={view} />
      </div>

      {running ? (
        <Card className="mt-6">
          <ImportProgress
            orgSlug={slug}
            importId={view.id}
            canCancel={mayImport}
            initial={importProgress(view)}
          />
        </Card>
      ) : null}

      {view.status === "SUCCEEDED" || view.status === "UNDONE" ? (
        <ImportSummary
          view={view}
          pipelineHref={base}
          undo={
            view.status === "SUCCEEDED" && can(ctx.role, "pipeline:configure") ? (
              <UndoImport orgSlug={slug} importId={view.id} deals={view.dealsImported} />
            ) : null
          }
        />
      ) : null}

      {view.status === "FAILED" || view.status === "CANCELLED" ? (
        <Card
          className={view.status === "FAILED" ? "mt-6 border-rose-200 bg-rose-50/40" : "mt-6"}
          role="alert"
        >
          <CardTitle>{view.status === "FAILED" ? "The import failed" : "Cancelled"}</CardTitle>
          <p className="text-ink mt-2">{view.error ?? "Nothing was saved."}</p>
          {mapping ? (
            <p className="text-muted mt-2 text-sm">
              Adjust the choices below and start it again, or upload a corrected file.
            </p>
          ) : null}
        </Card>
      ) : null}

      {running || view.status === "DRAFT" ? null : (
        <RefusalsCard
          problems={problems}
          refused={view.rowsRejected}
          downloadHref={`${base}/imports/${view.id}/problems`}
          imported={view.status === "SUCCEEDED"}
        />
      )}

      {view.status === "DRAFT" && !mayImport ? (
        <Card className="mt-6">
          <p className="text-muted text-sm">
            This import has not been started. Members and admins can choose its columns and start
            it.
          </p>
        </Card>
      ) : null}

      {mapping ? (
        <MappingForm
          orgSlug={slug}
          importId={view.id}
          progress={importProgress(view)}
          files={mapping.files}
          stages={mapping.stages}
          currency={mapping.currency}
          stageLabels={mapping.stageLabels}
          rememberedLabels={mapping.rememberedLabels}
          previous={previous}
        />
      ) : null}
    </>
  );
}
