/** The Snapshot quotes figures exactly as every priced result does: one formatter for both. */
export { formatDays, formatMoney, formatMultiple, formatPercent } from "@/lib/domain/pricing";
