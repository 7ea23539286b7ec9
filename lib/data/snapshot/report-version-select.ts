export const reportVersionSelect = {
  number: true,
  sections: true,
  figures: true,
  publishedAt: true,
  publishedById: true,
  snapshotId: true,
} as const;
