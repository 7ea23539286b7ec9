import { expect } from "@playwright/test";
import pg from "pg";

const DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_DB_PORT ?? 55439}/app`;

/**
 * The newest message sent to `to`, read from the app's outbox (no SMTP relay in tests). Only the
 * outbox keeps bodies: a message relayed over SMTP is stored without one.
 */
export async function latestMailTo(to: string): Promise<{ subject: string; text: string }> {
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(async () => {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      try {
        const { rows } = await client.query<{ subject: string; text: string }>(
          `select subject, text from "MailMessage" where "to" = $1 and transport = 'OUTBOX'
           order by "createdAt" desc limit 1`,
          [to],
        );
        found = rows[0];
      } finally {
        await client.end();
      }
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}

/** How many messages, of any transport, the mail log holds for any of `addresses`. */
export async function mailCountTo(addresses: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from "MailMessage" where "to" = any($1)`,
      [addresses],
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

/** The first link in a message's text. */
export function firstLink(text: string): string {
  const match = text.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`No link in message:\n${text}`);
  return match[0];
}
