"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Reload the page's data every few seconds while a job computes what it waits for. */
export function RefreshWhileComputing({ seconds = 3 }: { seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
