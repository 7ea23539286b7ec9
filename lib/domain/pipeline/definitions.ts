/** What each dashboard figure means, shown on hover or focus beside the number. */
export const DEFINITIONS = {
  velocity:
    "Revenue the pipeline produces per day: qualified opportunities × average deal value × win rate ÷ average sales cycle in days.",
  qualified: "Open opportunities now at SQL or a later open stage.",
  averageDealValue: "Mean amount of the opportunities won.",
  winRate: "Won ÷ (won + lost), over closed opportunities only.",
  averageCycle: "Mean days from an opportunity's creation to its close, over opportunities won.",
  conversion:
    "Of the opportunities that entered a stage, the share that later reached a later stage (won counts, lost does not).",
  dropped: "Opportunities that entered the stage, never moved on, and were lost.",
  timeInStage:
    "Days spent in a stage before moving on or dropping out, over stays that have ended: median, mean and 90th percentile.",
  coverage:
    "Open pipeline value ÷ the revenue target of the current period. Three to four times is the usual benchmark.",
  sourceQuality:
    "Win rate and won revenue per lead source: what each source turns into, not how many leads it brings.",
  stale:
    "Open opportunities sitting in their current stage for more than the threshold times that stage's median stay: counted as live, going nowhere.",
  keyPerson:
    "Each owner's share of open pipeline value and of won revenue. A large top share means revenue depends on one person.",
  ownerSpread:
    "Per stage, the gap between the owner who moves the largest share of deals forward and the one who moves the smallest. A wide gap points to how the work is done, not the market.",
  velocityTrend:
    "Velocity month by month: opportunities qualified at the end of the month, with win rate, deal value and cycle of the deals closed in that month.",
} as const;
