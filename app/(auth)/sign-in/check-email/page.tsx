import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth/auth";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <Card>
      <h1 className="text-ink text-2xl font-bold tracking-tight">Check your email</h1>
      <p className="text-muted mt-3">
        We sent you a sign-in link. It works once and expires in {SIGN_IN_LINK_MINUTES} minutes. You
        can close this tab.
      </p>
      {process.env.NODE_ENV !== "production" ? (
        <p className="mt-4 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          No mail relay is configured in development: open the{" "}
          <Link href="/dev/mailbox" className="font-semibold underline">
            development mailbox
          </Link>
          .
        </p>
      ) : null}
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="text-brand-700 font-medium hover:underline">
          Use a different address
        </Link>
      </p>
    </Card>
  );
}
