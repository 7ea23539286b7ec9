import { describe, expect, it } from "vitest";
import { CADENCE_DAYS, nextReviewDate, reminderDue } from "../../lib/domain/scoreboard";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(iso);
/** Monday 5 January 2026, the first review. */
const anchor = day("2026-01-05");

describe("review cadence", () => {
  it("keeps every cadence on the weekday the reviews started on", () => {
    for (const days of Object.values(CADENCE_DAYS)) expect(days % 7).toBe(0);
  });

  it("schedules the first review on its day, even late in that day", () => {
    expect(
      nextReviewDate({
        cadence: "BIWEEKLY",
        anchor,
        lastReviewAt: null,
        now: at("2026-01-05T17:30:00Z"),
      }),
    ).toEqual(day("2026-01-05"));
    expect(
      nextReviewDate({ cadence: "BIWEEKLY", anchor, lastReviewAt: null, now: day("2025-12-20") }),
    ).toEqual(day("2026-01-05"));
  });

  it("moves on by the cadence once the review is held", () => {
    const held = at("2026-01-05T10:00:00Z");
    const now = at("2026-01-05T12:00:00Z");
    expect(nextReviewDate({ cadence: "WEEKLY", anchor, lastReviewAt: held, now })).toEqual(
      day("2026-01-12"),
    );
    expect(nextReviewDate({ cadence: "BIWEEKLY", anchor, lastReviewAt: held, now })).toEqual(
      day("2026-01-19"),
    );
    expect(nextReviewDate({ cadence: "QUARTERLY", anchor, lastReviewAt: held, now })).toEqual(
      day("2026-04-06"),
    );
  });

  it("counts a review held a few days late or early for its scheduled day", () => {
    // Due 19 January, held on the 21st: the next is still 2 February.
    expect(
      nextReviewDate({
        cadence: "BIWEEKLY",
        anchor,
        lastReviewAt: day("2026-01-21"),
        now: day("2026-01-22"),
      }),
    ).toEqual(day("2026-02-02"));
    // Due 2 February, held on 30 January: 2 February is settled, the next is the 16th.
    expect(
      nextReviewDate({
        cadence: "BIWEEKLY",
        anchor,
        lastReviewAt: day("2026-01-30"),
        now: day("2026-01-31"),
      }),
    ).toEqual(day("2026-02-16"));
  });

  it("skips to the next scheduled day when a review was missed", () => {
    expect(
      nextReviewDate({
        cadence: "BIWEEKLY",
        anchor,
        lastReviewAt: day("2026-01-05"),
        now: day("2026-01-25"),
      }),
    ).toEqual(day("2026-02-02"));
  });

  it("counts from the last review when it is used as the anchor after a cadence change", () => {
    const last = day("2026-07-06");
    expect(
      nextReviewDate({
        cadence: "QUARTERLY",
        anchor: last,
        lastReviewAt: last,
        now: day("2026-07-07"),
      }),
    ).toEqual(day("2026-10-05"));
  });
});

describe("review reminder", () => {
  const nextReview = day("2026-01-19");

  it("is due within the day before the review and not earlier", () => {
    expect(
      reminderDue({ nextReview, now: at("2026-01-17T23:59:00Z"), lastReminderFor: null }),
    ).toBe(false);
    expect(
      reminderDue({ nextReview, now: at("2026-01-18T00:00:00Z"), lastReminderFor: null }),
    ).toBe(true);
    expect(
      reminderDue({ nextReview, now: at("2026-01-18T15:00:00Z"), lastReminderFor: null }),
    ).toBe(true);
  });

  it("is sent once per review day", () => {
    expect(
      reminderDue({
        nextReview,
        now: at("2026-01-18T15:00:00Z"),
        lastReminderFor: day("2026-01-19"),
      }),
    ).toBe(false);
    // The reminder for the previous review does not stand in for this one.
    expect(
      reminderDue({
        nextReview,
        now: at("2026-01-18T15:00:00Z"),
        lastReminderFor: day("2026-01-05"),
      }),
    ).toBe(true);
  });

  it("still goes out on the morning of the review if the night run missed it, but not after", () => {
    expect(
      reminderDue({ nextReview, now: at("2026-01-19T07:00:00Z"), lastReminderFor: null }),
    ).toBe(true);
    expect(
      reminderDue({ nextReview, now: at("2026-01-20T00:00:00Z"), lastReminderFor: null }),
    ).toBe(false);
  });

  it("honours a longer notice period", () => {
    const now = at("2026-01-16T12:00:00Z");
    expect(reminderDue({ nextReview, now, lastReminderFor: null })).toBe(false);
    expect(reminderDue({ nextReview, now, lastReminderFor: null, leadHours: 72 })).toBe(true);
  });
});
