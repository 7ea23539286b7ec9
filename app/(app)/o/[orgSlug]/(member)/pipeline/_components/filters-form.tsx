import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";

type Choices = { owners: string[]; sources: string[]; segments: string[] };
export type FilterValues = {
  from?: string;
  to?: string;
  owner?: string;
  source?: string;
  segment?: string;
};

/** A plain GET form: filters live in the address, so a filtered view can be shared. */
export function FiltersForm({
  action,
  choices,
  values,
}: {
  action: string;
  choices: Choices;
  values: FilterValues;
}) {
  const select = (name: keyof FilterValues, label: string, options: string[]) => (
    <label className="text-ink text-sm font-medium">
      {label}
      <select name={name} defaultValue={values[name] ?? ""} className={inputClasses}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  const active = Object.values(values).some(Boolean);
  return (
    <form
      action={action}
      className="grid grid-cols-2 gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-6 md:items-end"
      aria-label="Filter the stage and deal figures"
    >
      <label className="text-ink text-sm font-medium">
        Created from
        <input type="date" name="from" defaultValue={values.from} className={inputClasses} />
      </label>
      <label className="text-ink text-sm font-medium">
        Created before
        <input type="date" name="to" defaultValue={values.to} className={inputClasses} />
      </label>
      {select("owner", "Owner", choices.owners)}
      {select("source", "Source", choices.sources)}
      {select("segment", "Segment", choices.segments)}
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("primary", "md", "flex-1")}>
          Apply
        </button>
        {active ? (
          <a href={action} className={buttonClasses("ghost", "md")}>
            Clear
          </a>
        ) : null}
      </div>
    </form>
  );
}
