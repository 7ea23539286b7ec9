import { describe, expect, it } from "vitest";
import { dueForReminder, nextReminderAt, reminderDue } from "../../lib/domain/snapshot";

const at = (iso: string) => new Date(iso);
const cadence = { days: 3, max: 3 };
const invited = {
  invitedAt: at("2026-03-02T09:00:00Z"),
  remindedAt: null,
  reminderCount: 0,
  submittedAt: null,
  remindersStoppedAt: null,
};

describe("automatic Snapshot reminders", () => {
  it("falls due the given number of days after the invitation, not an hour before", () => {
    expect(nextReminderAt(invited, cadence)).toEqual(at("2026-03-05T09:00:00Z"));
    expect(reminderDue(invited, cadence, at("2026-03-05T08:00:00Z"))).toBe(false);
    expect(reminderDue(invited, cadence, at("2026-03-05T09:00:00Z"))).toBe(true);
  });

  it("counts from the last reminder, a manual one included", () => {
    const reminded = { ...invited, remindedAt: at("2026-03-04T15:00:00Z"), reminderCount: 1 };
    expect(reminderDue(reminded, cadence, at("2026-03-06T09:00:00Z"))).toBe(false);
    expect(nextReminderAt(reminded, cadence)).toEqual(at("2026-03-07T15:00:00Z"));
  });

  it("stops at the most allowed, on answering, on unsubscribing, and when turned off", () => {
    const late = at("2026-06-01T00:00:00Z");
    expect(reminderDue({ ...invited, reminderCount: 3 }, cadence, late)).toBe(false);
    expect(reminderDue({ ...invited, submittedAt: late }, cadence, late)).toBe(false);
    expect(reminderDue({ ...invited, remindersStoppedAt: late }, cadence, late)).toBe(false);
    expect(reminderDue(invited, { days: 0, max: 3 }, late)).toBe(false);
  });

  it("picks only the leaders who are due", () => {
    const people = [
      { ...invited, email: "due@x.test" },
      { ...invited, email: "new@x.test", invitedAt: at("2026-03-04T09:00:00Z") },
      { ...invited, email: "done@x.test", submittedAt: at("2026-03-03T09:00:00Z") },
    ];
    expect(dueForReminder(people, cadence, at("2026-03-05T12:00:00Z")).map((p) => p.email)).toEqual(
      ["due@x.test"],
    );
  });
});
