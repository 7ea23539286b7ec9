import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Doc, FontRole } from "./theme";
import { woffToSfnt } from "./woff-to-sfnt";

export type InterFonts = Record<FontRole, Buffer>;

let loading: Promise<InterFonts> | undefined;

/**
 * The woff files of @fontsource/inter. Each path is written out in full so the bundler traces
 * exactly these three files (a computed path makes it trace the whole project). Relative to the
 * working directory: once Next.js bundles this module, its own location says nothing about
 * node_modules.
 */
async function readFonts(): Promise<InterFonts> {
  const cwd = process.cwd();
  try {
    const [regular, semibold, bold] = await Promise.all([
      readFile(path.join(cwd, "node_modules/@fontsource/inter/files/inter-latin-400-normal.woff")),
      readFile(path.join(cwd, "node_modules/@fontsource/inter/files/inter-latin-600-normal.woff")),
      readFile(path.join(cwd, "node_modules/@fontsource/inter/files/inter-latin-700-normal.woff")),
    ]);
    return { regular: woffToSfnt(regular), semibold: woffToSfnt(semibold), bold: woffToSfnt(bold) };
  } catch (error) {
    throw new Error(`The PDF's fonts (@fontsource/inter) could not be read under ${cwd}.`, {
      cause: error,
    });
  }
}

/** The three weights, read once per process; a failed read is retried on the next render. */
export function interFonts(): Promise<InterFonts> {
  loading ??= readFonts().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Registers the weights on the document under the names in FontRole. */
export function registerInter(doc: Doc, fonts: InterFonts): void {
  for (const role of ["regular", "semibold", "bold"] as const) doc.registerFont(role, fonts[role]);
}
