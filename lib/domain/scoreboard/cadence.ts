import { DAY_MS } from "@/lib/domain/pipeline";

/**
 * How often leadership reviews the scoreboard: weekly while the habit forms, every two weeks as
 * the steady state, quarterly only once it holds (about six months in).
 */
export const CADENCES = ["WEEKLY", "BIWEEKLY", "QUARTERLY"] as const;

export type Cadence = (typeof CADENCES)[number];

/** A quarter is 13 weeks, so every cadence keeps the review on the same weekday. */
export const CADENCE_DAYS: Record<Cadence, number> = {
  WEEKLY: 7,
  BIWEEKLY: 14,
  QUARTERLY: 91,
};

export const CADENCE_LABELS: Record<Cadence, string> = {
  WEEKLY: "Every week",
  BIWEEKLY: "Every two weeks",
  QUARTERLY: "Every quarter",
};

export const DEFAULT_CADENCE: Cadence = "BIWEEKLY";

/** Midnight UTC of the day the instant falls on; reviews are dated by day, not by hour. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

const dayNumber = (date: Date) => Math.floor(date.getTime() / DAY_MS);

/**
 * The next review day on the cadence, on or after today (UTC days). The days run every
 * `CADENCE_DAYS` from `anchor`, the first review day (or the last review, after the cadence
 * changes). A review held counts for the scheduled day nearest to it, so one held a day early or
 * late still settles that day rather than leaving it due or skipping the next.
 */
export function nextReviewDate(input: {
  cadence: Cadence;
  anchor: Date;
  lastReviewAt: Date | null;
  now: Date;
}): Date {
  const period = CADENCE_DAYS[input.cadence];
  const anchor = dayNumber(input.anchor);
  const today = dayNumber(input.now);
  const settled =
    input.lastReviewAt === null
      ? -1
      : Math.round((dayNumber(input.lastReviewAt) - anchor) / period);
  const index = Math.max(0, Math.ceil((today - anchor) / period), settled + 1);
  return new Date((anchor + index * period) * DAY_MS);
}

/**
 * Whether to send the reminder for the next review now: from `leadHours` before the review day
 * starts until that day ends (a reminder the job missed overnight is still worth sending that
 * morning), and only once per review day.
 */
export function reminderDue(input: {
  nextReview: Date;
  now: Date;
  lastReminderFor: Date | null;
  leadHours?: number;
}): boolean {
  const { now, lastReminderFor, leadHours = 24 } = input;
  const day = startOfUtcDay(input.nextReview).getTime();
  if (lastReminderFor !== null && startOfUtcDay(lastReminderFor).getTime() === day) return false;
  const opens = day - leadHours * 60 * 60 * 1000;
  return now.getTime() >= opens && now.getTime() < day + DAY_MS;
}
