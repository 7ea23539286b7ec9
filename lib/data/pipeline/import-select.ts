/** Uploaded files are kept in Postgres in chunks of this size until their import succeeds. */
export const CHUNK_BYTES = 1 << 20;

export const importSelect = {
  id: true,
  status: true,
  options: true,
  bytesTotal: true,
  bytesDone: true,
  rowsDone: true,
  rowsImported: true,
  rowsRejected: true,
  stageMoves: true,
  dealsImported: true,
  historyRows: true,
  rowsLeftOut: true,
  phase: true,
  asOf: true,
  findings: true,
  undoneAt: true,
  error: true,
  cancelRequestedAt: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  files: {
    select: {
      index: true,
      name: true,
      sizeBytes: true,
      format: true,
      dialect: true,
      scan: true,
      scannedBytes: true,
      scanError: true,
    },
    orderBy: { index: "asc" },
  },
} as const;
