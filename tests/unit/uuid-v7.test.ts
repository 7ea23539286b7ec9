import { describe, expect, it } from "vitest";
import { uuidV7 } from "@/lib/ids/uuid-v7";

describe("time-ordered ids", () => {
  it("are version 7 UUIDs that sort by creation time and do not repeat", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => uuidV7(1_750_000_000_000 + i));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]!.replaceAll("-", "").slice(0, 12)).toBe(
      (1_750_000_000_000).toString(16).padStart(12, "0"),
    );
  });
});
