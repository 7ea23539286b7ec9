import { parseBlocks, type Span } from "@/lib/reports/markdown-blocks";

function Spans({ spans }: { spans: Span[] }) {
  return spans.map((s, i) =>
    s.bold ? (
      <strong key={i} className="text-ink font-semibold">
        {s.text}
      </strong>
    ) : (
      <span key={i}>{s.text}</span>
    ),
  );
}

/** A section's text: paragraphs, bullet lists and small headings, built as elements, never HTML. */
export function SectionBody({ body }: { body: string }) {
  return parseBlocks(body).map((block, i) => {
    if (block.kind === "heading")
      return (
        <h3 key={i} className="text-ink mt-5 text-base font-semibold">
          {block.text}
        </h3>
      );
    if (block.kind === "bullets")
      return (
        <ul key={i} className="mt-3 list-disc space-y-1.5 pl-5">
          {block.items.map((item, j) => (
            <li key={j}>
              <Spans spans={item} />
            </li>
          ))}
        </ul>
      );
    return (
      <p key={i} className="mt-3">
        <Spans spans={block.spans} />
      </p>
    );
  });
}
