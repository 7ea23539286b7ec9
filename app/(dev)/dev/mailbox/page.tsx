import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/site/site-header";
import { Card } from "@/components/ui/card";
import { listOutbox } from "@/lib/mail/list-outbox";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

const timeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "medium" });

/**
 * Mail kept in the local outbox when no SMTP relay is configured. Development only: production
 * builds answer 404 here.
 */
export default async function DevMailboxPage() {
  if (process.env.NODE_ENV === "production") notFound();
  const messages = await listOutbox();
  return (
    <div className="min-h-dvh">
      <SiteHeader />
      <main className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
        <h1 className="text-2xl font-bold tracking-tight">Development mailbox</h1>
        <p className="text-muted mt-2">
          No SMTP relay is configured, so outgoing mail lands here. Newest first.
        </p>
        {messages.length === 0 ? (
          <Card className="text-muted mt-6 text-center">No mail yet.</Card>
        ) : (
          <ul className="mt-6 space-y-4">
            {messages.map((m) => (
              <li key={m.id}>
                <Card>
                  <details>
                    <summary className="cursor-pointer">
                      <span className="text-ink font-semibold">{m.subject}</span>
                      <span className="text-muted mt-1 block text-sm">
                        to {m.to} · {timeFormat.format(m.createdAt)}
                      </span>
                    </summary>
                    <iframe
                      title={`Message: ${m.subject}`}
                      sandbox="allow-popups allow-popups-to-escape-sandbox"
                      srcDoc={m.html}
                      className="mt-4 h-96 w-full rounded-lg border border-slate-200 bg-white"
                    />
                    <pre className="mt-4 overflow-x-auto rounded-lg bg-slate-50 p-4 text-xs whitespace-pre-wrap">
                      {m.text}
                    </pre>
                  </details>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
