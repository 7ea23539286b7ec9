import { z } from "zod";

/** The kinds of call to action a branded link's result can end in; "none" keeps the default box. */
export const NEXT_STEP_KINDS = ["none", "booking", "email", "snapshot"] as const;
export type NextStepKindChoice = (typeof NEXT_STEP_KINDS)[number];

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const ZNote = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(200, "Keep the line under 200 characters: it sits above the button.")
    .optional(),
);

const ZLabel = z.preprocess(
  blankToUndefined,
  z.string().trim().max(60, "Keep the button's wording under 60 characters.").optional(),
);

/**
 * The settings form's "Next step on your diagnostic results", as it sends it: a kind, and the
 * fields that kind needs. Fields of the other kinds may come along (the form keeps what was
 * typed when the choice changes) and are dropped.
 */
export const ZNextStepSetting = z.discriminatedUnion(
  "kind",
  [
    z.object({ orgSlug: z.string().min(1).max(64), kind: z.literal("none") }),
    z.object({
      orgSlug: z.string().min(1).max(64),
      kind: z.literal("booking"),
      bookingUrl: z
        .string({ error: "Give the address of your booking page." })
        .trim()
        .min(1, "Give the address of your booking page.")
        .max(500, "That address is too long.")
        .pipe(
          z.url({
            protocol: /^https$/,
            hostname: z.regexes.domain,
            error: "Use an https:// address of your booking page, such as https://cal.com/you.",
          }),
        ),
      label: ZLabel,
      note: ZNote,
    }),
    z.object({
      orgSlug: z.string().min(1).max(64),
      kind: z.literal("email"),
      contactEmail: z
        .string({ error: "Give the address prospects should write to." })
        .trim()
        .max(254, "That address is longer than any we can deliver to.")
        .pipe(z.email("Enter an email address such as hello@yourfirm.com.")),
      label: ZLabel,
      note: ZNote,
    }),
    z.object({ orgSlug: z.string().min(1).max(64), kind: z.literal("snapshot"), note: ZNote }),
  ],
  { error: "Choose one of the listed next steps." },
);

export type TNextStepSetting = z.infer<typeof ZNextStepSetting>;

/** The setting as it is stored on the organization: every column, null where the kind has none. */
export type StoredNextStep = {
  nextStepKind: "BOOKING" | "EMAIL" | "SNAPSHOT_REQUEST" | null;
  nextStepUrl: string | null;
  nextStepEmail: string | null;
  nextStepLabel: string | null;
  nextStepNote: string | null;
};

export function storedNextStep(setting: TNextStepSetting): StoredNextStep {
  switch (setting.kind) {
    case "none":
      return {
        nextStepKind: null,
        nextStepUrl: null,
        nextStepEmail: null,
        nextStepLabel: null,
        nextStepNote: null,
      };
    case "booking":
      return {
        nextStepKind: "BOOKING",
        nextStepUrl: setting.bookingUrl,
        nextStepEmail: null,
        nextStepLabel: setting.label ?? null,
        nextStepNote: setting.note ?? null,
      };
    case "email":
      return {
        nextStepKind: "EMAIL",
        nextStepUrl: null,
        nextStepEmail: setting.contactEmail,
        nextStepLabel: setting.label ?? null,
        nextStepNote: setting.note ?? null,
      };
    case "snapshot":
      return {
        nextStepKind: "SNAPSHOT_REQUEST",
        nextStepUrl: null,
        nextStepEmail: null,
        nextStepLabel: null,
        nextStepNote: setting.note ?? null,
      };
  }
}

/** A stored kind as the audit log words it. */
export function nextStepKindName(kind: StoredNextStep["nextStepKind"]): string {
  switch (kind) {
    case "BOOKING":
      return "Booking link";
    case "EMAIL":
      return "Email link";
    case "SNAPSHOT_REQUEST":
      return "Snapshot request";
    default:
      return "Default box";
  }
}

/** What a result page shows of the setting, or null for the default box. */
export type NextStepOffer =
  | { kind: "booking"; href: string; label: string; note: string | null }
  | { kind: "email"; href: string; address: string; label: string; note: string | null }
  | { kind: "snapshot"; note: string | null };

/**
 * The stored setting as the result page offers it, worded with the organization's name where
 * it set no wording of its own. A stored row that no longer makes sense (a kind without its
 * address) offers nothing, and the page shows the default box.
 */
export function nextStepOffer(
  organizationName: string,
  stored: StoredNextStep,
): NextStepOffer | null {
  const note = stored.nextStepNote;
  switch (stored.nextStepKind) {
    case "BOOKING":
      if (!stored.nextStepUrl?.startsWith("https://")) return null;
      return {
        kind: "booking",
        href: stored.nextStepUrl,
        label: stored.nextStepLabel ?? `Book a call with ${organizationName}`,
        note,
      };
    case "EMAIL":
      if (!stored.nextStepEmail) return null;
      return {
        kind: "email",
        href: `mailto:${encodeURI(stored.nextStepEmail)}?subject=${encodeURIComponent("Our Revenue Leak Diagnostic result")}`,
        address: stored.nextStepEmail,
        label: stored.nextStepLabel ?? `Email ${organizationName}`,
        note,
      };
    case "SNAPSHOT_REQUEST":
      return { kind: "snapshot", note };
    default:
      return null;
  }
}

/** The form's starting values from the stored setting. */
export function nextStepFormValues(stored: StoredNextStep) {
  const kind: NextStepKindChoice =
    stored.nextStepKind === "BOOKING"
      ? "booking"
      : stored.nextStepKind === "EMAIL"
        ? "email"
        : stored.nextStepKind === "SNAPSHOT_REQUEST"
          ? "snapshot"
          : "none";
  return {
    kind,
    bookingUrl: stored.nextStepUrl ?? "",
    contactEmail: stored.nextStepEmail ?? "",
    label: stored.nextStepLabel ?? "",
    note: stored.nextStepNote ?? "",
  };
}
