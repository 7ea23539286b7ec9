import { randomFillSync } from "node:crypto";

const pool = Buffer.alloc(16 * 1024);
let offset = pool.length;

/**
 * A time-ordered UUID (version 7, RFC 9562): ids made together sort together, so rows inserted in
 * bulk land at the end of their indexes instead of all over them.
 */
export function uuidV7(now = Date.now()): string {
  if (offset + 16 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const b = pool.subarray(offset, offset + 16);
  offset += 16;
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
