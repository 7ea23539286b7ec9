/**
 * What the holder of a result's private link can ask for from the result page: a copy by email
 * (within the copy limits, the address kept as the organization's lead) and the result's erasure.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { diagnostic } from "@/lib/domain/diagnostic";
import {
  deleteDiagnosticResult,
  ZDeleteDiagnosticResultRequest,
} from "@/lib/services/diagnostic/delete-diagnostic-result";
import {
  emailResultCopy,
  ZEmailResultCopyRequest,
} from "@/lib/services/diagnostic/email-result-copy";
import { getDiagnosticResult } from "@/lib/services/diagnostic/get-diagnostic-result";
import { listOrganizationAssessments } from "@/lib/services/diagnostic/list-organization-assessments";
import { submitDiagnostic } from "@/lib/services/diagnostic/submit-diagnostic";
import { createOrg } from "../support/fixtures";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");
const APP = "http://localhost:3000";

/** A documentation-range address no other test uses, so the per-client limit stays clear. */
function newClient() {
  const n = Math.floor(Math.random() * 2 ** 16);
  return `198.18.${n >> 8}.${n & 255}`;
}

const answers = Object.fromEntries(diagnostic.questions.map((q) => [q.id, q.options[2]!.id]));

let org: { id: string; slug: string };
beforeAll(async () => {
  org = await createOrg("result-link");
});

/** A stored result taken without an address, as most are. */
async function takeDiagnostic() {
  const submissionId = randomUUID();
  const stored = await submitDiagnostic({
    organizationSlug: org.slug,
    request: { submissionId, bankVersion: diagnostic.version, answers, context: {} },
    baseUrl: APP,
  });
  const [row] = await query<{ id: string }>(
    ownerUrl,
    `select id from "DiagnosticAssessment" where "submissionId" = $1`,
    [submissionId],
  );
  return { token: stored.accessToken, id: row!.id };
}

const emailCopy = (token: string, email: string, client = newClient()) =>
  emailResultCopy(ZEmailResultCopyRequest.parse({ token, email }), {
    clientAddress: client,
    baseUrl: APP,
  });

async function mailsTo(to: string) {
  return query<{ text: string }>(ownerUrl, `select text from "MailMessage" where "to" = $1`, [to]);
}

async function storedEmail(id: string) {
  const rows = await query<{ email: string | null }>(
    ownerUrl,
    `select email from "DiagnosticAssessment" where id = $1`,
    [id],
  );
  return rows[0]?.email;
}

async function leadEmails() {
  return (await listOrganizationAssessments(org.id, { withEmail: true })).map((r) => r.email);
}

describe("emailing a copy after the result", () => {
  it("sends the copy with the private link and makes the address the organization's lead", async () => {
    const { token, id } = await takeDiagnostic();
    const to = `after-${randomUUID()}@example.com`;
    const answer = await emailCopy(token, `  ${to} `);
    expect(answer).toMatchObject({ status: "sent", to });
    expect(answer.message).toContain(to);
    const mails = await mailsTo(to);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`${APP}/results/${token}`);
    expect(await storedEmail(id)).toBe(to);
    expect(await leadEmails()).toContain(to);
  });

  it("takes a corrected address once, then says no further copy goes out for that result, and until when", async () => {
    const { token, id } = await takeDiagnostic();
    const [typo, fixed, third] = ["typo", "fixed", "third"].map(
      (label) => `${label}-${randomUUID()}@example.com`,
    );
    expect((await emailCopy(token, typo!)).status).toBe("sent");
    expect((await emailCopy(token, fixed!)).status).toBe("sent");
    const refused = await emailCopy(token, third!);
    expect(refused.status).toBe("limited");
    expect(refused.message).toMatch(
      /already been emailed 2 times.*before [A-Z][a-z]+ \d{1,2}, \d{4}/,
    );
    expect(await mailsTo(third!)).toHaveLength(0);
    // The lead keeps the corrected address, not the one that was refused.
    expect(await storedEmail(id)).toBe(fixed);
  });

  it("sends one inbox at most three copies a day, and says when the next one can go", async () => {
    const to = `inbox-${randomUUID()}@example.com`;
    const statuses = [];
    let last;
    for (let i = 0; i < 4; i++) {
      const { token } = await takeDiagnostic();
      last = await emailCopy(token, to);
      statuses.push(last.status);
    }
    expect(statuses).toEqual(["sent", "sent", "sent", "limited"]);
    expect(last!.message).toMatch(/already received 3 result copies today.*another in/);
    expect(await mailsTo(to)).toHaveLength(3);
  });

  it("refuses an address that is not one, with a sentence, before anything is sent", () => {
    const parsed = ZEmailResultCopyRequest.safeParse({
      token: "a".repeat(43),
      email: "ceo at company",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ["email"],
      message: "Enter an email address such as name@company.com.",
    });
  });

  it("answers not found for a token that opens no result, and counts each client's requests", async () => {
    await expect(emailCopy("b".repeat(43), "x@example.com")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const client = newClient();
    const codes = [];
    for (let i = 0; i < 21; i++) {
      codes.push(
        await emailCopy("c".repeat(43), "x@example.com", client).catch(
          (error: { code: string }) => error.code,
        ),
      );
    }
    expect(codes.slice(0, 20).every((c) => c === "NOT_FOUND")).toBe(true);
    expect(codes[20]).toBe("RATE_LIMITED");
  });
});

describe("deleting a result from its private link", () => {
  const remove = (token: string) =>
    deleteDiagnosticResult(ZDeleteDiagnosticResultRequest.parse({ token, confirm: "delete" }), {
      clientAddress: newClient(),
    });

  it("erases the result and its lead; the link then opens nothing", async () => {
    const { token, id } = await takeDiagnostic();
    const to = `erase-${randomUUID()}@example.com`;
    await emailCopy(token, to);
    expect(await leadEmails()).toContain(to);

    await remove(token);

    const rows = await query(ownerUrl, `select 1 from "DiagnosticAssessment" where id = $1`, [id]);
    expect(rows).toHaveLength(0);
    expect(await leadEmails()).not.toContain(to);
    expect((await listOrganizationAssessments(org.id)).map((r) => r.id)).not.toContain(id);
    await expect(getDiagnosticResult(token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The organization's log says a result was deleted on request, and keeps none of it.
    const events = await query<{ details: unknown; actorEmail: string | null }>(
      ownerUrl,
      `select details, "actorEmail" from "AuditEvent"
        where "organizationId" = $1 and action = 'diagnostic.result_deleted' and "targetId" = $2`,
      [org.id, id],
    );
    expect(events).toEqual([{ details: null, actorEmail: null }]);
    // Asking again: it is gone, so not found.
    await expect(remove(token)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("deletes nothing for a token that is not the result's", async () => {
    const { id } = await takeDiagnostic();
    await expect(remove("d".repeat(43))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await query(ownerUrl, `select 1 from "DiagnosticAssessment" where id = $1`, [id]),
    ).toHaveLength(1);
  });

  it("needs the confirmation the form sends", () => {
    const parsed = ZDeleteDiagnosticResultRequest.safeParse({ token: "a".repeat(43) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Confirm that the result should be deleted.");
  });
});
