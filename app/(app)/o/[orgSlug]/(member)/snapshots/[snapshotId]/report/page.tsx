import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { appBaseUrl } from "@/lib/http/base-url";
import { getSnapshotShareLink } from "@/lib/services/snapshot/manage-snapshot";
import { can } from "@/lib/domain/organization/permissions";
import { EDITOR_NOTE_MARKER, type AssessmentSection } from "@/lib/domain/snapshot";
import { loadSnapshot } from "../_lib/load-snapshot";
import { LeaveGuard } from "@/components/report/leave-guard";
import { pipelineRedraftOffer } from "@/lib/services/snapshot/redraft-pipeline-sections";
import {
  PipelineRedraftOffer,
  PublishButton,
  ShareLinkControls,
} from "./_components/report-controls";
import { SectionEditor } from "./_components/section-editor";

export const metadata: Metadata = { title: "Written assessment" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function ReportPage({
  params,
}: PageProps<"/o/[orgSlug]/snapshots/[snapshotId]/report">) {
  const { orgSlug, snapshotId } = await params;
  const ctx = await orgPage(
    orgSlug,
    "snapshots:read",
    `/o/${orgSlug}/snapshots/${snapshotId}/report`,
  );
  const snapshot = await loadSnapshot(ctx, snapshotId);
  const manage = can(ctx.role, "snapshots:manage") && snapshot.unlocked;
  const base = `/o/${ctx.organization.slug}/snapshots/${snapshot.id}`;
  const sections = (snapshot.draftSections ?? []) as AssessmentSection[];
  const latest = snapshot.versions[0];
  const shareLink =
    manage && latest ? await getSnapshotShareLink(ctx, snapshot.id, appBaseUrl()) : null;
  const offer = manage && sections.length > 0 ? await pipelineRedraftOffer(ctx, snapshot.id) : null;

  return (
    <>
      <p className="text-sm">
        <Link href={base} className="text-brand-700 hover:underline">
          ← Snapshot
        </Link>
      </p>
      <h1 className="text-ink mt-2 text-2xl font-bold tracking-tight">Written assessment</h1>
      <p className="text-muted mt-2 max-w-2xl">
        {manage
          ? "The first draft was written from the answers and the pipeline. Edit each section, then publish: a published version is frozen and numbered, and later edits become the next version."
          : "The published versions of the assessment."}
      </p>

      {!snapshot.answeringClosedAt ? (
        <Card className="mt-6">
          <p className="text-muted text-sm">
            The draft is written when answering closes. Close it on the Snapshot page once enough
            leaders have answered.
          </p>
        </Card>
      ) : null}

      <Card className="mt-6">
        <CardTitle>Published versions</CardTitle>
        {snapshot.versions.length === 0 ? (
          <p className="text-muted mt-2 text-sm">Nothing published yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200" data-testid="versions">
            {snapshot.versions.map((v) => (
              <li key={v.number} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <span>
                  <Link
                    href={`${base}/report/${v.number}`}
                    className="text-ink font-medium hover:underline"
                  >
                    Version {v.number}
                  </Link>
                  <span className="text-muted ml-2 text-sm">
                    {dateFormat.format(v.publishedAt)}
                  </span>
                </span>
                <a
                  href={`/o/${ctx.organization.slug}/snapshots/${snapshot.id}/versions/${v.number}/pdf`}
                  className="text-brand-700 text-sm font-medium hover:underline"
                >
                  Download PDF
                </a>
              </li>
            ))}
          </ul>
        )}
        {manage && latest ? (
          <div className="mt-5 border-t border-slate-200 pt-5">
            <h3 className="text-ink text-sm font-semibold">Share with the leadership team</h3>
            <p className="text-muted mt-1 text-sm">
              Members of {ctx.organization.name} can read every version when signed in. A share link
              shows the latest published version to whoever holds it, without signing in.
            </p>
            <div className="mt-3">
              <ShareLinkControls
                orgSlug={ctx.organization.slug}
                snapshotId={snapshot.id}
                link={shareLink ?? { state: "none" }}
              />
            </div>
          </div>
        ) : null}
      </Card>

      {manage && sections.length > 0 ? (
        <>
          <Card className="mt-6">
            <div className="flex flex-wrap items-center justify-between gap-4">
              <div>
                <CardTitle>Draft</CardTitle>
                <p className="text-muted mt-1 text-sm">
                  {snapshot.draftUpdatedAt
                    ? `Last changed ${dateFormat.format(snapshot.draftUpdatedAt)}. `
                    : ""}
                  Edits are saved as you type. Paragraphs are separated by a blank line; a line
                  starting with “- ” is a bullet, “### ” a small heading; **two stars** make bold; a
                  line starting with {EDITOR_NOTE_MARKER} is a note for you, never shown to the
                  client. The preview beside each section is drawn as the published report draws it.
                </p>
              </div>
              <PublishButton
                orgSlug={ctx.organization.slug}
                snapshotId={snapshot.id}
                next={(latest?.number ?? 0) + 1}
              />
            </div>
          </Card>
          <LeaveGuard />
          {offer ? (
            <Card className="mt-6">
              <CardTitle>Redraft with the pipeline</CardTitle>
              <PipelineRedraftOffer
                orgSlug={ctx.organization.slug}
                snapshotId={snapshot.id}
                redraft={offer.redraft}
                edited={offer.edited}
              />
            </Card>
          ) : null}
          <div className="mt-6 space-y-6">
            {sections.map((s) => (
              // Keyed by the draft's last change too, so a redraft shows its new text.
              <Card key={`${s.key}-${snapshot.draftUpdatedAt?.getTime() ?? 0}`}>
                <SectionEditor
                  orgSlug={ctx.organization.slug}
                  snapshotId={snapshot.id}
                  sectionKey={s.key}
                  title={s.title}
                  body={s.body}
                />
              </Card>
            ))}
          </div>
        </>
      ) : null}

      {!manage && latest ? (
        <div className="mt-6">
          <ButtonLink href={`${base}/report/${latest.number}`}>Read the latest version</ButtonLink>
        </div>
      ) : null}
    </>
  );
}
