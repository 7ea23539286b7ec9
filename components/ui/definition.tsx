import { useId, type ReactNode } from "react";

/**
 * A term with its definition, shown on hover and on keyboard focus (and on tap, which focuses):
 * below the term on wide screens, as a sheet at the bottom of a phone's screen. The definition is
 * also the button's accessible description.
 */
export function Definition({
  term,
  definition,
  children,
}: {
  term: string;
  definition: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <span className="group relative inline-flex">
      <button
        type="button"
        aria-describedby={id}
        className="focus-visible:outline-brand-600 cursor-help rounded-sm text-inherit underline decoration-slate-400 decoration-dotted underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        {children}
      </button>
      <span
        id={id}
        role="tooltip"
        className="text-ink fixed inset-x-4 bottom-4 z-30 hidden rounded-lg border border-slate-200 bg-white p-3 text-left text-sm leading-relaxed font-normal tracking-normal normal-case shadow-lg group-focus-within:block group-hover:block sm:absolute sm:inset-x-auto sm:top-full sm:bottom-auto sm:left-0 sm:mt-2 sm:w-72 sm:text-xs"
      >
        <span className="font-semibold">{term}: </span>
        {definition}
      </span>
    </span>
  );
}
