"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";

export type OrgNavItem = { href: string; label: string };

/**
 * The organization's sections; the current one is marked for sight and for screen readers.
 * Eleven tabs need about 1,000 px, so below the `xl` breakpoint (1,280 px) they fold into a
 * menu that names the current page: tabs never scroll sideways, from 320 px up.
 */
export function OrgNav({ items }: { items: OrgNavItem[] }) {
  const pathname = usePathname();
  const current = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label="Organization" className="mx-auto max-w-6xl px-2 sm:px-4 print:hidden">
      <div className="hidden gap-1 xl:flex">
        {items.map((item) => (
          <Link
            key={item.href}
            href={item.href}
            aria-current={item === current ? "page" : undefined}
            className={cn(
              "border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
              item === current
                ? "border-brand-600 text-ink"
                : "text-muted hover:text-ink border-transparent",
            )}
          >
            {item.label}
          </Link>
        ))}
      </div>
      <OrgNavMenu key={pathname} items={items} current={current} />
    </nav>
  );
}

/**
 * Built on details/summary so the menu opens before (or without) JavaScript; once hydrated it
 * also closes on Escape (focus back on its button) and on a click outside. Keyed by the path
 * in OrgNav, so a navigation mounts it anew, closed.
 */
function OrgNavMenu({ items, current }: { items: OrgNavItem[]; current?: OrgNavItem }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!details.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  return (
    <details
      ref={details}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        event.preventDefault();
        setOpen(false);
        summary.current?.focus();
      }}
      className="relative py-1.5 xl:hidden"
    >
      {/* role="button": not every browser or test tool names a summary's role. */}
      <summary
        ref={summary}
        role="button"
        aria-expanded={open}
        aria-controls={listId}
        className="text-ink flex w-fit cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium hover:bg-slate-100 [&::-webkit-details-marker]:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 text-slate-500">
          <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        <span>
          <span className="sr-only">Menu: </span>
          {current?.label ?? "Menu"}
        </span>
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className={cn("size-3.5 text-slate-500 transition-transform", open && "rotate-180")}
        >
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </summary>
      <ul
        id={listId}
        className="absolute top-full left-0 z-20 mt-1 w-56 max-w-[calc(100vw-1rem)] rounded-xl border border-slate-200 bg-white py-1 shadow-lg"
      >
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item === current ? "page" : undefined}
              onClick={() => setOpen(false)}
              className={cn(
                "block border-l-2 px-4 py-2 text-sm font-medium",
                item === current
                  ? "border-brand-600 text-ink bg-slate-50"
                  : "text-muted hover:text-ink border-transparent hover:bg-slate-50",
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
