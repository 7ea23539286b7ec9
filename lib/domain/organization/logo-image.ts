import { crc32, inflateSync } from "node:zlib";

/** The largest logo file accepted: a logo is small, and it is stored in Postgres. */
export const LOGO_MAX_BYTES = 512 * 1024;
/** Wider or taller than this is no logo (and costs memory to decode). */
export const LOGO_MAX_SIDE = 4000;
/** Narrower or shorter than this cannot be read on a page. */
export const LOGO_MIN_SIDE = 16;

export type LogoImage = { contentType: "image/png" | "image/jpeg"; width: number; height: number };
export type LogoInspection = ({ ok: true } & LogoImage) | { ok: false; problem: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const refuse = (problem: string): LogoInspection => ({ ok: false, problem });

function sizeProblem(width: number, height: number): string | null {
  if (width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE)
    return `The image is ${width} × ${height} pixels: keep each side at most ${LOGO_MAX_SIDE}.`;
  if (width < LOGO_MIN_SIDE || height < LOGO_MIN_SIDE)
    return `The image is ${width} × ${height} pixels: too small to read. Use at least ${LOGO_MIN_SIDE} on each side.`;
  return null;
}

/** Channels per pixel of each PNG colour type, and the bit depths it allows. */
const PNG_COLOUR_TYPES: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

/**
 * A PNG whose every chunk is whole and carries the right checksum, whose header is sane, and whose
 * image data inflates to exactly the size the header promises (so a file that lies about its
 * dimensions, or was cut short, is caught here rather than when a PDF is drawn).
 */
function inspectPng(bytes: Uint8Array): LogoInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = refuse(
    "The PNG is damaged or incomplete: export it again and upload the new file.",
  );
  let offset = 8;
  let header: {
    width: number;
    height: number;
    depth: number;
    colour: number;
    interlace: number;
  } | null = null;
  const data: Uint8Array[] = [];
  let ended = false;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (end > bytes.length) return damaged;
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== view.getUint32(end - 4))
      return damaged;
    if (header === null) {
      if (type !== "IHDR" || length !== 13) return damaged;
      header = {
        width: view.getUint32(offset + 8),
        height: view.getUint32(offset + 12),
        depth: body[8]!,
        colour: body[9]!,
        interlace: body[12]!,
      };
      const problem = sizeProblem(header.width, header.height);
      if (problem) return refuse(problem);
      const kind = PNG_COLOUR_TYPES[header.colour];
      if (!kind || !kind.depths.includes(header.depth) || header.interlace > 1) return damaged;
    } else if (type === "IDAT") {
      data.push(body);
    } else if (type === "IEND") {
      ended = true;
      break;
    }
    offset = end;
  }
  if (!header || !ended || data.length === 0) return damaged;
  const { width, height, depth, colour, interlace } = header;
  const rowBytes = Math.ceil((width * PNG_COLOUR_TYPES[colour]!.channels * depth) / 8);
  const expected = height * (rowBytes + 1);
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(data), { maxOutputLength: expected + 1 });
  } catch {
    return damaged;
  }
  // Interlaced rows are split into seven passes, so only their upper bound is known.
  if (interlace === 0 ? raw.length !== expected : raw.length > expected * 2) return damaged;
  return { ok: true, contentType: "image/png", width, height };
}

/** Start-of-frame markers (baseline, progressive, lossless…): they carry the dimensions. */
const JPEG_FRAMES = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf,
]);

/** A JPEG whose segments are whole up to the image data, with a frame header and an end marker. */
function inspectJpeg(bytes: Uint8Array): LogoInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = refuse(
    "The JPEG is damaged or incomplete: export it again and upload the new file.",
  );
  let offset = 2;
  let size: { width: number; height: number } | null = null;
  for (;;) {
    if (offset + 4 > bytes.length || bytes[offset] !== 0xff) return damaged;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    const length = view.getUint16(offset + 2);
    if (length < 2 || offset + 2 + length > bytes.length) return damaged;
    if (JPEG_FRAMES.has(marker)) {
      if (length < 8) return damaged;
      size = { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    if (marker === 0xda) break; // start of scan: entropy-coded data follows
    offset += 2 + length;
  }
  const last = bytes.length - 2;
  if (!size || bytes[last] !== 0xff || bytes[last + 1] !== 0xd9) return damaged;
  const problem = sizeProblem(size.width, size.height);
  if (problem) return refuse(problem);
  return { ok: true, contentType: "image/jpeg", ...size };
}

/**
 * What an uploaded logo really is, judged by its bytes alone (never by its name or the type the
 * browser claimed): a PNG or a JPEG the PDF can embed, within the size limits, or a sentence
 * saying why not. SVG and others are refused because the PDF cannot draw them.
 */
export function inspectLogoImage(bytes: Uint8Array): LogoInspection {
  if (bytes.length === 0) return refuse("The file was empty.");
  if (bytes.length > LOGO_MAX_BYTES)
    return refuse(`The image is larger than ${LOGO_MAX_BYTES / 1024} KB: upload a smaller file.`);
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return inspectPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return inspectJpeg(bytes);
  return refuse("Upload a PNG or JPEG image: other formats cannot be drawn on the PDF.");
}
