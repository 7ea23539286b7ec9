/**
 * A file that never changes for its URL, as a response: private to the reader (it sits behind a
 * private link, so no shared cache keeps it), kept a week without asking again, then revalidated
 * by its ETag. A null body means the reader's copy is current: 304.
 */
export function immutableFileResponse(file: {
  etag: string;
  contentType: string;
  fileName: string | null;
  body: Buffer | null;
}): Response {
  const headers: Record<string, string> = {
    ETag: file.etag,
    "Cache-Control": "private, max-age=604800, immutable",
    // Behind a private link: neither the file nor where it came from belongs in a search index.
    "X-Robots-Tag": "noindex",
  };
  if (file.body === null) return new Response(null, { status: 304, headers });
  headers["Content-Type"] = file.contentType;
  if (file.fileName) headers["Content-Disposition"] = `attachment; filename="${file.fileName}"`;
  return new Response(new Uint8Array(file.body), { headers });
}
