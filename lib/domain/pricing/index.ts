export { PRICING_BENCHMARKS, type FigureSource, type PricingBenchmark } from "./benchmarks";
export {
  formatDays,
  formatMoney,
  formatMoneyRange,
  formatMultiple,
  formatPercent,
} from "./format-figures";
export {
  FRACTURE_LEVERS,
  NOT_ADDED_REASON,
  type VelocityFactor,
  type VelocityFactors,
} from "./levers";
export {
  PRICING_VERSION,
  PRICING_VERSIONS,
  REVENUE_BAND_RANGES,
  isPricingVersion,
  priceDiagnostic,
  type DiagnosticFracturePrice,
  type DiagnosticPricing,
  type PricingAssumption,
  type PricingInputs,
  type PricingVersion,
} from "./price-diagnostic";
export { QUARTER_DAYS, YEAR_DAYS, addedPerQuarter, annualToQuarter, perQuarter } from "./units";
