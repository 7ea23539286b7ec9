export const reviewSelect = {
  id: true,
  number: true,
  reviewDate: true,
  status: true,
  standardVersion: true,
  figures: true,
  startedAt: true,
  closedAt: true,
  dueOn: true,
  startedEarly: true,
  closedUndecided: true,
  heldOut: true,
} as const;
