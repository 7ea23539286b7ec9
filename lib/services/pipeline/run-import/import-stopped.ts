/** Why an import ended without committing; the message is shown on the import page as is. */
export class ImportStopped extends Error {
  constructor(
    readonly status: "CANCELLED" | "FAILED",
    message: string,
  ) {
    super(message);
  }
}

/** Any failure as an ImportStopped; an unexpected one is logged and said in general words. */
export function asImportStopped(error: unknown, importId: string): ImportStopped {
  if (error instanceof ImportStopped) return error;
  console.error("pipeline import failed", importId, error);
  return new ImportStopped(
    "FAILED",
    "The import stopped on an unexpected error; nothing was saved.",
  );
}
