import type { DiagnosticBank } from "../types";
import { diagnosticV1 } from "./diagnostic-v1";

export const CURRENT_DIAGNOSTIC_VERSION = "diagnostic-v1";

/** Every bank ever published, by version, so stored results always find the questions they answered. */
export const DIAGNOSTIC_BANKS: Readonly<Record<string, DiagnosticBank>> = {
  [diagnosticV1.version]: diagnosticV1,
};

export function getDiagnosticBank(version: string): DiagnosticBank {
  const bank = DIAGNOSTIC_BANKS[version];
  if (!bank) throw new Error(`Unknown diagnostic question bank "${version}".`);
  return bank;
}
