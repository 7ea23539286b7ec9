import { escapeHtml } from "@/lib/mail/escape-html";
import { FRACTURE_INFO, startHere, type DiagnosticResult } from "@/lib/domain/diagnostic";
import { NOT_ADDED_REASON, formatMoneyRange, type DiagnosticPricing } from "@/lib/domain/pricing";
import type { OutgoingMail } from "@/lib/mail/send-mail";

/**
 * What the leak costs, as the page states it, in a few lines: each priced fracture's range, or
 * how to have it priced. Nothing for a result stored before results were priced.
 */
function moneyLines(pricing: DiagnosticPricing | null): string[] {
  if (!pricing) return [];
  if (pricing.status === "needs-revenue") {
    return [
      "What the leak costs: give your revenue band on the result page and it prices each broken link per quarter.",
    ];
  }
  if (pricing.prices.length === 0) return [];
  return [
    "What the leak costs, per quarter (a directional range):",
    ...pricing.prices.map(
      (price) =>
        `${FRACTURE_INFO[price.key].name}: ${formatMoneyRange(price.lowPerQuarter, price.highPerQuarter)} a quarter`,
    ),
    ...(pricing.prices.length > 1 ? [NOT_ADDED_REASON] : []),
    "Every assumption behind these figures is listed on the result page.",
  ];
}

/**
 * The copy of a result a taker asked for: headline, the five scores, what the leak costs, the
 * first step, and the private link.
 */
export function diagnosticCopyEmail(
  to: string,
  result: DiagnosticResult,
  resultUrl: string,
  pricing: DiagnosticPricing | null,
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
  const money = moneyLines(pricing);

  const text = [
    "Your Revenue Leak Diagnostic result",
    "",
    headline,
    "",
    ...scores,
    "",
    ...(money.length > 0 ? [...money, ""] : []),
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
${money.map((line, i) => `<p style="margin:${i === 0 ? "16px 0 4px;font-weight:600" : "0 0 4px"}">${escapeHtml(line)}</p>`).join("\n")}
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
