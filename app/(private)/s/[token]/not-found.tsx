export default function AnsweringLinkNotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center sm:px-6">
      <p className="text-brand-700 text-sm font-semibold">Private link</p>
      <h1 className="text-ink mt-2 text-3xl font-bold tracking-tight">
        This answering link is not valid
      </h1>
      <p className="text-muted mt-4">
        If you were sent a reminder, that email carries a new link and the earlier one no longer
        works; open the most recent email. Links are long, and some email programs cut them short,
        so copy the whole address if you pasted it.
      </p>
      <p className="text-muted mt-3">Whatever you saved before is kept either way.</p>
    </div>
  );
}
