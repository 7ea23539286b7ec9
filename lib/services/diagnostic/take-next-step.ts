import { z } from "zod";
import { hashLinkToken } from "@/lib/auth/tokens";
import { claimSnapshotRequest } from "@/lib/data/diagnostic-assessment/claim-snapshot-request";
import { recordNextStepClick } from "@/lib/data/diagnostic-assessment/record-next-step-click";
import { releaseSnapshotRequest } from "@/lib/data/diagnostic-assessment/release-snapshot-request";
import { listMembers } from "@/lib/data/membership/list-members";
import { AppError } from "@/lib/errors";
import { describeWait } from "@/lib/limits/limit-spec";
import { clientSubject, enforceLimits } from "@/lib/limits/rate-limit";
import { sendMail } from "@/lib/mail/send-mail";
import { ZAccessToken } from "./get-diagnostic-result";
import { assessmentPath } from "./list-organization-assessments";
import { snapshotRequestEmail } from "./snapshot-request-email";

/** What the result page's call to action posts: which one was taken, and for a Snapshot an address. */
export const ZNextStepRequest = z.discriminatedUnion(
  "action",
  [
    z.strictObject({ action: z.literal("booking") }),
    z.strictObject({ action: z.literal("email") }),
    z.strictObject({
      action: z.literal("snapshot"),
      email: z
        .string()
        .trim()
        .max(254, "That address is longer than any we can deliver to.")
        .pipe(z.email("Enter an email address such as name@company.com."))
        .optional(),
    }),
  ],
  { error: "Send which next step was taken (booking, email or snapshot), and nothing else." },
);

export type TNextStepRequest = z.input<typeof ZNextStepRequest>;

export type NextStepAnswer =
  { status: "recorded" } | { status: "sent" | "already"; requestedAt: string; message: string };

const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * Public, authorized by the private link's token: the taker used the organization's call to
 * action. A booking or email link click is counted on the lead; a Snapshot request is marked
 * once and its owners and admins are emailed, with a link to the lead in the app under
 * `baseUrl`. Each client's requests are counted before the token is looked up, so this cannot
 * be used to try tokens; each result's too, so a leaked link cannot be used as a write pipe.
 */
export async function takeNextStep(
  accessToken: string,
  body: unknown,
  options: { clientAddress: string; baseUrl: string },
): Promise<NextStepAnswer> {
  await enforceLimits(
    [{ limit: "nextStepPerClient", subject: clientSubject(options.clientAddress) }],
    ({ retryAfterSeconds }) =>
      `Too many requests came from your network just now. Try again in ${describeWait(retryAfterSeconds)}.`,
  );
  if (!ZAccessToken.safeParse(accessToken).success) {
    throw new AppError("NOT_FOUND", "This result does not exist or the link is incomplete.");
  }
  const request = ZNextStepRequest.parse(body);
  const tokenHash = hashLinkToken(accessToken);
  await enforceLimits(
    [{ limit: "nextStepPerResult", subject: tokenHash }],
    ({ retryAfterSeconds }) =>
      `This result's next step was used many times just now. Try again in ${describeWait(retryAfterSeconds)}.`,
  );
  if (request.action !== "snapshot") {
    await recordNextStepClick(tokenHash, request.action === "booking" ? "BOOKING" : "EMAIL");
    return { status: "recorded" };
  }
  const claim = await claimSnapshotRequest(tokenHash, { email: request.email });
  const name = claim.organization.name;
  if (claim.outcome === "needs-email") {
    throw new AppError(
      "INVALID_INPUT",
      `Give an email address, so ${name} knows where to reach you.`,
    );
  }
  if (claim.outcome === "already") {
    return {
      status: "already",
      requestedAt: claim.requestedAt.toISOString(),
      message: `Already sent: ${name} was told on ${dayFormat.format(claim.requestedAt)} that you would like a Snapshot, and will be in touch.`,
    };
  }
  const { lead, organization } = claim;
  const leadUrl = `${options.baseUrl}${assessmentPath(organization.slug, lead.id)}`;
  const recipients = (await listMembers(lead.organizationId)).filter(
    (m) => m.role === "OWNER" || m.role === "ADMIN",
  );
  let delivered = 0;
  for (const member of recipients) {
    const mail = snapshotRequestEmail({
      to: member.user.email,
      organizationName: organization.name,
      lead,
      leadUrl,
    });
    if ((await sendMail(mail)).delivered) delivered += 1;
  }
  if (delivered === 0) {
    // Nobody heard of it: let the taker press again rather than tell them someone did.
    await releaseSnapshotRequest(lead.organizationId, lead.id, claim.requestedAt);
    throw new AppError(
      "UNAVAILABLE",
      `We could not reach ${name} just now, so nothing was sent. Try again in a few minutes.`,
      { retryAfterSeconds: 300 },
    );
  }
  return {
    status: "sent",
    requestedAt: claim.requestedAt.toISOString(),
    message: `Done: ${name} has been told you would like a Snapshot, and will be in touch by email.`,
  };
}
