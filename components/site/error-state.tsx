"use client";

import { Button, ButtonLink } from "@/components/ui/button";
import { SiteHeader } from "./site-header";

/** Must equal UNAVAILABLE_DIGEST in lib/errors.ts (client code cannot import server modules). */
const UNAVAILABLE_DIGEST = "SERVICE_UNAVAILABLE";

/**
 * What a person sees when a page fails: for an outage, that it is brief and nothing is lost;
 * for anything else, that it is our fault, with the reference our logs carry.
 */
export function ErrorState({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  const unavailable = error.digest === UNAVAILABLE_DIGEST;
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 py-20 text-center sm:px-6">
        <p className="text-brand-700 text-sm font-semibold">
          {unavailable ? "Briefly unavailable" : "Something went wrong"}
        </p>
        <h1 className="text-ink mt-2 text-3xl font-bold tracking-tight text-balance">
          {unavailable ? "Revenue Chain is briefly unavailable" : "This page could not be shown"}
        </h1>
        <p className="text-muted mt-4 text-pretty">
          {unavailable
            ? "We cannot reach our database for a moment. You are still signed in and nothing you saved is lost. Try again in a minute."
            : "The fault is ours, not yours. Try again; if it keeps happening, tell us the reference below and we will find what happened."}
        </p>
        {!unavailable && error.digest ? (
          <p className="text-muted mt-3 text-sm">
            Reference <code className="text-ink font-mono">{error.digest}</code>
          </p>
        ) : null}
        <div className="mt-8 flex flex-wrap justify-center gap-3">
          <Button onClick={() => retry()}>Try again</Button>
          <ButtonLink href="/" variant="secondary">
            Go to the home page
          </ButtonLink>
        </div>
      </main>
    </div>
  );
}
