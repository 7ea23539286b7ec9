import Link from "next/link";

/** Two interlocking links: the chain the product inspects. */
export function Logo() {
  return (
    <Link
      href="/"
      className="text-ink inline-flex shrink-0 items-center gap-2 rounded-md font-semibold tracking-tight whitespace-nowrap"
    >
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
        <rect
          x="3"
          y="9"
          width="16"
          height="14"
          rx="7"
          fill="none"
          stroke="#4f46e5"
          strokeWidth="3.5"
        />
        <rect
          x="13"
          y="9"
          width="16"
          height="14"
          rx="7"
          fill="none"
          stroke="#0f172a"
          strokeWidth="3.5"
        />
      </svg>
      <span>Revenue Chain</span>
    </Link>
  );
}
