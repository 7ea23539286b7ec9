export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white print:hidden">
      <div className="text-muted mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>© {new Date().getFullYear()} Revenue Chain</p>
        <p>Positioning → marketing → sales → retention, measured as one chain.</p>
      </div>
    </footer>
  );
}
