import { listOutboxMessages } from "@/lib/data/mail-message/list-outbox-messages";

/** The messages kept when no SMTP relay is configured, newest first, for the dev mailbox. */
export async function listOutbox() {
  const messages = await listOutboxMessages();
  // The outbox keeps every body; only relayed mail is stored without one.
  return messages.map((m) => ({ ...m, text: m.text ?? "", html: m.html ?? "" }));
}
