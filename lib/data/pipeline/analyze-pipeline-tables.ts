import { db } from "@/lib/db";

/**
 * Fresh planner statistics for the deal and entry tables, through the one function the app's
 * role may call for it (it runs as the tables' owner). Without them, the first summary after a
 * large import is planned as if the tables were empty and runs for minutes.
 */
export async function analyzePipelineTables() {
  await db.$executeRaw`select app_analyze_pipeline()`;
}
