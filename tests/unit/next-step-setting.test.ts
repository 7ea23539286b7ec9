import { describe, expect, it } from "vitest";
import { describeNextStepActivity } from "@/lib/domain/organization/next-step-activity";
import {
  nextStepFormValues,
  nextStepOffer,
  storedNextStep,
  type StoredNextStep,
} from "@/lib/domain/organization/next-step-setting";

const none: StoredNextStep = {
  nextStepKind: null,
  nextStepUrl: null,
  nextStepEmail: null,
  nextStepLabel: null,
  nextStepNote: null,
};

describe("the result's offer from the stored setting", () => {
  it("words a booking link with the organization's name unless it set its own", () => {
    const stored = storedNextStep({
      orgSlug: "north",
      kind: "booking",
      bookingUrl: "https://cal.com/north",
    });
    expect(nextStepOffer("North Advisors", stored)).toEqual({
      kind: "booking",
      href: "https://cal.com/north",
      label: "Book a call with North Advisors",
      note: null,
    });
    expect(nextStepOffer("North", { ...stored, nextStepLabel: "Talk to Anna" })).toMatchObject({
      label: "Talk to Anna",
    });
  });

  it("opens a mailto link to the contact address", () => {
    const offer = nextStepOffer(
      "North",
      storedNextStep({ orgSlug: "n", kind: "email", contactEmail: "hi@north.test", note: "Hi" }),
    );
    expect(offer).toMatchObject({ kind: "email", address: "hi@north.test", label: "Email North" });
    expect(offer?.kind === "email" && offer.href).toMatch(/^mailto:hi@north\.test\?subject=/);
  });

  it("offers nothing (the default box) when none is set or a stored row lost its address", () => {
    expect(nextStepOffer("North", none)).toBeNull();
    expect(nextStepOffer("North", { ...none, nextStepKind: "BOOKING" })).toBeNull();
    expect(
      nextStepOffer("North", { ...none, nextStepKind: "BOOKING", nextStepUrl: "http://x.test" }),
    ).toBeNull();
    expect(nextStepOffer("North", { ...none, nextStepKind: "EMAIL" })).toBeNull();
  });

  it("stores only the chosen kind's fields, and reads them back into the form", () => {
    const stored = storedNextStep({ orgSlug: "n", kind: "snapshot", note: "We run these." });
    expect(stored).toEqual({
      ...none,
      nextStepKind: "SNAPSHOT_REQUEST",
      nextStepNote: "We run these.",
    });
    expect(nextStepFormValues(stored)).toEqual({
      kind: "snapshot",
      bookingUrl: "",
      contactEmail: "",
      label: "",
      note: "We run these.",
    });
    expect(nextStepFormValues(none).kind).toBe("none");
  });
});

describe("the lead's use of the call to action", () => {
  const quiet = {
    bookingClicks: 0,
    bookingLastClickedAt: null,
    emailClicks: 0,
    emailLastClickedAt: null,
    snapshotRequestedAt: null,
  };

  it("says nothing for a lead that used none", () => {
    expect(describeNextStepActivity(quiet)).toEqual([]);
  });

  it("counts clicks with the last one's time in UTC, and dates a Snapshot request", () => {
    expect(
      describeNextStepActivity({
        ...quiet,
        bookingClicks: 2,
        bookingLastClickedAt: new Date("2026-12-03T14:02:59Z"),
        emailClicks: 1,
        emailLastClickedAt: new Date("2026-12-04T09:05:00Z"),
        snapshotRequestedAt: new Date("2026-12-03T23:59:00Z"),
      }),
    ).toEqual([
      "Asked for a Snapshot · 3 Dec",
      "Booking link clicked 2× · last 3 Dec 14:02 UTC",
      "Email link clicked 1× · last 4 Dec 09:05 UTC",
    ]);
  });
});
