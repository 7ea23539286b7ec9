import { Card, CardTitle } from "@/components/ui/card";
import { inputClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { parseRate } from "./mapping-state";
import { SelectField } from "./select-field";

const COMMON = ["USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN"];
const COMMON_MORE = ["CZK", "JPY", "SGD", "HKD", "INR", "BRL", "MXN", "ZAR", "AED", "ILS"];

/**
 * What the amounts are written in: a rate to the organization's currency for each other currency
 * the files hold, and the currency of files with no currency column.
 */
export function CurrencyCard({
  base,
  withoutColumn,
  fileCurrency,
  rateCodes,
  rates,
  onFileCurrency,
  onRate,
}: {
  base: string;
  withoutColumn: boolean;
  fileCurrency: string;
  rateCodes: string[];
  rates: Record<string, string>;
  onFileCurrency: (code: string) => void;
  onRate: (code: string, text: string) => void;
}) {
  if (!withoutColumn && rateCodes.length === 0) return null;
  const choices = [...new Set([base, ...COMMON, ...COMMON_MORE, fileCurrency])];
  return (
    <Card className="min-w-0">
      <CardTitle>Currency</CardTitle>
      <p className="text-muted mt-1 text-sm">
        Every value figure is in {base}. Amounts in another currency count in them once you give its
        rate; without one, those deals still count, but not in value figures.
      </p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        {withoutColumn ? (
          <SelectField
            label="Amounts are in"
            hint="For files without a currency column."
            value={fileCurrency}
            onChange={onFileCurrency}
            testId="file-currency"
          >
            {choices.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </SelectField>
        ) : null}
        {rateCodes.map((code) => {
          const invalid = parseRate(rates[code]) === "invalid";
          return (
            <div key={code} className="min-w-0">
              <label htmlFor={`rate-${code}`} className="text-ink block text-sm font-medium">
                Rate for {code}
              </label>
              <div className="mt-1.5 flex items-center gap-2">
                <span className="text-ink shrink-0 text-sm">1 {code} =</span>
                <input
                  id={`rate-${code}`}
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder="…"
                  value={rates[code] ?? ""}
                  onChange={(event) => onRate(code, event.target.value)}
                  aria-invalid={invalid ? true : undefined}
                  data-testid={`rate-${code}`}
                  className={cn(inputClasses, "mt-0 min-w-0 flex-1")}
                />
                <span className="text-ink shrink-0 text-sm">{base}</span>
              </div>
              {invalid ? (
                <p className="mt-1 text-sm text-rose-700">
                  Write a number above zero, such as 1.08.
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </Card>
  );
}
