import { describe, expect, it } from "vitest";
import { inspectLogoImage, LOGO_MAX_BYTES } from "@/lib/domain/organization/logo-image";
import { tinyJpeg as jpeg, tinyPng as png } from "../fixtures/tiny-images";

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
    const result = inspectLogoImage(png(40, 20, { claim: { width: 400, height: 200 } }));
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
