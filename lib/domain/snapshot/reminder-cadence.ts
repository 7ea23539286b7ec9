/** How automatic reminders run: every `days` days after the last contact, at most `max` times. */
export type ReminderCadence = { days: number; max: number };

/** What decides whether a leader is due a reminder. */
export type ReminderCandidate = {
  invitedAt: Date;
  remindedAt: Date | null;
  reminderCount: number;
  submittedAt: Date | null;
  remindersStoppedAt: Date | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the next automatic reminder is due, or null when none will be: the leader answered,
 * asked for no more, or had `max` already (manual reminders count too: a leader reminded by
 * hand is not sent another by the clock the next day). Days count from the last contact, the
 * invitation or the last reminder.
 */
export function nextReminderAt(candidate: ReminderCandidate, cadence: ReminderCadence) {
  if (cadence.days <= 0 || candidate.submittedAt || candidate.remindersStoppedAt) return null;
  if (candidate.reminderCount >= cadence.max) return null;
  const last = candidate.remindedAt ?? candidate.invitedAt;
  return new Date(last.getTime() + cadence.days * DAY_MS);
}

export function reminderDue(candidate: ReminderCandidate, cadence: ReminderCadence, now: Date) {
  const next = nextReminderAt(candidate, cadence);
  return next !== null && next.getTime() <= now.getTime();
}

/** The leaders among `candidates` due a reminder at `now`. */
export function dueForReminder<T extends ReminderCandidate>(
  candidates: readonly T[],
  cadence: ReminderCadence,
  now: Date,
): T[] {
  return candidates.filter((c) => reminderDue(c, cadence, now));
}
