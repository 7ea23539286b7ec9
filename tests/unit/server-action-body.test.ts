import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { checkServerActionBody, MAX_DEPTH } from "@/lib/http/server-action-body";

// React's own client encoder, as the browser runs it: what it makes must always pass.
const { encodeReply } = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-webpack/client.node.js",
) as { encodeReply: (value: unknown) => Promise<string | FormData> };

async function asBody(encoded: string | FormData) {
  if (typeof encoded === "string") {
    return { bytes: new TextEncoder().encode(encoded), contentType: "text/plain;charset=UTF-8" };
  }
  const response = new Response(encoded);
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    contentType: response.headers.get("content-type")!,
  };
}

async function check(encoded: string | FormData, fetchAction = true) {
  const { bytes, contentType } = await asBody(encoded);
  return checkServerActionBody(bytes, contentType, fetchAction);
}

describe("server action bodies React makes", () => {
  const shared = { stage: "Won" };
  const form = new FormData();
  form.append("email", "ceo@example.com");
  form.append("callbackUrl", "/o");
  const cases: [string, unknown[]][] = [
    ["plain values", [{ orgSlug: "acme", answers: { q1: "a" }, n: 3, ok: true, none: null }]],
    ["strings starting with $", [{ label: "$100k+", other: "$$" }]],
    ["undefined, dates and odd numbers", [{ a: undefined, at: new Date(0), z: -0, i: Infinity }]],
    ["an object used twice", [{ first: shared, second: shared, list: [shared] }]],
    ["a form's state and its FormData", [{ error: undefined }, form]],
  ];
  it.each(cases)("accepts %s", async (_name, args) => {
    expect(await check(await encodeReply(args))).toEqual({ ok: true });
  });
});

describe("hostile server action bodies", () => {
  const text = (body: string) =>
    checkServerActionBody(new TextEncoder().encode(body), "text/plain", true);

  it.each([
    ["JSON that does not parse", "[{"],
    ["a root that is not a list of arguments", '{"a":1}'],
    ["a BigInt the decoder cannot read", '["$n1e1000"]'],
    ["a Blob that is not there", '["$B1"]'],
    ["a Map that is not there", '["$Q1"]'],
    ["a temporary reference", '["$T"]'],
    ["a server reference", '["$h1"]'],
    ["a reference to a missing part", '["$5"]'],
    ["a path that leads nowhere", '[{"a":1},"$0:9:zz"]'],
    ["a lone dollar", '["$"]'],
  ])("refuses %s", async (_name, body) => {
    const verdict = await text(body);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.message).toMatch(/^The request could not be read/);
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels, even 5,000 deep`, async () => {
    expect((await text("[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH))).ok).toBe(true);
    expect((await text("[".repeat(5000) + "]".repeat(5000))).ok).toBe(false);
  });

  it("refuses bytes that are not UTF-8", async () => {
    const bytes = new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]);
    expect((await checkServerActionBody(bytes, "text/plain", true)).ok).toBe(false);
  });

  it("refuses truncated multipart and files", async () => {
    const { bytes, contentType } = await asBody(
      (await encodeReply([{ a: 1 }, new FormData()])) as FormData,
    );
    const cut = bytes.slice(0, Math.floor(bytes.byteLength / 2));
    expect((await checkServerActionBody(cut, contentType, true)).ok).toBe(false);

    const withFile = new FormData();
    withFile.append("0", "[]");
    withFile.append("upload", new Blob(["x"]), "x.csv");
    const file = await asBody(withFile);
    expect(await checkServerActionBody(file.bytes, file.contentType, true)).toEqual({
      ok: false,
      message: "This form does not take files.",
    });
  });

  it("checks a form posted without JavaScript by its bound arguments", async () => {
    const form = (parts: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries(parts)) data.append(key, value);
      return asBody(data);
    };
    const good = await form({
      $ACTION_REF_1: "",
      "$ACTION_1:0": '{"id":"abc","bound":"$@1"}',
      "$ACTION_1:1": '[{"error":"$undefined"}]',
      $ACTION_KEY: "k0",
      email: "ceo@example.com",
    });
    expect(await checkServerActionBody(good.bytes, good.contentType, false)).toEqual({ ok: true });
    const bad = await form({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"abc","bound":"$@2"}' });
    expect((await checkServerActionBody(bad.bytes, bad.contentType, false)).ok).toBe(false);
  });
});
