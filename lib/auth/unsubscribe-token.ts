import { z } from "zod";
import { openSealedValue, sealValue } from "./sealed-value";

const PURPOSE = "mail-unsubscribe";
/** An unsubscribe link keeps working for a year: old mail still has to be answerable. */
const LIFETIME_MS = 366 * 24 * 60 * 60 * 1000;

/** What one unsubscribe link stops: one alert of one person, or one leader's reminders. */
export const ZUnsubscribeSubject = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("alert"),
    userId: z.uuid(),
    alert: z.enum(["submitted", "all-submitted"]),
  }),
  z.object({ kind: z.literal("reminders"), organizationId: z.uuid(), respondentId: z.uuid() }),
]);
export type UnsubscribeSubject = z.infer<typeof ZUnsubscribeSubject>;

/** The token shape in a link, before anything is opened. */
export const ZUnsubscribeToken = z
  .string({ error: "This unsubscribe link is incomplete." })
  .regex(/^[A-Za-z0-9_-]{40,600}$/, "This unsubscribe link is incomplete or was changed.");

/** A sealed (encrypted and authenticated) token naming what the link stops. */
export function unsubscribeToken(subject: UnsubscribeSubject, now = new Date()): string {
  return sealValue(
    PURPOSE,
    JSON.stringify(ZUnsubscribeSubject.parse(subject)),
    new Date(now.getTime() + LIFETIME_MS),
  );
}

export type OpenedUnsubscribe =
  { ok: true; subject: UnsubscribeSubject } | { ok: false; problem: string };

/** What a token from unsubscribeToken stops, or a sentence saying why it cannot be used. */
export function openUnsubscribeToken(token: unknown, now = new Date()): OpenedUnsubscribe {
  const shape = ZUnsubscribeToken.safeParse(token);
  if (!shape.success) return { ok: false, problem: shape.error.issues[0]!.message };
  const opened = openSealedValue(PURPOSE, shape.data, now);
  if (!opened.ok)
    return {
      ok: false,
      problem:
        opened.problem === "expired"
          ? "This unsubscribe link has expired. Change your email alerts in your settings instead."
          : "This unsubscribe link is not one we sent, or it was changed.",
    };
  let parsed: unknown;
  try {
    parsed = JSON.parse(opened.value);
  } catch {
    return { ok: false, problem: "This unsubscribe link is not one we sent, or it was changed." };
  }
  const subject = ZUnsubscribeSubject.safeParse(parsed);
  if (!subject.success)
    return { ok: false, problem: "This unsubscribe link is not one we sent, or it was changed." };
  return { ok: true, subject: subject.data };
}

/**
 * The two addresses of one unsubscribe link: the page a person opens from the message (it asks
 * before changing anything, since mail scanners follow links) and the one-click address mail
 * clients POST to (RFC 8058).
 */
export function unsubscribeLinks(baseUrl: string, token: string) {
  return {
    page: `${baseUrl}/unsubscribe/${token}`,
    oneClick: `${baseUrl}/api/unsubscribe/${token}`,
  };
}
