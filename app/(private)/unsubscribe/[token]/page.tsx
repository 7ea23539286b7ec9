import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { previewUnsubscribe } from "@/lib/services/mail/unsubscribe";
import { ConfirmUnsubscribeForm } from "./_components/confirm-unsubscribe-form";

export const metadata: Metadata = {
  title: "Unsubscribe",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/**
 * The link in a reminder or alert: it only asks. Mail scanners follow links, so nothing changes
 * until a person presses the button (mail clients unsubscribe in one click at /api/unsubscribe).
 * A link we did not seal is the not-found page, with a sentence.
 */
export default async function UnsubscribePage({ params }: PageProps<"/unsubscribe/[token]">) {
  const { token } = await params;
  let stops: string;
  try {
    ({ stops } = await previewUnsubscribe(token, {
      clientAddress: clientAddress(await headers()),
    }));
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") notFound();
    throw error;
  }
  return (
    <div className="mx-auto max-w-xl px-4 py-10 sm:px-6 sm:py-16">
      <p className="text-muted text-sm">Email settings</p>
      <h1 className="text-ink mt-2 text-2xl font-bold tracking-tight text-balance">Unsubscribe?</h1>
      <p className="text-ink mt-4 text-pretty">
        You will get no more {stops}. Nothing else changes: other emails still reach you.
      </p>
      <ConfirmUnsubscribeForm token={token} />
    </div>
  );
}
