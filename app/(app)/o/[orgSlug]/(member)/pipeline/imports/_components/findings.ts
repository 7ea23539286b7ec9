import { z } from "zod";

const n = z.number().int().nonnegative().catch(0);

const ZFindings = z.object({
  duplicateIds: z
    .object({
      ids: n,
      rowsSetAside: n,
      examples: z
        .array(
          z.object({
            id: z.string(),
            lines: z.array(z.number()),
            files: z.array(z.string()).optional(),
          }),
        )
        .catch([]),
    })
    .catch({ ids: 0, rowsSetAside: 0, examples: [] }),
  blankAmounts: z.object({ won: n, lost: n, open: n }).catch({ won: 0, lost: 0, open: 0 }),
  closeBeforeOpened: n,
  noRate: z
    .object({ deals: n, currencies: z.array(z.string()).catch([]) })
    .catch({ deals: 0, currencies: [] }),
  negativeAmounts: n,
  datesAfterAsOf: n,
  undatedEntries: n,
});

const count = new Intl.NumberFormat("en-US");
const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

const and = (parts: string[]) =>
  parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
const many = (value: number, one: string, more: string) =>
  `${count.format(value)} ${value === 1 ? one : more}`;

/**
 * What an import found wrong or missing in its files, in sentences (docs/pipeline-model.md,
 * "Data-quality findings"); only the findings that happened.
 */
export function findingSentences(findings: unknown, asOf: Date | null): string[] {
  const parsed = ZFindings.safeParse(findings ?? {});
  if (!parsed.success) return [];
  const f = parsed.data;
  const out: string[] = [];

  const d = f.duplicateIds;
  if (d.ids > 0) {
    const examples = d.examples.map((e) => {
      const where = e.files
        ? e.lines.map((line, i) => `${e.files?.[i] ?? ""} line ${line}`.trim()).join(", ")
        : `line${e.lines.length === 1 ? "" : "s"} ${e.lines.join(", ")}`;
      return `${e.id} (${where})`;
    });
    const more = d.ids - d.examples.length;
    out.push(
      `${many(d.ids, "id appears", "ids appear")} on more than one row; the last row of each was kept${
        examples.length > 0
          ? `: ${examples.join("; ")}${more > 0 ? `; and ${count.format(more)} more` : ""}`
          : ""
      }.`,
    );
  }

  const blanks = (["open", "won", "lost"] as const).filter((k) => f.blankAmounts[k] > 0);
  if (blanks.length > 0) {
    const total = blanks.reduce((sum, k) => sum + f.blankAmounts[k], 0);
    const last = f.blankAmounts[blanks.at(-1)!];
    out.push(
      `${and(blanks.map((k) => `${count.format(f.blankAmounts[k])} ${k}`))} deal${last === 1 ? "" : "s"} ${
        total === 1 ? "has" : "have"
      } no amount; ${total === 1 ? "it counts" : "they count"}, but not in value figures.`,
    );
  }

  if (f.closeBeforeOpened > 0)
    out.push(
      f.closeBeforeOpened === 1
        ? "1 closed deal closed before it was opened; it is left out of the sales cycle and velocity."
        : `${count.format(f.closeBeforeOpened)} closed deals closed before they were opened; they are left out of the sales cycle and velocity.`,
    );

  if (f.noRate.deals > 0)
    out.push(
      `${many(f.noRate.deals, "deal has an amount", "deals have amounts")} in ${
        and(f.noRate.currencies) || "another currency"
      } with no rate given; ${f.noRate.deals === 1 ? "it counts" : "they count"}, but not in value figures.`,
    );

  if (f.negativeAmounts > 0)
    out.push(
      `${many(f.negativeAmounts, "row was", "rows were")} refused for a negative amount; ${
        f.negativeAmounts === 1 ? "it is" : "they are"
      } listed with the refused rows.`,
    );

  if (f.datesAfterAsOf > 0)
    out.push(
      `${many(f.datesAfterAsOf, "date is", "dates are")} later than the as-of date${
        asOf ? `, ${dateFormat.format(asOf)}` : ""
      }.`,
    );

  if (f.undatedEntries > 0)
    out.push(
      `${many(f.undatedEntries, "stage entry has", "stage entries have")} no date in the files; ${
        f.undatedEntries === 1 ? "it counts" : "they count"
      } as entered at an unknown time, and time in stage leaves ${f.undatedEntries === 1 ? "it" : "them"} out.`,
    );
  return out;
}
