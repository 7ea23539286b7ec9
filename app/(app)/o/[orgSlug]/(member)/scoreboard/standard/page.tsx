import type { Metadata } from "next";
import Link from "next/link";
import { StandardText } from "@/components/scoreboard/standard-text";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import {
  DEFAULT_STANDARD,
  LEAD_FUNCTION_TITLES,
  LEAD_FUNCTIONS,
  signingProblem,
} from "@/lib/domain/scoreboard";
import { loadStandard, type StandardPageData } from "@/lib/services/scoreboard/standard";
import { SettingsForm, SignButton, StandardEditor } from "../_components/standard-controls";

export const metadata: Metadata = { title: "Qualification standard" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

function Signatures({ data, version }: { data: StandardPageData; version: number }) {
  return (
    <ul className="mt-3 grid gap-2 sm:grid-cols-2" data-testid={`signatures-${version}`}>
      {LEAD_FUNCTIONS.map((fn) => {
        const signed = data.signatures.find((s) => s.version === version && s.function === fn);
        return (
          <li key={fn} className="rounded-lg border border-slate-200 px-3 py-2 text-sm">
            <span className="text-muted block text-xs">{LEAD_FUNCTION_TITLES[fn]}</span>
            {signed ? (
              <span className="text-ink font-medium">
                Signed by {data.nameOf(signed.userId)} on {dateFormat.format(signed.signedAt)}
              </span>
            ) : (
              <span className="font-medium text-amber-700">Not signed yet</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export default async function StandardPage({
  params,
}: PageProps<"/o/[orgSlug]/scoreboard/standard">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "scoreboard:read", `/o/${orgSlug}/scoreboard/standard`);
  const data = await loadStandard(ctx.organization.id);
  const { effective, latest } = data;
  const pending = latest && latest.number !== effective?.number ? latest : null;
  const mySignatures = pending
    ? LEAD_FUNCTIONS.filter(
        (fn) =>
          signingProblem({
            version: pending.number,
            latestVersion: pending.number,
            function: fn,
            userId: ctx.user.id,
            leads: data.leads,
            signatures: data.signatures,
          }) === null,
      )
    : [];
  const slug = ctx.organization.slug;

  return (
    <>
      <p className="text-sm">
        <Link href={`/o/${slug}/scoreboard`} className="text-brand-700 hover:underline">
          ← Scoreboard
        </Link>
      </p>
      <h1 className="text-ink mt-2 text-2xl font-bold tracking-tight">
        What counts as a qualified opportunity
      </h1>
      <p className="text-muted mt-2 max-w-3xl">
        One written definition and one handoff protocol, signed by the marketing lead and the sales
        lead. A version takes effect only when both have signed it; every change is a new version
        that needs both signatures again.
      </p>

      <Card className="mt-6">
        <div className="flex flex-wrap items-center gap-3">
          <CardTitle>In effect</CardTitle>
          {effective ? <Badge tone="good">Version {effective.number}</Badge> : null}
        </div>
        {effective ? (
          <>
            <Signatures data={data} version={effective.number} />
            <div className="mt-5">
              <StandardText standard={effective.content} />
            </div>
          </>
        ) : (
          <p className="text-muted mt-2 text-sm">
            No version has both signatures yet, so the scoreboard has no agreed definition and
            handoff compliance cannot be measured.
          </p>
        )}
      </Card>

      {pending ? (
        <Card className="mt-6 border-amber-200">
          <div className="flex flex-wrap items-center gap-3">
            <CardTitle>Version {pending.number} waits for signatures</CardTitle>
            <Badge tone="watch">Not in effect</Badge>
          </div>
          <p className="text-muted mt-1 text-sm">
            Proposed {dateFormat.format(pending.createdAt)}
            {pending.createdById ? ` by ${data.nameOf(pending.createdById)}` : ""}.
            {effective ? ` Version ${effective.number} stays in effect until both sign.` : ""}
          </p>
          <Signatures data={data} version={pending.number} />
          {data.leadsProblem ? (
            <p className="mt-3 text-sm text-amber-800">{data.leadsProblem}</p>
          ) : null}
          {mySignatures.length > 0 ? (
            <div className="mt-4 flex flex-wrap gap-3">
              {mySignatures.map((fn) => (
                <SignButton
                  key={fn}
                  orgSlug={slug}
                  version={pending.number}
                  fn={fn}
                  title={LEAD_FUNCTION_TITLES[fn]}
                />
              ))}
            </div>
          ) : null}
          <div className="mt-5 border-t border-slate-200 pt-5">
            <StandardText standard={pending.content} />
          </div>
        </Card>
      ) : null}

      {can(ctx.role, "scoreboard:manage") ? (
        <Card className="mt-6">
          <CardTitle>Leads and review rhythm</CardTitle>
          <p className="text-muted mt-1 text-sm">
            The two leads sign the standard. Reviews start weekly while the habit forms, run every
            two weeks as the rule, and quarterly once it holds.
          </p>
          <div className="mt-4">
            <SettingsForm
              orgSlug={slug}
              members={data.members}
              initial={{
                marketingLeadId: data.settings.marketingLeadId ?? "",
                salesLeadId: data.settings.salesLeadId ?? "",
                cadence: data.settings.cadence,
                anchorDate: data.settings.anchorDate.toISOString().slice(0, 10),
              }}
            />
          </div>
        </Card>
      ) : null}

      {can(ctx.role, "scoreboard:decide") ? (
        <Card className="mt-6">
          <CardTitle>{latest ? "Propose a change" : "Write the first version"}</CardTitle>
          <p className="text-muted mt-1 text-sm">
            {latest
              ? `Saving makes version ${latest.number + 1}; it needs both signatures before it replaces the one in effect.`
              : "Start from this draft and make it yours; both leads then sign it."}
          </p>
          <div className="mt-4">
            <StandardEditor
              orgSlug={slug}
              initial={latest?.content ?? DEFAULT_STANDARD}
              nextVersion={(latest?.number ?? 0) + 1}
            />
          </div>
        </Card>
      ) : null}
    </>
  );
}
