import type { ReportBrand } from "@/lib/domain/organization/report-brand";

/** The brand's logo, or its name where it has none, above the assessment's title. */
export function ReportBrandMark({ brand }: { brand: ReportBrand }) {
  if (!brand.logoSrc)
    return <p className="text-ink text-base font-semibold tracking-tight">{brand.name}</p>;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- an organization's own file, any proportions
    <img
      src={brand.logoSrc}
      alt={brand.name}
      className="max-h-12 w-auto max-w-[220px] object-contain"
    />
  );
}

/** Who prepared the assessment and how to reach them. */
export function PreparedByBlock({ brand }: { brand: ReportBrand }) {
  const person = [brand.preparedBy?.name, brand.preparedBy?.title].filter(Boolean).join(", ");
  const email = brand.preparedBy?.email;
  const phone = brand.preparedBy?.phone;
  return (
    <div className="mt-5 text-sm" data-testid="prepared-by">
      <p className="text-muted text-xs font-semibold tracking-wide uppercase">Prepared by</p>
      {person ? <p className="text-ink mt-1 font-semibold">{person}</p> : null}
      <p className={person ? "text-muted" : "text-ink mt-1 font-semibold"}>{brand.name}</p>
      {email || phone ? (
        <p className="text-muted">
          {email ? (
            <a href={`mailto:${email}`} className="hover:underline">
              {email}
            </a>
          ) : null}
          {email && phone ? " · " : null}
          {phone ? (
            <a href={`tel:${phone.replace(/[^+0-9]/g, "")}`} className="hover:underline">
              {phone}
            </a>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
