import Link from "next/link";
import { ChainMark } from "@/lib/brand/chain-mark";

/** Two interlocking links: the chain the product inspects. */
export function Logo() {
  return (
    <Link
      href="/"
      className="text-ink inline-flex shrink-0 items-center gap-2 rounded-md font-semibold tracking-tight whitespace-nowrap"
    >
      <ChainMark className="size-7" />
      <span>Revenue Chain</span>
    </Link>
  );
}
