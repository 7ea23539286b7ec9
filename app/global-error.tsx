"use client";

import "./globals.css";
import { ErrorState } from "@/components/site/error-state";

/** Replaces the root layout when the layout itself fails, so it brings its own html and body. */
export default function GlobalError(props: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <ErrorState {...props} />
      </body>
    </html>
  );
}
