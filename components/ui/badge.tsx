import type { ComponentProps } from "react";
import { cn } from "./cn";

type Tone = "neutral" | "brand" | "good" | "watch" | "leak" | "broken";

const tones: Record<Tone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-200",
  brand: "bg-brand-50 text-brand-700 ring-brand-200",
  good: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  watch: "bg-amber-50 text-amber-800 ring-amber-200",
  leak: "bg-orange-50 text-orange-800 ring-orange-200",
  broken: "bg-rose-50 text-rose-800 ring-rose-200",
};

export function Badge({
  tone = "neutral",
  className,
  ...props
}: ComponentProps<"span"> & { tone?: Tone }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset",
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}

export type { Tone as BadgeTone };
