import { AppError } from "@/lib/errors";

/**
 * A request body read whole, but never more than `limitBytes` of it: a declared length over the
 * limit is refused before reading, an undeclared one as soon as the bytes pass it (413).
 */
export async function readLimitedBody(request: Request, limitBytes: number): Promise<Uint8Array> {
  const size =
    limitBytes >= 2 ** 20
      ? `${Math.round(limitBytes / 2 ** 20)} MB`
      : `${Math.round(limitBytes / 1024)} KB`;
  const tooLarge = () =>
    new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${size}.`);
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > limitBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(read);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * A JSON body of at most `limitBytes`: 415 unless it is labelled JSON (so no form or plain-text
 * post is ever read as one), 413 over the limit, 400 when it is not UTF-8 JSON.
 */
export async function readJsonBody(request: Request, limitBytes: number): Promise<unknown> {
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json")
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "Send the body as JSON (Content-Type: application/json).",
    );
  const bytes = await readLimitedBody(request, limitBytes);
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
}

/**
 * A form post (`application/x-www-form-urlencoded`) of at most `limitBytes`, as field → value
 * (a repeated field keeps its last value): 415 for any other body, 413 over the limit, 400 when
 * it is not UTF-8.
 */
export async function readFormBody(
  request: Request,
  limitBytes: number,
): Promise<Record<string, string>> {
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/x-www-form-urlencoded")
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as a form.");
  const bytes = await readLimitedBody(request, limitBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("INVALID_INPUT", "The form was not sent as UTF-8 text.");
  }
  return Object.fromEntries(new URLSearchParams(text));
}
