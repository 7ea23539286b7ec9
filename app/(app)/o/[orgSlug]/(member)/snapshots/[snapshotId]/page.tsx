import type { Metadata } from "next";
import Link from "next/link";
import { SnapshotStatusBadge } from "@/components/snapshot/snapshot-status";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { getSnapshotBank, LEADERSHIP_ROLES, ROLE_TITLES } from "@/lib/domain/snapshot";
import { AttachedDiagnosticCard } from "./_components/attached-diagnostic-card";
import {
  CloseAnsweringButton,
  InviteRespondentForm,
  RemindButton,
} from "./_components/respondent-controls";
import { hasPipelineData } from "@/lib/services/snapshot/pipeline-figures";
import { loadSnapshot } from "./_lib/load-snapshot";

export const metadata: Metadata = { title: "Snapshot" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function SnapshotPage({
  params,
}: PageProps<"/o/[orgSlug]/snapshots/[snapshotId]">) {
  const { orgSlug, snapshotId } = await params;
  const ctx = await orgPage(orgSlug, "snapshots:read", `/o/${orgSlug}/snapshots/${snapshotId}`);
  const snapshot = await loadSnapshot(ctx, snapshotId);
  const total = getSnapshotBank(snapshot.bankVersion)?.questions.length ?? 0;
  const manage = can(ctx.role, "snapshots:manage");
  const closed = snapshot.answeringClosedAt !== null;
  const open = snapshot.unlocked && !closed;
  const submitted = snapshot.respondents.filter((r) => r.submittedAt).length;
  const pipelineImported = open && manage ? await hasPipelineData(ctx.organization.id) : true;
  const invitedRoles = new Set(snapshot.respondents.map((r) => r.role));
  const suggestedRole = LEADERSHIP_ROLES.find((r) => !invitedRoles.has(r)) ?? "OTHER";
  const base = `/o/${ctx.organization.slug}/snapshots/${snapshot.id}`;

  return (
    <>
      <p className="text-sm">
        <Link
          href={`/o/${ctx.organization.slug}/snapshots`}
          className="text-brand-700 hover:underline"
        >
          ← Snapshots
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-ink text-2xl font-bold tracking-tight">
          {ctx.organization.name} · Snapshot
        </h1>
        <SnapshotStatusBadge
          unlocked={snapshot.unlocked}
          paymentStatus={snapshot.paymentStatus}
          closed={closed}
          published={snapshot.versions.length > 0}
        />
      </div>
      <p className="text-muted mt-1 text-sm">
        Started {dateFormat.format(snapshot.createdAt)}
        {snapshot.purchasedBy ? ` · bought by ${snapshot.purchasedBy}` : ""} · question set{" "}
        {snapshot.bankVersion}
      </p>

      {!snapshot.unlocked ? (
        <Card className="mt-6 border-amber-200 bg-amber-50">
          <CardTitle>
            {snapshot.paymentStatus === "REFUNDED"
              ? "Locked: the payment was refunded"
              : "Waiting for the payment"}
          </CardTitle>
          <p className="text-muted mt-2 text-sm">
            {snapshot.paymentStatus === "REFUNDED"
              ? "Nothing can be answered, edited or shared while it is locked. What was collected is kept."
              : "The Snapshot opens for answers as soon as the payment is confirmed. If you left the checkout, start a new purchase from the Snapshots page."}
          </p>
        </Card>
      ) : null}

      {closed && snapshot.unlocked ? (
        <Card className="mt-6">
          <CardTitle>The written assessment</CardTitle>
          <p className="text-muted mt-2 text-sm">
            Answering closed on {dateFormat.format(snapshot.answeringClosedAt!)} with {submitted}{" "}
            {submitted === 1 ? "leader" : "leaders"}. Read the analysis, then edit and publish the
            assessment.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <ButtonLink href={`${base}/analysis`} variant="secondary">
              Analysis
            </ButtonLink>
            <ButtonLink href={`${base}/report`}>
              {manage ? "Edit the written assessment" : "Written assessment"}
            </ButtonLink>
          </div>
        </Card>
      ) : null}

      {snapshot.diagnostic ? <AttachedDiagnosticCard diagnostic={snapshot.diagnostic} /> : null}

      <Card className="mt-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <CardTitle>Leaders answering</CardTitle>
          <p className="text-muted text-sm">
            {submitted} of {snapshot.respondents.length} sent their answers
          </p>
        </div>
        {snapshot.respondents.length === 0 ? (
          <p className="text-muted mt-3 text-sm">
            No one invited yet. Invite at least the CEO, the head of marketing and the head of
            sales: where they disagree is part of what the assessment reports.
          </p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-200" data-testid="respondents">
            {snapshot.respondents.map((r) => (
              <li
                key={r.id}
                className="grid gap-2 py-3 sm:grid-cols-[1fr_12rem_11rem] sm:items-center sm:gap-4"
              >
                <span className="min-w-0">
                  <span className="text-ink block truncate font-medium">{r.name ?? r.email}</span>
                  <span className="text-muted block truncate text-sm">
                    {ROLE_TITLES[r.role]}
                    {r.name ? ` · ${r.email}` : ""}
                    {r.reminderCount > 0
                      ? ` · reminded ${r.reminderCount}×, last ${dateFormat.format(r.remindedAt!)}`
                      : ""}
                  </span>
                </span>
                <span>
                  <ProgressBar value={r.answeredCount} max={total} label={`${r.email} answered`} />
                  <span className="text-muted mt-1 block text-xs">
                    {r.answeredCount} of {total} answered
                  </span>
                </span>
                <span className="flex justify-end">
                  {r.submittedAt ? (
                    <Badge tone="good">Sent {dateFormat.format(r.submittedAt)}</Badge>
                  ) : open && manage ? (
                    <RemindButton
                      orgSlug={ctx.organization.slug}
                      snapshotId={snapshot.id}
                      respondentId={r.id}
                      email={r.email}
                    />
                  ) : (
                    <Badge tone="neutral">
                      {r.answeredCount > 0 ? "In progress" : "Not started"}
                    </Badge>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
        {open && manage ? (
          <div className="mt-6 border-t border-slate-200 pt-5">
            <h3 className="text-ink text-sm font-semibold">Invite a leader</h3>
            <p className="text-muted mt-1 text-sm">
              Each gets a private link by email and answers alone; answers are saved as they go.
            </p>
            <div className="mt-3">
              <InviteRespondentForm
                orgSlug={ctx.organization.slug}
                snapshotId={snapshot.id}
                suggestedRole={suggestedRole}
              />
            </div>
          </div>
        ) : null}
      </Card>

      {open && manage ? (
        <Card className="mt-6">
          <CardTitle>Close answering</CardTitle>
          <p className="text-muted mt-2 max-w-2xl text-sm">
            When enough leaders have answered, close the Snapshot. The first draft of the written
            assessment is then written from the answers sent and the imported pipeline; answers not
            sent by then are left out.
          </p>
          <div className="mt-4">
            <CloseAnsweringButton
              orgSlug={ctx.organization.slug}
              snapshotId={snapshot.id}
              submitted={submitted}
              pipelineImported={pipelineImported}
              pipelineHref={`/o/${ctx.organization.slug}/pipeline`}
            />
          </div>
        </Card>
      ) : null}

      {snapshot.versions.length > 0 ? (
        <Card className="mt-6">
          <CardTitle>Published versions</CardTitle>
          <ul className="mt-3 divide-y divide-slate-200">
            {snapshot.versions.map((v) => (
              <li key={v.number} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <Link
                  href={`${base}/report/${v.number}`}
                  className="text-ink font-medium hover:underline"
                >
                  Version {v.number}
                </Link>
                <span className="text-muted text-sm">{dateFormat.format(v.publishedAt)}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
