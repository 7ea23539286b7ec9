// Draws the app's raster icons from public/icon.svg, in the browser the tests use:
// favicon.ico (16, 32 and 48 px), apple-touch-icon.png (180 px, opaque: iOS fills transparency
// with black) and the 192 and 512 px icons of the web manifest. The outputs are committed; run
// this again after changing the SVG:  node scripts/make-icons.mjs
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { chromium } from "@playwright/test";

const root = new URL("../public/", import.meta.url);
const svg = await readFile(new URL("icon.svg", root), "utf8");

const browser = await chromium.launch({
  executablePath:
    process.env.PLAYWRIGHT_CHROMIUM_PATH ??
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});

/** The SVG as a PNG of size × size; transparent corners unless `opaque`. */
async function png(size, { opaque = false } = {}) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:${opaque ? "#fff" : "transparent"}">` +
      svg.replace("<svg ", `<svg width="${size}" height="${size}" style="display:block" `) +
      "</body></html>",
  );
  const image = await page.screenshot({ omitBackground: !opaque, type: "png" });
  await page.close();
  return image;
}

/** An ICO file holding PNG images, which every browser of the last decade reads. */
function ico(images) {
  const header = Buffer.alloc(6 + images.length * 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + i * 16;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

try {
  const small = [];
  for (const size of [16, 32, 48]) small.push({ size, data: await png(size) });
  await writeFile(new URL("favicon.ico", root), ico(small));
  await writeFile(new URL("apple-touch-icon.png", root), await png(180, { opaque: true }));
  await writeFile(new URL("icon-192.png", root), await png(192));
  await writeFile(new URL("icon-512.png", root), await png(512));
  console.log("icons written to public/");
} finally {
  await browser.close();
}
