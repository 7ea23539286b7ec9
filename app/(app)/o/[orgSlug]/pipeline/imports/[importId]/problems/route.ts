import { z } from "zod";
import { orgRoute } from "@/lib/auth/guard";
import { toCsv } from "@/lib/csv/to-csv";
import { importRefusals } from "@/lib/services/pipeline/imports";

/** The rows an import refused, as CSV: file, line, column, reason (formulas neutralized). */
export const GET = orgRoute<{ importId: string }>(
  "pipeline.import-problems",
  "pipeline:read",
  async (ctx, _request, params) => {
    const importId = z.uuid().parse(params.importId);
    const { view, problems } = await importRefusals(ctx, importId);
    const date = view.createdAt.toISOString().slice(0, 10);
    return new Response(
      toCsv(
        ["file", "line", "column", "reason"],
        problems.map((p) => [p.file, p.line, p.column, p.reason]),
      ),
      {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${ctx.organization.slug}-import-${date}-problems.csv"`,
          "Cache-Control": "no-store",
        },
      },
    );
  },
);
