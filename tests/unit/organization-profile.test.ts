import { describe, expect, it } from "vitest";
import {
  ZOrganizationProfile,
  relativeLuminance,
} from "../../lib/domain/organization/organization-profile";

const base = { orgSlug: "acme", name: "Acme", logoUrl: "", accentColor: "" };

describe("organization branding", () => {
  it("treats empty fields as no branding", () => {
    expect(ZOrganizationProfile.parse(base)).toEqual({ ...base, logoUrl: null, accentColor: null });
  });

  it("accepts an https logo and a dark accent colour", () => {
    const parsed = ZOrganizationProfile.parse({
      ...base,
      logoUrl: "https://cdn.acme.test/logo.svg",
      accentColor: "#0f766e",
    });
    expect(parsed.accentColor).toBe("#0f766e");
  });

  it.each([
    [
      "a plain-http logo",
      { logoUrl: "http://acme.test/logo.png" },
      "Use an https:// address of an image.",
    ],
    ["a script URL", { logoUrl: "javascript:alert(1)" }, "Use an https:// address of an image."],
    ["a colour name", { accentColor: "teal" }, "Use a colour like #4f46e5."],
    [
      "a colour too light for white text",
      { accentColor: "#fde68a" },
      "Choose a darker colour: white text must stay readable on it.",
    ],
  ])("refuses %s", (_name, change, message) => {
    const result = ZOrganizationProfile.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("measures luminance from black to white", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1);
  });
});
