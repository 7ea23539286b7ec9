import { getImport } from "@/lib/data/pipeline/get-import";
import { importFileBytes } from "@/lib/data/pipeline/import-file-bytes";
import { storeFileScan } from "@/lib/data/pipeline/store-file-scan";
import {
  CsvFileError,
  csvRecords,
  FileScanner,
  type CsvDialect,
} from "@/lib/domain/pipeline/import";

/** How often the scan's progress is stored, in bytes read. */
const PROGRESS_EVERY = 4 << 20;

/**
 * The scan job: read one uploaded file once, whole, before it is mapped: every column's distinct
 * values with counts (so the stage labels listed are all of them, not those near the top), its
 * rows and its date order. Progress is stored as it goes; a file that stops being CSV says where.
 */
export async function scanImportFile(job: {
  organizationId: string;
  importId: string;
  fileIndex: number;
}) {
  const { organizationId, importId, fileIndex } = job;
  const view = await getImport(organizationId, importId);
  const file = view.files.find((f) => f.index === fileIndex);
  if (!file || file.scan) return;
  let read = 0;
  let reported = 0;
  const bytes = importFileBytes(organizationId, importId, fileIndex, (n) => (read += n));
  let scanner: FileScanner | null = null;
  try {
    for await (const record of csvRecords(bytes, (file.dialect ?? {}) as Partial<CsvDialect>)) {
      if (!scanner) scanner = new FileScanner(record.cells);
      else scanner.add(record.cells);
      if (read - reported >= PROGRESS_EVERY) {
        reported = read;
        await storeFileScan(organizationId, importId, fileIndex, { scannedBytes: read });
      }
    }
    const scan = (scanner ?? new FileScanner([])).result();
    await storeFileScan(organizationId, importId, fileIndex, {
      scannedBytes: read,
      scan,
      error: "",
    });
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    await storeFileScan(organizationId, importId, fileIndex, {
      scannedBytes: read,
      error: `This file cannot be read as CSV: ${error.message}.`,
    });
  }
}
