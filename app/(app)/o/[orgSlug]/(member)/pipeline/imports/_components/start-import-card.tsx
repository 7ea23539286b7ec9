import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ErrorText } from "@/components/ui/error-text";
import { Field } from "@/components/ui/field";

/** The export's date, the start button, and what still stops it, in words. */
export function StartImportCard({
  exportDate,
  onExportDate,
  missing,
  pending,
  error,
}: {
  exportDate: string;
  onExportDate: (date: string) => void;
  missing: string[];
  pending: boolean;
  error: string | null;
}) {
  return (
    <Card className="min-w-0">
      <CardTitle>Start the import</CardTitle>
      <Field
        className="mt-4 sm:max-w-xs"
        label="Export date (optional)"
        type="date"
        value={exportDate}
        onChange={(event) => onExportDate(event.target.value)}
        hint="The day the export was taken; figures are as of this date. Leave empty to use the latest date in the file."
        data-testid="export-date"
      />
      <div className="mt-6 border-t border-slate-200 pt-5">
        <Button
          type="submit"
          size="lg"
          className="w-full sm:w-auto"
          disabled={pending || missing.length > 0}
          data-testid="start-import"
        >
          {pending ? "Starting…" : "Start import"}
        </Button>
        {missing.length > 0 ? (
          <p className="text-muted mt-3 text-sm" data-testid="mapping-missing" aria-live="polite">
            {missing.join(" ")}
          </p>
        ) : (
          <p className="text-muted mt-3 text-sm">
            Nothing is saved until every row is checked; importing the same file again changes
            nothing.
          </p>
        )}
        <ErrorText error={error} />
      </div>
    </Card>
  );
}
