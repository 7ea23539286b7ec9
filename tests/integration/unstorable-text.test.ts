/**
 * Text Postgres cannot hold (a NUL byte) is the sender's mistake: a deal id holding one is not
 * found, and a write that lets one through is refused as invalid input, never a server error.
 */
import { describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadDeal } from "@/lib/services/pipeline/load-deal";
import { orgContext } from "../support/import-flow";

describe("text Postgres cannot store", () => {
  it("makes a deal id with a NUL byte not found", async () => {
    const ctx = await orgContext("nul-deal");
    await expect(loadDeal(ctx, "0061\u0000x")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadDeal(ctx, "")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("turns a NUL byte reaching a write into invalid input with a sentence", async () => {
    const ctx = await orgContext("nul-write");
    const write = withTenant(ctx.organization.id, (tx) =>
      tx.organization.update({ where: { id: ctx.organization.id }, data: { name: "Acme\u0000" } }),
    );
    const error = await write.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    expect((error as Error).message).toMatch(/cannot be stored/);
  });
});
