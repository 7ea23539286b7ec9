/** The first rows of a file as read, scrolling inside its card on a narrow screen. */
export function PreviewTable({
  header,
  rows,
}: {
  header: string[] | null;
  rows: { line: number; cells: string[] }[];
}) {
  if (rows.length === 0) return null;
  const width = Math.max(header?.length ?? 0, ...rows.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => i);
  return (
    <div className="-mx-5 mt-4 overflow-x-auto px-5 sm:-mx-7 sm:px-7">
      <table className="min-w-full text-left text-sm" data-testid="preview-table">
        <caption className="text-muted mb-2 text-left text-xs">
          The first {rows.length} rows, as read
        </caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className="text-muted py-2 pr-4 font-medium">
              Line
            </th>
            {columns.map((i) => (
              <th
                key={i}
                scope="col"
                className="text-ink py-2 pr-4 font-semibold whitespace-nowrap"
              >
                {header?.[i] ?? ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className="border-b border-slate-100 last:border-0">
              <td className="text-muted py-2 pr-4 tabular-nums">{row.line}</td>
              {columns.map((i) => (
                <td key={i} className="text-ink max-w-56 truncate py-2 pr-4 whitespace-nowrap">
                  {row.cells[i] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
