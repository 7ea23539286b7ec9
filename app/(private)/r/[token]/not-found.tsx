export default function SharedReportNotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center sm:px-6">
      <p className="text-brand-700 text-sm font-semibold">Private link</p>
      <h1 className="text-ink mt-2 text-3xl font-bold tracking-tight">
        This assessment is not available
      </h1>
      <p className="text-muted mt-4">
        The link may be incomplete, it may have been replaced by a newer one, or it was withdrawn.
        Ask whoever sent it for the current link, or sign in to read it in your organization.
      </p>
    </div>
  );
}
