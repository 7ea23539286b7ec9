/** The mark's two colours: the brand's indigo and the ink it is set beside. */
export const MARK_COLORS = { brand: "#4f46e5", ink: "#0f172a" } as const;

/**
 * Two interlocking links, the chain the product inspects: one drawing for the header, the
 * preview image and the icons in public/. Width and height are attributes, not classes, where
 * it is drawn outside a page (the preview image's renderer reads no stylesheet).
 */
export function ChainMark({ size, className }: { size?: number; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" width={size} height={size} className={className}>
      {[
        { x: 3, stroke: MARK_COLORS.brand },
        { x: 13, stroke: MARK_COLORS.ink },
      ].map((link) => (
        <rect
          key={link.x}
          x={link.x}
          y="9"
          width="16"
          height="14"
          rx="7"
          fill="none"
          stroke={link.stroke}
          strokeWidth="3.5"
        />
      ))}
    </svg>
  );
}
