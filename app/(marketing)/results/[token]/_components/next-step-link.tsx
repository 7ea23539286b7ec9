"use client";

import type { ReactNode } from "react";

/**
 * The organization's booking or email link, counted on the lead when it is clicked. It is a
 * real link, so it works with JavaScript off or when counting fails. The count is sent with
 * fetch's keepalive rather than by routing the click through a redirect of ours: the link then
 * opens the organization's page straight away (a new tab for booking, the mail app for email),
 * the request outlives the page if the click navigates, and an outage of ours cannot break a
 * prospect's way to the organization. Nothing waits for the answer, and nothing is shown of it.
 */
export function NextStepLink({
  token,
  action,
  href,
  className,
  children,
}: {
  token: string;
  action: "booking" | "email";
  href: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      className={className}
      {...(action === "booking" ? { target: "_blank", rel: "noopener noreferrer" } : {})}
      onClick={() => {
        fetch(`/api/diagnostic/results/${token}/next-step`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ action }),
          keepalive: true,
          credentials: "omit",
        }).catch(() => {});
      }}
    >
      {children}
    </a>
  );
}
