import { openUnsubscribeToken, type UnsubscribeSubject } from "@/lib/auth/unsubscribe-token";
import { stopRespondentReminders } from "@/lib/data/snapshot/stop-respondent-reminders";
import { setAlertPreferences } from "@/lib/data/user/set-alert-preferences";
import { AppError } from "@/lib/errors";
import { describeWait } from "@/lib/limits/limit-spec";
import { enforceLimits, clientSubject } from "@/lib/limits/rate-limit";

/** What the confirmation page says a link stops. */
export function describeUnsubscribe(subject: UnsubscribeSubject): string {
  if (subject.kind === "reminders") return "reminders to answer this Snapshot";
  return subject.alert === "submitted"
    ? "emails telling you that a leader sent their Snapshot answers"
    : "emails telling you that every leader invited to a Snapshot has answered";
}

async function countRequest(clientAddress: string) {
  await enforceLimits(
    [{ limit: "unsubscribePerClient", subject: clientSubject(clientAddress) }],
    ({ retryAfterSeconds }) =>
      `Too many unsubscribe requests from this address. Try again in ${describeWait(retryAfterSeconds)}.`,
  );
}

function subjectOf(token: unknown): UnsubscribeSubject {
  const opened = openUnsubscribeToken(token);
  if (!opened.ok) throw new AppError("INVALID_INPUT", opened.problem);
  return opened.subject;
}

/** The confirmation page: what the link would stop, without stopping anything. */
export async function previewUnsubscribe(token: unknown, context: { clientAddress: string }) {
  await countRequest(context.clientAddress);
  return { stops: describeUnsubscribe(subjectOf(token)) };
}

/**
 * Stop what the link names. Doing it twice is the same as once; a link for someone or something
 * since deleted is NOT_FOUND.
 */
export async function applyUnsubscribe(token: unknown, context: { clientAddress: string }) {
  await countRequest(context.clientAddress);
  const subject = subjectOf(token);
  const done =
    subject.kind === "alert"
      ? await setAlertPreferences(
          subject.userId,
          subject.alert === "submitted"
            ? { alertSnapshotSubmitted: false }
            : { alertSnapshotAllSubmitted: false },
        )
      : await stopRespondentReminders(subject.organizationId, subject.respondentId);
  if (!done) throw new AppError("NOT_FOUND", "What this link was for no longer exists.");
  return { stopped: describeUnsubscribe(subject) };
}
