/** The running totals of one import, as stored on its row. */
export type ImportCounters = {
  bytesDone: number;
  rowsDone: number;
  rowsImported: number;
  rowsRejected: number;
  stageMoves: number;
};

/** One refused row, as the import page and the refusal download show it. */
export type ImportRefusal = { file: string; line: number; column: string; reason: string };
