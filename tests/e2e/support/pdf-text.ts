import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Every page's text of a PDF, joined: what a reader could select and copy. */
export async function pdfText(data: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await pdf.destroy();
  return pages.join("\n");
}

/** The document information a PDF reader shows under Properties: author, title and so on. */
export async function pdfInfo(data: Uint8Array): Promise<Record<string, unknown>> {
  // pdf.js takes over the bytes it is given, so it gets a copy and the caller keeps the file.
  const pdf = await getDocument({
    data: data.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { ...info };
}

/** How many images the page paints (1-based page number). */
export async function pdfImageCount(data: Uint8Array, pageNumber: number): Promise<number> {
  const pdf = await getDocument({
    data: data.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const ops = await (await pdf.getPage(pageNumber)).getOperatorList();
  await pdf.destroy();
  return ops.fnArray.filter((fn) => fn === OPS.paintImageXObject).length;
}

/** Each page's text of a PDF on its own, so a check can hold for every page. */
export async function pdfPageTexts(data: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({
    data: data.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
    pages.push(text.replace(/\s+/g, " "));
  }
  await pdf.destroy();
  return pages;
}
