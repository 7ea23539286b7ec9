"use client";

import "./globals.css";

/**
 * Replaces the root layout when the layout itself fails, so it brings its own html and body.
 * Deliberately plain (no shared components): it is loaded with every page, and only ever shown
 * when nothing else can be.
 */
export default function GlobalError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <main className="mx-auto max-w-xl px-4 py-20 text-center sm:px-6">
          <p className="text-brand-700 text-sm font-semibold">Revenue Chain</p>
          <h1 className="text-ink mt-2 text-3xl font-bold tracking-tight">
            This page could not be shown
          </h1>
          <p className="text-muted mt-4 text-pretty">
            Try again in a moment. If it keeps happening, tell us the reference below.
          </p>
          {error.digest ? (
            <p className="text-muted mt-3 text-sm">
              Reference <code className="text-ink font-mono">{error.digest}</code>
            </p>
          ) : null}
          <button
            type="button"
            onClick={() => retry()}
            className="bg-brand-600 hover:bg-brand-700 mt-8 rounded-lg px-4 py-2 text-sm font-semibold text-white"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
