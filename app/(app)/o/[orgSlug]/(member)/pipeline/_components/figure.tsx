import { Definition } from "@/components/ui/definition";

/** One headline figure with its definition on hover and focus. */
export function Figure({
  label,
  definition,
  value,
  testId,
}: {
  label: string;
  definition: string;
  value: string;
  testId?: string;
}) {
  return (
    <div>
      <dt className="text-muted text-sm">
        <Definition term={label} definition={definition}>
          {label}
        </Definition>
      </dt>
      <dd className="text-ink mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
