import { useId, type ReactNode } from "react";
import { inputClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

/** A labelled select with its hint and error wired for assistive technology. */
export function SelectField({
  label,
  value,
  onChange,
  children,
  hint,
  error,
  required,
  testId,
  className,
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  hint?: string;
  error?: string;
  required?: boolean;
  testId?: string;
  className?: string;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={cn("min-w-0", className)}>
      <label htmlFor={id} className="text-ink block text-sm font-medium wrap-anywhere">
        {label}
        {required ? <span className="text-muted font-normal"> (required)</span> : null}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        data-testid={testId}
        className={cn(inputClasses, "truncate pr-8")}
      >
        {children}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="text-muted mt-1 text-xs">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-rose-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The options "— none —" and every named column of a file. */
export function ColumnOptions({ header, none = "— none —" }: { header: string[]; none?: string }) {
  return (
    <>
      <option value="">{none}</option>
      {header.map((h, i) =>
        h.trim() ? (
          <option key={`${i}-${h}`} value={h}>
            {h}
          </option>
        ) : null,
      )}
    </>
  );
}
