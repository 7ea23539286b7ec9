import { createHash } from "node:crypto";
import { describeWait } from "@/lib/limits/limit-spec";
import { clientSubject, enforceLimits, type LimitName } from "@/lib/limits/rate-limit";
import { RenderCache } from "@/lib/reports/render-cache";
import { renderResultImage } from "@/lib/reports/render-result-image";
import { renderResultPdf, resultPdfFileName } from "@/lib/reports/render-result-pdf";
import { getDiagnosticResult, type DiagnosticResultView } from "./get-diagnostic-result";

/** Raised whenever the PDF or the image is drawn differently, so cached copies are replaced. */
const LAYOUT_VERSION = "2";

/** A result's PDF is about 20 KB and its image about 60 KB: this holds some hundreds of each. */
const cache = new RenderCache(32 * 1024 * 1024);

export type ResultFileKind = "pdf" | "image";

type Kind = {
  limit: LimitName;
  contentType: string;
  refusal: (wait: string) => string;
  render: (view: DiagnosticResultView) => Promise<Buffer>;
  fileName?: (view: DiagnosticResultView) => string;
};

const viaOf = (view: DiagnosticResultView) =>
  view.organization.kind === "PLATFORM" ? null : view.organization.name;

const KINDS: Record<ResultFileKind, Kind> = {
  pdf: {
    limit: "resultPdfPerClient",
    contentType: "application/pdf",
    refusal: (wait) =>
      `Too many PDFs were asked for from your network. Try again in ${wait}, or print the result page.`,
    render: (view) =>
      renderResultPdf({
        takenAt: view.createdAt,
        bankVersion: view.result.version,
        via: viaOf(view),
        fractures: view.result.fractures,
        primary: view.result.primary,
        repairPlan: view.insights.repairPlan,
        pricing: view.pricing,
      }),
    fileName: (view) => resultPdfFileName(view.result.primary, view.createdAt),
  },
  image: {
    limit: "resultImagePerClient",
    contentType: "image/png",
    refusal: (wait) =>
      `Too many preview images were asked for from your network. Try again in ${wait}.`,
    render: (view) =>
      renderResultImage({
        fractures: view.result.fractures,
        primary: view.result.primary,
        via: viaOf(view),
      }),
  },
};

export type ResultFile = {
  /** Weak: two renders of one result read the same but need not match byte for byte. */
  etag: string;
  contentType: string;
  fileName: string | null;
  /** Null when the reader's copy (If-None-Match) is still this one. */
  body: Buffer | null;
};

/** Names the result's stored version without saying which row it is. */
function etagOf(kind: ResultFileKind, view: DiagnosticResultView): string {
  const digest = createHash("sha256")
    .update(`${kind}:${view.id}:${view.updatedAt.toISOString()}:${LAYOUT_VERSION}`)
    .digest("base64url")
    .slice(0, 27);
  return `W/"${digest}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.slice(2);
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim())
    .some((tag) => tag === "*" || tag === etag || tag === bare || tag === `W/${bare}`);
}

/**
 * The PDF or the link-preview image of the result behind a private link. Public and drawn on
 * the server, so each client may ask for a limited number in a window. A stored result does not
 * change, so each is drawn once per stored version and kept; a reader holding the current copy
 * gets no body.
 */
export async function diagnosticResultFile(
  kind: ResultFileKind,
  accessToken: string,
  request: { clientAddress: string; ifNoneMatch: string | null },
): Promise<ResultFile> {
  const spec = KINDS[kind];
  const view = await getDiagnosticResult(accessToken);
  await enforceLimits(
    [{ limit: spec.limit, subject: clientSubject(request.clientAddress) }],
    ({ retryAfterSeconds }) => spec.refusal(describeWait(retryAfterSeconds)),
  );
  const etag = etagOf(kind, view);
  const file = {
    etag,
    contentType: spec.contentType,
    fileName: spec.fileName?.(view) ?? null,
  };
  if (matches(request.ifNoneMatch, etag)) return { ...file, body: null };
  return { ...file, body: await cache.get(etag, () => spec.render(view)) };
}
