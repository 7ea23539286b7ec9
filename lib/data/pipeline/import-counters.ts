/** The running totals of one import, as stored on its row. */
export type ImportCounters = {
  bytesDone: number;
  rowsDone: number;
  /** Rows that became a deal or a deal's history (deal rows and history rows alike). */
  rowsImported: number;
  rowsRejected: number;
  stageMoves: number;
  /** Deals written, each id once, and history rows read: counted apart. */
  dealsImported: number;
  historyRows: number;
  /** Rows whose stage label the mapping leaves out. */
  rowsLeftOut: number;
  /** What the job is doing: "checking" the files first, then "writing". */
  phase: string;
};

/** One refused row, as the import page and the refusal download show it. */
export type ImportRefusal = { file: string; line: number; column: string; reason: string };
