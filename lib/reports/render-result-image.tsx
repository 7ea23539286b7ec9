import "server-only";
import { ImageResponse } from "next/og";
import {
  FRACTURES,
  FRACTURE_INFO,
  SEVERITY_COLORS,
  severityBandOf,
  type FractureKey,
  type FractureScore,
} from "@/lib/domain/diagnostic";
import { interFonts } from "./pdf/inter-fonts";
import { pdfText } from "./pdf-text";
import { ChainMark } from "@/lib/brand/chain-mark";
import { COLORS } from "./pdf/theme";

export type ResultImageInput = {
  fractures: FractureScore[];
  primary: FractureKey | null;
  /** The organization whose link the diagnostic was taken through, or null for our own. */
  via: string | null;
};

/** The size link previews expect (Open Graph's 1.91:1). */
export const RESULT_IMAGE_SIZE = { width: 1200, height: 630 } as const;

function Headline({ input }: { input: ResultImageInput }) {
  const primary = input.primary;
  const score = primary ? input.fractures.find((f) => f.key === primary)?.score : undefined;
  if (!primary || score === undefined) {
    return (
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div
          style={{
            fontSize: 26,
            fontWeight: 600,
            color: SEVERITY_COLORS.holding,
            letterSpacing: 2,
          }}
        >
          NO MAJOR LEAK
        </div>
        <div
          style={{
            fontSize: 76,
            fontWeight: 700,
            color: COLORS.ink,
            marginTop: 12,
            lineHeight: 1.05,
          }}
        >
          The revenue chain is holding
        </div>
      </div>
    );
  }
  const band = severityBandOf(score);
  return (
    <div style={{ display: "flex", flexDirection: "column" }}>
      <div style={{ fontSize: 26, fontWeight: 600, color: COLORS.muted, letterSpacing: 2 }}>
        THE FRACTURE COSTING THE MOST
      </div>
      <div
        style={{
          fontSize: 76,
          fontWeight: 700,
          color: COLORS.ink,
          marginTop: 12,
          lineHeight: 1.05,
        }}
      >
        {FRACTURE_INFO[primary].name}
      </div>
      <div style={{ display: "flex", marginTop: 28 }}>
        <div
          style={{
            display: "flex",
            fontSize: 30,
            fontWeight: 600,
            color: "#fff",
            background: SEVERITY_COLORS[band.band],
            borderRadius: 999,
            padding: "8px 26px",
          }}
        >
          {`${band.label} · ${score}/100`}
        </div>
      </div>
    </div>
  );
}

/** The five links in chain order, each tinted by how badly it leaks. */
function Chain({ input }: { input: ResultImageInput }) {
  return (
    <div style={{ display: "flex", gap: 14 }}>
      {FRACTURES.map((key) => {
        const score = input.fractures.find((f) => f.key === key)?.score ?? 0;
        const color = SEVERITY_COLORS[severityBandOf(score).band];
        const primary = key === input.primary;
        return (
          <div key={key} style={{ display: "flex", flexDirection: "column", flex: 1 }}>
            <div
              style={{
                height: 14,
                borderRadius: 7,
                background: color,
                opacity: primary ? 1 : 0.55,
              }}
            />
            <div
              style={{
                fontSize: 22,
                marginTop: 10,
                fontWeight: primary ? 700 : 400,
                color: primary ? COLORS.ink : COLORS.muted,
              }}
            >
              {FRACTURE_INFO[key].shortName}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/**
 * The link preview of a result, as a PNG: which fracture costs the most and how badly, over the
 * five links of the chain. No answer is shown: the preview travels further than the link.
 */
export async function renderResultImage(input: ResultImageInput): Promise<Buffer> {
  const fonts = await interFonts();
  const via = input.via?.trim() ? pdfText(input.via.trim()).slice(0, 60) : null;
  const response = new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#fff",
        borderTop: `14px solid ${COLORS.brand}`,
        padding: "48px 72px 56px",
        fontFamily: "Inter",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 16 }}>
        <ChainMark size={56} />
        <div style={{ fontSize: 34, fontWeight: 700, color: COLORS.ink }}>Revenue Chain</div>
        <div style={{ fontSize: 26, color: COLORS.muted, marginLeft: 12 }}>
          {via ? `Revenue Leak Diagnostic via ${via}` : "Revenue Leak Diagnostic"}
        </div>
      </div>
      <Headline input={input} />
      <Chain input={input} />
    </div>,
    {
      ...RESULT_IMAGE_SIZE,
      fonts: [
        { name: "Inter", data: fonts.regular, weight: 400, style: "normal" },
        { name: "Inter", data: fonts.semibold, weight: 600, style: "normal" },
        { name: "Inter", data: fonts.bold, weight: 700, style: "normal" },
      ],
    },
  );
  return Buffer.from(await response.arrayBuffer());
}
