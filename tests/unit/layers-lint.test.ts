/**
 * The import direction between layers is held by ESLint (eslint.config.mjs). These plant a
 * wrong-way import in each layer and expect the lint run to refuse it, so the rule cannot be
 * switched off or mistyped without a test failing.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function restrictedPathErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "import/no-restricted-paths");
}

describe("the layer rule", () => {
  it.each([
    ["domain → infrastructure", "lib/domain/diagnostic/planted.ts", "@/lib/errors"],
    ["domain → data", "lib/domain/pipeline/planted.ts", "@/lib/data/pipeline/get-deal"],
    ["data → service", "lib/data/audit/planted.ts", "@/lib/services/members/actor"],
    ["infrastructure → service", "lib/jobs/planted.ts", "@/lib/services/members/actor"],
    ["entry point → data", "app/(app)/o/planted.ts", "@/lib/data/audit/list-audit-events"],
    ["service → entry point", "lib/services/pipeline/planted.ts", "@/app/(app)/o/actions"],
  ])("refuses %s", async (_name, filePath, imported) => {
    const errors = await restrictedPathErrors(filePath, `export * from "${imported}";\n`);
    expect(errors).toHaveLength(1);
  });

  it.each([
    ["entry point → service", "app/(app)/o/planted.ts", "@/lib/services/members/actor"],
    ["service → data", "lib/services/pipeline/planted.ts", "@/lib/data/pipeline/get-deal"],
    ["service → domain", "lib/services/pipeline/planted.ts", "@/lib/domain/pipeline"],
    ["data → domain", "lib/data/pipeline/planted.ts", "@/lib/domain/pipeline"],
    ["domain → domain", "lib/domain/snapshot/planted.ts", "@/lib/domain/diagnostic"],
  ])("allows %s", async (_name, filePath, imported) => {
    expect(await restrictedPathErrors(filePath, `export * from "${imported}";\n`)).toEqual([]);
  });
});
