export const reportVersionSelect = {
  number: true,
  sections: true,
  figures: true,
  publishedAt: true,
  snapshotId: true,
} as const;
