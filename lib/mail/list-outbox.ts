import { listOutboxMessages } from "@/lib/data/mail-message/list-outbox-messages";

/** The messages kept when no SMTP relay is configured, newest first, for the dev mailbox. */
export function listOutbox() {
  return listOutboxMessages();
}
