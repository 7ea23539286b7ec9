/**
 * Checks a server-action request body before Next.js decodes it. React's reply decoder throws on
 * a body it cannot read (bad JSON, a BigInt it cannot parse, a reference to a part that is not
 * there, nesting deep enough to overflow the stack), and Next.js answers those with 500. The app
 * sends only what React's encodeReply makes of plain values and FormData; this accepts exactly
 * that and refuses the rest with a sentence, so hostile input is a 400.
 *
 * The reply format: the root (part "0", or the whole body when it is not multipart) is JSON; a
 * string starting with "$" is a reference or a special value ("$$…" escapes a dollar). Outlined
 * values live in parts "1", "2"… and are referenced as "$<hex>" or "$<hex>:<path>"; FormData
 * entries of "$K<hex>" are parts named "_<hex>_<key>". A form posted without JavaScript names
 * its action in "$ACTION_ID_…" or "$ACTION_REF_<n>" with JSON parts "$ACTION_<n>:<id>".
 */

export type BodyVerdict = { ok: true } | { ok: false; message: string };

/** Deeper than any value a form of this app sends; far shallower than the decoder's stack. */
export const MAX_DEPTH = 32;
/** Values in one body: a 1 MB body of tiny arrays would otherwise be half a million. */
export const MAX_VALUES = 50_000;

const MALFORMED = "The request could not be read. Reload the page and try again.";

const SIMPLE_SPECIALS = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);
const DATE = /^\$D\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const OUTLINED = /^\$(@)?([0-9a-f]{1,8})((?::[^:]{1,100}){0,32})$/;
const FORM_DATA = /^\$K[0-9a-f]{1,8}$/;

/** The parts of one reply: its JSON chunks by id (parsed lazily), and whether any is missing. */
type Reply = { chunk(id: number): { found: true; value: unknown } | { found: false } };

class Refusal extends Error {}

function refuse(message = MALFORMED): never {
  throw new Refusal(message);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return refuse();
  }
}

/** Follow "$<hex>:a:b" through the raw chunks as the decoder will, or refuse. */
function resolvePath(reply: Reply, id: number, path: string[]) {
  let current = reply.chunk(id);
  if (!current.found) refuse();
  let value: unknown = current.value;
  for (const segment of path) {
    if (typeof value === "string") {
      const match = OUTLINED.exec(value);
      if (!match || match[1] || match[3]) refuse();
      current = reply.chunk(parseInt(match[2]!, 16));
      if (!current.found) refuse();
      value = current.value;
    }
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment)) refuse();
    value = (value as Record<string, unknown>)[segment];
  }
}

function checkString(value: string, reply: Reply) {
  if (value[0] !== "$" || value[1] === "$") return;
  if (SIMPLE_SPECIALS.has(value) || DATE.test(value) || FORM_DATA.test(value)) return;
  const outlined = OUTLINED.exec(value);
  if (outlined) {
    const id = parseInt(outlined[2]!, 16);
    const path = outlined[3] ? outlined[3].slice(1).split(":") : [];
    if (outlined[1] && path.length > 0) refuse();
    resolvePath(reply, id, path);
    return;
  }
  // Blobs, Maps, Sets, BigInts, streams, typed arrays, temporary and server references: this
  // app's forms send none of them.
  refuse();
}

function walk(root: unknown, reply: Reply, budget: { values: number }) {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (++budget.values > MAX_VALUES) refuse("The request is too large to read.");
    if (typeof value === "string") checkString(value, reply);
    else if (typeof value === "object" && value !== null) {
      if (depth >= MAX_DEPTH) refuse();
      const children = Array.isArray(value) ? value : Object.values(value);
      for (const child of children) stack.push([child, depth + 1]);
    }
  }
}

/** A fetch-style action body: one JSON text, or multipart with "0" as the root. */
function checkReply(parts: Map<string, string>, prefix: string, requireArrayRoot: boolean) {
  const parsed = new Map<number, unknown>();
  const reply: Reply = {
    chunk(id) {
      if (parsed.has(id)) return { found: true, value: parsed.get(id) };
      const text = parts.get(`${prefix}${id}`);
      if (text === undefined) return { found: false };
      const value = parseJson(text);
      parsed.set(id, value);
      return { found: true, value };
    },
  };
  const root = reply.chunk(0);
  if (!root.found) refuse();
  if (requireArrayRoot && !Array.isArray(root.value)) refuse();
  const budget = { values: 0 };
  for (const [key] of parts) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    if (!/^\d{1,8}$/.test(rest)) continue;
    const chunk = reply.chunk(Number(rest));
    if (chunk.found) walk(chunk.value, reply, budget);
  }
}

function textOf(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse();
  }
}

async function formOf(bytes: Uint8Array, contentType: string): Promise<FormData> {
  try {
    const body = new Blob([bytes as Uint8Array<ArrayBuffer>]);
    return await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return refuse();
  }
}

/**
 * Whether Next.js can decode this action body without failing. `fetchAction` is true when the
 * request names its action in the Next-Action header (a call from JavaScript).
 */
export async function checkServerActionBody(
  bytes: Uint8Array,
  contentType: string,
  fetchAction: boolean,
): Promise<BodyVerdict> {
  try {
    if (!/^multipart\/form-data/i.test(contentType)) {
      if (!fetchAction) return { ok: true };
      checkReply(new Map([["0", textOf(bytes)]]), "", true);
      return { ok: true };
    }
    const form = await formOf(bytes, contentType);
    const parts = new Map<string, string>();
    for (const [key, value] of form.entries()) {
      if (typeof value !== "string") refuse("This form does not take files.");
      parts.set(key, value);
    }
    if (fetchAction) {
      checkReply(parts, "", true);
      return { ok: true };
    }
    // A form posted without JavaScript: a bound action carries its id and arguments as JSON.
    for (const key of parts.keys()) {
      const bound = /^\$ACTION_REF_(\d{1,4})$/.exec(key);
      if (bound) checkReply(parts, `$ACTION_${bound[1]}:`, false);
    }
    return { ok: true };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    if (error instanceof RangeError) return { ok: false, message: MALFORMED };
    throw error;
  }
}
