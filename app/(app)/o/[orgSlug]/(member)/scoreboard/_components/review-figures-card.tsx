import { FigureTileGrid } from "@/components/scoreboard/figure-tile";
import { Card, CardTitle } from "@/components/ui/card";
import type { ScoreboardFigures } from "@/lib/domain/scoreboard";
import { reviewTiles } from "@/lib/services/scoreboard/review-tiles";

/** A review's frozen figures, as the scoreboard's tiles, with the change since the previous one. */
export async function ReviewFiguresCard({
  organizationId,
  figures,
  previous,
  standardVersion,
}: {
  organizationId: string;
  figures: ScoreboardFigures;
  previous: { number: number; figures: ScoreboardFigures } | null;
  standardVersion: number | null;
}) {
  const tiles = await reviewTiles(organizationId, { figures, previous, standardVersion });
  return (
    <Card className="mt-6">
      <CardTitle>
        {previous ? `Since review ${previous.number}` : "The figures at this review"}
      </CardTitle>
      <div className="mt-4">
        <FigureTileGrid tiles={tiles} testId="review-figures" />
      </div>
    </Card>
  );
}
