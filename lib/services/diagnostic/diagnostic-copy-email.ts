import { escapeHtml } from "@/lib/mail/escape-html";
import { FRACTURE_INFO, startHere, type DiagnosticResult } from "@/lib/domain/diagnostic";
import type { OutgoingMail } from "@/lib/mail/send-mail";

/** The copy of a result a taker asked for: headline, the five scores, first step, private link. */
export function diagnosticCopyEmail(
  to: string,
  result: DiagnosticResult,
  resultUrl: string,
): OutgoingMail {
  const primary = result.primary ? FRACTURE_INFO[result.primary] : null;
  const headline = primary
    ? `The fracture costing you most: ${primary.name}`
    : "No fracture scored 25 or more: your revenue chain is holding";
  const scores = result.fractures.map((f) => `${FRACTURE_INFO[f.key].name}: ${f.score}/100`);
  // The same start as the result page's, so the email and the page never name different firsts.
  const start = startHere(result.fractures);
  const firstStep = start
    ? [
        `First repair step (${FRACTURE_INFO[start.key].shortName}): ${FRACTURE_INFO[start.key].firstRepairStep}`,
        start.whyNotCostliest,
      ]
        .filter(Boolean)
        .join(" ")
    : null;

  const text = [
    "Your Revenue Leak Diagnostic result",
    "",
    headline,
    "",
    ...scores,
    "",
    ...(firstStep ? [firstStep, ""] : []),
    `The full result, with the repair order and what would change it, stays at this private link:`,
    resultUrl,
    "",
    "Anyone with the link can read the result; forward it only to people you would show it to.",
  ].join("\n");

  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<p style="color:#4338ca;font-weight:600;margin:0">Revenue Leak Diagnostic</p>
<h1 style="font-size:20px;margin:8px 0 16px">${escapeHtml(headline)}</h1>
<table style="border-collapse:collapse">${result.fractures
    .map(
      (f) =>
        `<tr><td style="padding:4px 16px 4px 0">${escapeHtml(FRACTURE_INFO[f.key].name)}</td><td style="font-weight:600">${f.score}/100</td></tr>`,
    )
    .join("")}</table>
${firstStep ? `<p style="margin-top:16px">${escapeHtml(firstStep)}</p>` : ""}
<p style="margin-top:16px"><a href="${escapeHtml(resultUrl)}" style="color:#4338ca;font-weight:600">Open your full result</a></p>
<p style="color:#475569;font-size:13px">Anyone with the link can read the result; forward it only to people you would show it to.</p>
</body></html>`;

  return {
    to,
    subject: `Your Revenue Leak Diagnostic: ${primary ? primary.name : "no major leak"}`,
    text,
    html,
  };
}
