import type { loadScoreboard } from "@/lib/services/scoreboard/load-scoreboard";

/** Everything the scoreboard page shows, as the loader returns it. */
export type ScoreboardData = Awaited<ReturnType<typeof loadScoreboard>>;

export const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
