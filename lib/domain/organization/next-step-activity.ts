/** What a lead did with its organization's call to action, as stored on the result. */
export type NextStepActivity = {
  bookingClicks: number;
  bookingLastClickedAt: Date | null;
  emailClicks: number;
  emailLastClickedAt: Date | null;
  snapshotRequestedAt: Date | null;
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const two = (n: number) => String(n).padStart(2, "0");
const day = (at: Date) => `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]}`;
const dayAndTime = (at: Date) =>
  `${day(at)} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())} UTC`;

/**
 * The lead's use of the call to action in a line each, for the lead list and the lead's page:
 * "Booking link clicked 2× · last 3 Dec 14:02 UTC", "Asked for a Snapshot · 3 Dec". Empty when
 * the lead used none. Counts of a link the organization has since replaced are still shown: they
 * happened.
 */
export function describeNextStepActivity(activity: NextStepActivity): string[] {
  const lines: string[] = [];
  if (activity.snapshotRequestedAt) {
    lines.push(`Asked for a Snapshot · ${day(activity.snapshotRequestedAt)}`);
  }
  if (activity.bookingClicks > 0) {
    lines.push(
      `Booking link clicked ${activity.bookingClicks}×${activity.bookingLastClickedAt ? ` · last ${dayAndTime(activity.bookingLastClickedAt)}` : ""}`,
    );
  }
  if (activity.emailClicks > 0) {
    lines.push(
      `Email link clicked ${activity.emailClicks}×${activity.emailLastClickedAt ? ` · last ${dayAndTime(activity.emailLastClickedAt)}` : ""}`,
    );
  }
  return lines;
}
