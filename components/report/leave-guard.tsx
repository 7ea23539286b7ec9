"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { hasUnsavedEdits, saveAllEdits } from "./unsaved-edits";

/**
 * Leaving the page never drops text that is not stored yet. A link inside the app waits for
 * the save and then goes on; when the save fails, the page stays and says why. Closing the tab
 * or reloading asks the browser's own question first.
 */
export function LeaveGuard() {
  const router = useRouter();
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedEdits()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank") return;
      if (anchor.hasAttribute("download")) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || !hasUnsavedEdits()) return;
      // Held here, before the link's own handler sees the click.
      event.preventDefault();
      event.stopPropagation();
      setBlocked(false);
      void saveAllEdits().then((ok) => {
        if (ok) router.push(`${url.pathname}${url.search}${url.hash}`);
        else setBlocked(true);
      });
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
    };
  }, [router]);

  return blocked ? (
    <p
      role="alert"
      className="fixed inset-x-4 bottom-4 z-50 mx-auto max-w-xl rounded-lg border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-800 shadow-lg"
    >
      You are still here because an edit could not be saved. Fix what the section says, or copy the
      text, before leaving.
    </p>
  ) : null;
}
