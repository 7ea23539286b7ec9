export const reviewSelect = {
  id: true,
  number: true,
  reviewDate: true,
  status: true,
  standardVersion: true,
  figures: true,
  startedAt: true,
  closedAt: true,
} as const;
