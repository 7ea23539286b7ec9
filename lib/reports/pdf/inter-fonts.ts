import { access, readFile } from "node:fs/promises";
import path from "node:path";
import type { Doc, FontRole } from "./theme";
import { woffToSfnt } from "./woff-to-sfnt";

const FONT_FILES: Record<FontRole, string> = {
  regular: "inter-latin-400-normal.woff",
  semibold: "inter-latin-600-normal.woff",
  bold: "inter-latin-700-normal.woff",
};

const FONT_DIR = "node_modules/@fontsource/inter/files";

export type InterFonts = Record<FontRole, Buffer>;

let loading: Promise<InterFonts> | undefined;

/**
 * The fonts folder, looked up from the working directory rather than from this module: once
 * Next.js bundles the module into .next/server its own location says nothing about where
 * node_modules is. Walking up also covers a server started from a subfolder of the app.
 */
async function fontDirectory(): Promise<string> {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, FONT_DIR);
    try {
      await access(path.join(candidate, FONT_FILES.regular));
      return candidate;
    } catch {
      if (path.dirname(dir) === dir) {
        throw new Error(
          `The Inter fonts for the PDF were not found in ${FONT_DIR} under ${process.cwd()} or any folder above it.`,
        );
      }
    }
  }
}

async function readFonts(): Promise<InterFonts> {
  const dir = await fontDirectory();
  const read = async (role: FontRole) =>
    woffToSfnt(await readFile(path.join(dir, FONT_FILES[role])));
  const [regular, semibold, bold] = await Promise.all([
    read("regular"),
    read("semibold"),
    read("bold"),
  ]);
  return { regular, semibold, bold };
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
