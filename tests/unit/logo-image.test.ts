import { crc32, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inspectLogoImage, LOGO_MAX_BYTES } from "@/lib/domain/organization/logo-image";

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
}

/** A real RGB PNG of `width` × `height`; `claim` writes other dimensions into its header. */
function png(width: number, height: number, claim = { width, height }): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(claim.width, 0);
  ihdr.writeUInt32BE(claim.height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3), 0x80);
  for (let y = 0; y < height; y++) rows[y * (1 + width * 3)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** The markers of a baseline JPEG of `width` × `height` (scan data is not decoded by the check). */
function jpeg(width: number, height: number): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0, 11, 8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    Buffer.from([0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    sof,
    Buffer.from([0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0]),
    Buffer.from([0x12, 0x34, 0x56]),
    Buffer.from([0xff, 0xd9]),
  ]);
}

describe("inspectLogoImage", () => {
  it("accepts a PNG and reads its dimensions", () => {
    expect(inspectLogoImage(png(40, 20))).toEqual({
      ok: true,
      contentType: "image/png",
      width: 40,
      height: 20,
    });
  });

  it("accepts a JPEG and reads its dimensions", () => {
    expect(inspectLogoImage(jpeg(320, 120))).toEqual({
      ok: true,
      contentType: "image/jpeg",
      width: 320,
      height: 120,
    });
  });

  it("refuses a PNG whose header claims other dimensions than its pixels", () => {
    const result = inspectLogoImage(png(40, 20, { width: 400, height: 200 }));
    expect(result).toMatchObject({ ok: false, problem: expect.stringMatching(/PNG is damaged/) });
  });

  it("refuses a PNG or a JPEG cut short", () => {
    const cut = png(40, 20);
    expect(inspectLogoImage(cut.subarray(0, cut.length - 20)).ok).toBe(false);
    const shortJpeg = jpeg(320, 120);
    expect(inspectLogoImage(shortJpeg.subarray(0, shortJpeg.length - 2))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/JPEG is damaged/),
    });
  });

  it("refuses a PNG with a broken checksum", () => {
    const broken = png(40, 20);
    broken[20] = broken[20]! ^ 0xff;
    expect(inspectLogoImage(broken).ok).toBe(false);
  });

  it("refuses absurd and tiny dimensions with the numbers in the sentence", () => {
    expect(inspectLogoImage(jpeg(60_000, 100))).toMatchObject({
      ok: false,
      problem: expect.stringContaining("60000 × 100"),
    });
    expect(inspectLogoImage(png(4, 4))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/too small/),
    });
  });

  it("refuses SVG, GIF and empty files, whatever they are called", () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(inspectLogoImage(svg)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/PNG or JPEG/),
    });
    expect(inspectLogoImage(Buffer.from("GIF89a\x01\x00\x01\x00")).ok).toBe(false);
    expect(inspectLogoImage(new Uint8Array())).toMatchObject({ ok: false });
  });

  it("refuses a file over the size limit before reading it", () => {
    const big = Buffer.concat([png(40, 20), Buffer.alloc(LOGO_MAX_BYTES)]);
    expect(inspectLogoImage(big)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/larger than 512 KB/),
    });
  });
});
