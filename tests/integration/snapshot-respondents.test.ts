/**
 * A leader answering a Snapshot through their private link: partial saves, submission, the states
 * that refuse answers, and the link as the only key to the respondent's own row.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import {
  saveSnapshotAnswersAction,
  submitSnapshotAnswersAction,
} from "@/app/(private)/s/[token]/actions";
import { answeringSections } from "@/app/(private)/s/[token]/answering-sections";
import { newLinkToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { FRACTURES } from "@/lib/domain/diagnostic";
import { snapshot } from "@/lib/domain/snapshot";
import {
  loadAnsweringPage,
  saveAnswers,
  submitAnswers,
  ZSaveAnswersRequest,
} from "@/lib/services/snapshot/respondent-answers";
import { createOrg } from "../support/fixtures";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");
const appUrl = inject("databaseUrl");

const questions = snapshot.questions;
const [q1, q2, q3] = questions as [
  (typeof questions)[number],
  (typeof questions)[number],
  (typeof questions)[number],
];

/** Every question answered with its healthiest option. */
const allAnswers = Object.fromEntries(questions.map((q) => [q.id, q.options[0]!.id]));

const organizations: string[] = [];

afterAll(async () => {
  await query(ownerUrl, `delete from "Organization" where id = any($1::uuid[])`, [organizations]);
});

/** An organization with one Snapshot and one respondent invited to it; the link's token. */
async function seedRespondent(
  options: { unlocked?: boolean; closed?: boolean; role?: string; label?: string } = {},
) {
  const org = await createOrg(options.label ?? "snapshot-respondent");
  organizations.push(org.id);
  const snapshotId = randomUUID();
  await query(
    ownerUrl,
    `insert into "Snapshot" ("organizationId", id, "purchasedByOrganizationId", "bankVersion", unlocked,
       "answeringClosedAt", "updatedAt")
     values ($1, $2, $1, $3, $4, $5, now())`,
    [
      org.id,
      snapshotId,
      snapshot.version,
      options.unlocked ?? true,
      options.closed ? new Date() : null,
    ],
  );
  const { token, tokenHash } = newLinkToken();
  const respondentId = randomUUID();
  await query(
    ownerUrl,
    `insert into "SnapshotRespondent" ("organizationId", id, "snapshotId", email, name, role, "tokenHash", "updatedAt")
     values ($1, $2, $3, $4, 'Dana', $5::"RespondentRole", $6, now())`,
    [
      org.id,
      respondentId,
      snapshotId,
      `lead-${respondentId}@example.com`,
      options.role ?? "SALES",
      tokenHash,
    ],
  );
  return { org, snapshotId, respondentId, token, tokenHash };
}

/** The respondent's row as stored, read as the tables' owner. */
async function stored(respondentId: string) {
  const [row] = await query<{
    answers: Record<string, string>;
    evidence: Record<string, string>;
    answeredCount: number;
    submittedAt: Date | null;
  }>(
    ownerUrl,
    `select answers, evidence, "answeredCount", "submittedAt" from "SnapshotRespondent" where id = $1`,
    [respondentId],
  );
  return row!;
}

const save = (input: { token: string; answers?: object; evidence?: object }) =>
  saveAnswers(ZSaveAnswersRequest.parse(input));

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("answering a Snapshot through a private link", () => {
  it("loads the respondent, their company and the bank they answer, with nothing saved yet", async () => {
    const { token, org } = await seedRespondent({ role: "MARKETING" });
    const { respondent, bank } = await loadAnsweringPage(token);
    expect(bank.version).toBe(snapshot.version);
    expect(respondent).toMatchObject({
      name: "Dana",
      role: "MARKETING",
      answers: {},
      evidence: {},
      answeredCount: 0,
      submittedAt: null,
      open: true,
    });
    expect(respondent.company.name).toContain(org.id.slice(0, 4));
  });

  it("hands the page five sections in bank order, without the scoring behind the options", async () => {
    const { token } = await seedRespondent();
    const { bank } = await loadAnsweringPage(token);
    const sections = answeringSections(bank);
    expect(sections.map((s) => s.key)).toEqual([...FRACTURES]);
    expect(sections.flatMap((s) => s.questions.map((q) => q.id))).toEqual(
      questions.map((q) => q.id),
    );
    const sent = JSON.stringify(sections);
    expect(sent).not.toMatch(/"leak"|"weights"|"topics"/);
    expect(sections[0]!.questions[0]!.evidencePrompt).toBe(q1.evidencePrompt);
  });

  it("merges partial saves, counts answered questions, and drops emptied notes", async () => {
    const { token, respondentId } = await seedRespondent();
    expect(await save({ token, answers: { [q1.id]: "a" } })).toEqual({ answeredCount: 1 });
    expect(
      await save({
        token,
        answers: { [q2.id]: "c" },
        evidence: { [q1.id]: "  The positioning page, revised in March.  " },
      }),
    ).toEqual({ answeredCount: 2 });
    // Changing an answer does not count it twice.
    expect(await save({ token, answers: { [q1.id]: "b" } })).toEqual({ answeredCount: 2 });
    await save({ token, evidence: { [q2.id]: "Two industry pages." } });

    expect(await stored(respondentId)).toMatchObject({
      answers: { [q1.id]: "b", [q2.id]: "c" },
      evidence: {
        [q1.id]: "The positioning page, revised in March.",
        [q2.id]: "Two industry pages.",
      },
      answeredCount: 2,
    });

    await save({ token, evidence: { [q1.id]: "   " } });
    const { respondent } = await loadAnsweringPage(token);
    expect(respondent.evidence).toEqual({ [q2.id]: "Two industry pages." });
    expect(respondent.answers).toEqual({ [q1.id]: "b", [q2.id]: "c" });
    expect(respondent.answeredCount).toBe(2);
  });

  it("refuses an option or a question the bank does not have, and stores nothing of it", async () => {
    const { token, respondentId } = await seedRespondent();
    await save({ token, answers: { [q1.id]: "a" } });

    const wrongOption = await rejection(save({ token, answers: { [q2.id]: "z", [q3.id]: "a" } }));
    expect(wrongOption.code).toBe("INVALID_INPUT");
    const unknownAnswer = await rejection(save({ token, answers: { "no-such-question": "a" } }));
    expect(unknownAnswer.code).toBe("INVALID_INPUT");
    const unknownNote = await rejection(
      save({ token, answers: { [q3.id]: "a" }, evidence: { "no-such-question": "A note." } }),
    );
    expect(unknownNote.code).toBe("INVALID_INPUT");

    expect(await stored(respondentId)).toMatchObject({
      answers: { [q1.id]: "a" },
      evidence: {},
      answeredCount: 1,
    });
  });

  it("refuses malformed input at the action, saying so, without storing anything", async () => {
    const { token, respondentId } = await seedRespondent();
    const tooLong = await saveSnapshotAnswersAction({
      token,
      answers: { [q1.id]: "a" },
      evidence: { [q1.id]: "x".repeat(5000) },
    });
    expect(tooLong.ok).toBe(false);
    expect((await saveSnapshotAnswersAction("not an object")).ok).toBe(false);
    expect((await submitSnapshotAnswersAction({})).ok).toBe(false);
    expect(await stored(respondentId)).toMatchObject({ answers: {}, answeredCount: 0 });

    const saved = await saveSnapshotAnswersAction({ token, answers: { [q1.id]: "d" } });
    expect(saved).toEqual({ ok: true, data: { answeredCount: 1 } });
  });

  it("refuses to submit while questions remain, then submits once complete, idempotently", async () => {
    const { token, respondentId } = await seedRespondent();
    const { [q1.id]: _left, ...allButOne } = allAnswers;
    await save({ token, answers: allButOne });

    const early = await rejection(submitAnswers(token));
    expect(early.code).toBe("INVALID_INPUT");
    expect(early.message).toMatch(/1 question is still unanswered/);
    expect((await stored(respondentId)).submittedAt).toBeNull();

    expect(await save({ token, answers: { [q1.id]: "a" } })).toEqual({
      answeredCount: questions.length,
    });
    const first = await submitAnswers(token);
    expect(first.submittedAt).toBeInstanceOf(Date);
    const again = await submitSnapshotAnswersAction({ token });
    expect(again).toEqual({ ok: true, data: { submittedAt: first.submittedAt } });
    expect((await stored(respondentId)).submittedAt).toEqual(first.submittedAt);

    const { respondent } = await loadAnsweringPage(token);
    expect(respondent.submittedAt).toEqual(first.submittedAt);
  });

  it("refuses answers and notes once the response is sent, keeping what was sent", async () => {
    const { token, respondentId } = await seedRespondent();
    await save({ token, answers: allAnswers });
    await submitAnswers(token);

    const late = await rejection(save({ token, answers: { [q1.id]: "d" } }));
    expect(late.code).toBe("CONFLICT");
    const lateNote = await rejection(save({ token, evidence: { [q1.id]: "An afterthought." } }));
    expect(lateNote.code).toBe("CONFLICT");
    expect(await stored(respondentId)).toMatchObject({ answers: allAnswers, evidence: {} });
  });

  it("refuses answers while the Snapshot is locked, and after answering is closed", async () => {
    for (const state of [{ unlocked: false }, { closed: true }]) {
      const { token, respondentId } = await seedRespondent(state);
      expect((await loadAnsweringPage(token)).respondent.open).toBe(false);
      const refused = await rejection(save({ token, answers: { [q1.id]: "a" } }));
      expect(refused.code).toBe("CONFLICT");
      // The page is told the refusal is final, so it stops retrying on its own.
      expect(await saveSnapshotAnswersAction({ token, answers: { [q1.id]: "a" } })).toMatchObject({
        ok: false,
        code: "CONFLICT",
      });
      const notSent = await rejection(submitAnswers(token));
      expect(notSent.code).toBe("CONFLICT");
      expect(await stored(respondentId)).toMatchObject({
        answers: {},
        answeredCount: 0,
        submittedAt: null,
      });
    }
  });

  it("answers NOT_FOUND for an unknown, malformed or replaced link", async () => {
    const unknown = await rejection(loadAnsweringPage(newLinkToken().token));
    expect(unknown.code).toBe("NOT_FOUND");
    const malformed = await rejection(loadAnsweringPage("too-short"));
    expect(malformed.code).toBe("NOT_FOUND");
    expect((await rejection(save({ token: newLinkToken().token, answers: {} }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await rejection(submitAnswers(newLinkToken().token))).code).toBe("NOT_FOUND");

    // A reminder replaces the link: the old one stops working, the saved answers stay.
    const { token, respondentId } = await seedRespondent();
    await save({ token, answers: { [q1.id]: "a" } });
    const renewed = newLinkToken();
    await query(ownerUrl, `update "SnapshotRespondent" set "tokenHash" = $1 where id = $2`, [
      renewed.tokenHash,
      respondentId,
    ]);
    expect((await rejection(loadAnsweringPage(token))).code).toBe("NOT_FOUND");
    expect((await loadAnsweringPage(renewed.token)).respondent.answers).toEqual({
      [q1.id]: "a",
    });
  });
});

describe("a respondent's link and another company's data", () => {
  /** Rows of SnapshotRespondent the app's role sees when it holds only this link's hash. */
  async function visibleWithLink(tokenHash: string) {
    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    try {
      await client.query("begin");
      await client.query(`select set_config('app.access_token', $1, true)`, [tokenHash]);
      const { rows } = await client.query<{ id: string }>(`select id from "SnapshotRespondent"`);
      await client.query("commit");
      return rows.map((r) => r.id);
    } finally {
      await client.end();
    }
  }

  it("shows B's respondent only B's row and company, and leaves A's answers untouched", async () => {
    const a = await seedRespondent({ label: "snapshot-a", role: "CEO" });
    const b = await seedRespondent({ label: "snapshot-b" });
    await save({
      token: a.token,
      answers: { [q1.id]: "d" },
      evidence: { [q1.id]: "Only A knows this." },
    });
    const before = await stored(a.respondentId);

    expect(await visibleWithLink(b.tokenHash)).toEqual([b.respondentId]);

    const { respondent } = await loadAnsweringPage(b.token);
    const [companyB] = await query<{ name: string }>(
      ownerUrl,
      `select name from "Organization" where id = $1`,
      [b.org.id],
    );
    expect(respondent.company.name).toBe(companyB!.name);
    expect(respondent).toMatchObject({ role: "SALES", answers: {}, evidence: {} });
    expect(JSON.stringify(respondent)).not.toContain("Only A knows this.");

    // B's link writes B's row, whatever question ids it names.
    await save({ token: b.token, answers: { [q1.id]: "a" }, evidence: { [q1.id]: "B's note." } });
    expect(await stored(a.respondentId)).toEqual(before);
    expect(await stored(b.respondentId)).toMatchObject({
      answers: { [q1.id]: "a" },
      evidence: { [q1.id]: "B's note." },
    });
  });
});
