"use client";

import { ErrorState } from "@/components/site/error-state";

export default function ErrorPage(props: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return <ErrorState {...props} />;
}
