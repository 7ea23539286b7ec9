import { z } from "zod";

/** The settings form's one choice: whether the branded link's results feed the benchmarks. */
export const ZBenchmarkSharing = z.object({
  orgSlug: z.string().min(1).max(64),
  shareBenchmarks: z.boolean(),
});

export type TBenchmarkSharing = z.infer<typeof ZBenchmarkSharing>;
