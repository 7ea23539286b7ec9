import Link from "next/link";
import { ChainMark } from "@/lib/brand/chain-mark";

/**
 * Two interlocking links: the chain the product inspects. `markOnlyOnPhones` leaves the word
 * to screen readers below 640 px, where the organization's name needs the room.
 */
export function Logo({ markOnlyOnPhones = false }: { markOnlyOnPhones?: boolean }) {
  return (
    <Link
      href="/"
      className="text-ink inline-flex shrink-0 items-center gap-2 rounded-md font-semibold tracking-tight whitespace-nowrap"
    >
      <ChainMark className="size-7" />
      <span className={markOnlyOnPhones ? "max-sm:sr-only" : undefined}>Revenue Chain</span>
    </Link>
  );
}
