/**
 * What a page shows when what it was asked for is not there (or not this person's to see: the
 * two read the same, so nothing tells another organization's objects apart from missing ones).
 */
export function NotFoundState({
  eyebrow,
  title,
  children,
  actions,
}: {
  eyebrow: string;
  title: string;
  children: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center sm:px-6">
      <p className="text-brand-700 text-sm font-semibold">{eyebrow}</p>
      <h1 className="text-ink mt-2 text-3xl font-bold tracking-tight text-balance">{title}</h1>
      <div className="text-muted mt-4 space-y-3 text-pretty">{children}</div>
      {actions ? <div className="mt-8 flex flex-wrap justify-center gap-3">{actions}</div> : null}
    </div>
  );
}
