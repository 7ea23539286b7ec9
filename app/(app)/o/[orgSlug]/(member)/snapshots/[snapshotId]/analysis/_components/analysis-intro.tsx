/** What the analysis is computed from, and how to read the scores. */
export function AnalysisIntro({
  responseCount,
  hasPipeline,
}: {
  responseCount: number;
  hasPipeline: boolean;
}) {
  return (
    <p className="text-muted mt-2 max-w-2xl">
      From {responseCount} {responseCount === 1 ? "leader's answers" : "leaders' answers"}
      {hasPipeline
        ? " and the imported pipeline"
        : "; no pipeline has been imported, so nothing is measured or priced"}
      . Scores run from 0 (holding) to 100 (broken).
    </p>
  );
}
