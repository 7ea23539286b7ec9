import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { FRACTURES, FRACTURE_INFO, type FractureKey } from "../../lib/domain/diagnostic";
import { pdfText } from "../../lib/reports/pdf-text";
import {
  assessmentPdfFileName,
  renderAssessmentPdf,
  type AssessmentPdfInput,
} from "../../lib/reports/render-assessment-pdf";
import { sampleLogoPng } from "../fixtures/tiny-images";
import {
  analyzeSnapshot,
  draftAssessment,
  snapshot,
  type RespondentRole,
  type SnapshotRespondent,
} from "../../lib/domain/snapshot";

/** Answers leaning towards the worst option as `severity` (0–1) rises, varied per question. */
function respondent(
  role: RespondentRole,
  severity: Partial<Record<FractureKey, number>>,
  evidence: Record<string, string> = {},
): SnapshotRespondent {
  return {
    role,
    evidence,
    answers: Object.fromEntries(
      snapshot.questions.map((q, i) => {
        const last = q.options.length - 1;
        const index = Math.round((severity[q.fracture] ?? 0.1) * last + ((i % 3) - 1) * 0.4);
        return [q.id, q.options[Math.min(last, Math.max(0, index))]!.id];
      }),
    ),
  };
}

const team = [
  respondent(
    "CEO",
    { MESSAGING: 0.8, POSITIONING: 0.4 },
    {
      "msg-three-reps": "Sat in on calls with Pat, Lee and Sam in May → each pitched differently.",
    },
  ),
  respondent("MARKETING", { MESSAGING: 0.7, RELATIONSHIPS: 0.6, MARKETING: 0.3 }),
  respondent("SALES", { SILOS: 0.9, POSITIONING: 0.6, MARKETING: 0.7 }),
];

const companyName = "Northwind Components";

/** A published assessment as the app would pass it: the draft's sections and the scores behind them. */
function sampleInput(): AssessmentPdfInput {
  const analysis = analyzeSnapshot(snapshot, team);
  return {
    companyName,
    brand: {
      name: "Fjord Revenue Advisors",
      accentColor: "#0f766e",
      logo: { bytes: sampleLogoPng(), width: 240, height: 80 },
      preparedBy: {
        name: "Ingrid Solberg",
        title: "Managing partner",
        email: "ingrid@fjord.test",
        phone: "+47 22 33 44 55",
      },
    },
    versionNumber: 2,
    publishedAt: new Date("2026-11-25T09:30:00Z"),
    sections: draftAssessment({ companyName, bank: snapshot, respondents: team }),
    figures: {
      combined: analysis.combined.fractures,
      byRole: analysis.perception.roles.map((r) => ({ role: r.role, fractures: r.fractures })),
    },
  };
}

/** The text of each page, items joined as a reader would copy them. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
    pages.push(text.replace(/\s+/g, " "));
  }
  await doc.destroy();
  return pages;
}

describe("the assessment PDF", () => {
  const input = sampleInput();
  const rendered = renderAssessmentPdf(input).then(async (pdf) => ({
    pdf,
    pages: await pdfPages(pdf),
  }));

  // The first test waits for the whole render (fonts included), which a busy machine slows.
  it("is a PDF of more than one page", { timeout: 30_000 }, async () => {
    const { pdf, pages } = await rendered;
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it("opens with the company, the version, the date and who prepared it", async () => {
    const [first] = (await rendered).pages;
    expect(first).toContain(companyName);
    expect(first).toContain("Version 2");
    expect(first).toContain("25 November 2026");
    expect(first).toContain("PREPARED BY Ingrid Solberg, Managing partner Fjord Revenue Advisors");
    expect(first).toContain("ingrid@fjord.test · +47 22 33 44 55");
  });

  it("draws the consultancy's logo on the cover and names it as the author", async () => {
    const doc = await getDocument({ data: new Uint8Array((await rendered).pdf) }).promise;
    const { info } = await doc.getMetadata();
    expect(info).toMatchObject({ Author: "Fjord Revenue Advisors" });
    const ops = await (await doc.getPage(1)).getOperatorList();
    expect(ops.fnArray).toContain(OPS.paintImageXObject);
    await doc.destroy();
  });

  it("labels the chart with all five fracture names, on the first page", async () => {
    const [first] = (await rendered).pages;
    for (const key of FRACTURES) expect(first).toContain(FRACTURE_INFO[key].name);
    expect(first).toContain("Scores by role");
  });

  it("reads its scores on the web report's four-band scale", async () => {
    const [first] = (await rendered).pages;
    for (const band of ["0–24: Holding", "25–49: Strained", "50–74: Leaking", "75+: Broken"]) {
      expect(first).toContain(band);
    }
    expect(first).not.toMatch(/severe|worth repairing/);
  });

  it("prints every section title, and the bold text of the body without its markers", async () => {
    const text = (await rendered).pages.join(" ");
    for (const section of input.sections) expect(text).toContain(section.title);
    expect(text).not.toContain("**");
  });

  it("numbers every page and names the assessment in its footer", async () => {
    const { pages } = await rendered;
    pages.forEach((page, i) => {
      expect(page).toContain(
        `Prepared by Fjord Revenue Advisors · Page ${i + 1} of ${pages.length}`,
      );
      expect(page).toContain(`${companyName} — Snapshot assessment v2`);
    });
  });

  it("draws an arrow the font lacks as ASCII", async () => {
    const text = (await rendered).pages.join(" ");
    expect(text).toContain("May -> each pitched differently");
  });

  it("leaves out the role chart and the preparer when a company reads its own", async () => {
    const single = sampleInput();
    single.brand = { name: companyName, accentColor: null, logo: null, preparedBy: null };
    single.figures.byRole = single.figures.byRole.slice(0, 1);
    single.sections = single.sections.slice(0, 1);
    const [first] = await pdfPages(await renderAssessmentPdf(single));
    expect(first).not.toContain("Scores by role");
    expect(first).not.toContain("Prepared by");
  });
});

describe("pdfText", () => {
  it("spells arrows and comparisons the font lacks in ASCII", () => {
    expect(pdfText("MQL → SQL ≥ 10%, ≤ 30% ← here")).toBe("MQL -> SQL >= 10%, <= 30% <- here");
  });

  it("keeps the typography the font has", () => {
    const text = "2.4× · Weeks 1–4 — “quoted” it’s €91k";
    expect(pdfText(text)).toBe(text);
  });

  it("drops accents the font lacks, and spaces or hides invisible characters", () => {
    expect(pdfText("Škoda Łódź Café")).toBe("Skoda Lódz Café");
    expect(pdfText("10\u202fam\tsoft\u00adhyphen\u200b")).toBe("10 am softhyphen");
  });

  it("marks characters it cannot draw at all", () => {
    expect(pdfText("漢 ok")).toBe("? ok");
  });
});

describe("assessmentPdfFileName", () => {
  it("is the company's slug and the UTC date", () => {
    expect(assessmentPdfFileName(companyName, new Date("2026-11-25T23:30:00Z"))).toBe(
      "northwind-components-snapshot-2026-11-25.pdf",
    );
  });

  it("is plain ASCII, whatever the name", () => {
    expect(assessmentPdfFileName("  Müller & Søn GmbH ", new Date("2026-01-05T00:00:00Z"))).toBe(
      "muller-son-gmbh-snapshot-2026-01-05.pdf",
    );
    expect(assessmentPdfFileName("漢字", new Date("2026-01-05T00:00:00Z"))).toBe(
      "company-snapshot-2026-01-05.pdf",
    );
  });
});
