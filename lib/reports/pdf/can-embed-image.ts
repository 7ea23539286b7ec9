import "server-only";
import PDFDocument from "pdfkit";
import { collectPdf } from "./collect-pdf";

/**
 * Whether pdfkit can draw these bytes: a trial page with the image on it, thrown away. Run on
 * upload, so an image the byte checks pass but the PDF cannot decode is refused then, not later.
 */
export async function canEmbedImage(bytes: Uint8Array): Promise<boolean> {
  try {
    const doc = new PDFDocument({ size: [100, 100], margin: 0 });
    const output = collectPdf(doc);
    doc.image(Buffer.from(bytes), 0, 0, { fit: [100, 100] });
    doc.end();
    await output;
    return true;
  } catch {
    return false;
  }
}
