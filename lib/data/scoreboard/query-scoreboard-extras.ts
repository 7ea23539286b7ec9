import { withTenant } from "@/lib/db";
import { sqlNumber as num } from "../pipeline/sql-number";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export type ScoreboardExtras = {
  sqlToWon: number | null;
  marketingSourcedPipeline: number;
  handoff: {
    considered: number;
    inTime: number;
    compliance: number | null;
    /** Median hours to the answers given by `asOf` (medianAnswerHours); null when none. */
    medianAnswerHours: number | null;
  } | null;
};

/**
 * The scoreboard's figures that the pipeline dashboard does not already compute, in SQL over
 * every row, as lib/scoreboard's `scoreboardFigures` defines them: SQL→won, marketing-sourced
 * pipeline (open value of deals that came through the handoff stage), and handoff compliance
 * over the last `windowDays` (null without the standard's response hours).
 */
export async function queryScoreboardExtras(
  organizationId: string,
  options: {
    asOf: Date;
    responseHours: number | null;
    windowDays?: number;
    handoffStage?: string;
    qualifiedFrom?: string;
  },
): Promise<ScoreboardExtras> {
  const { asOf, responseHours, windowDays = 91 } = options;
  const handoffStage = options.handoffStage ?? "mql";
  const qualifiedFrom = options.qualifiedFrom ?? "sql";
  return withTenant(
    organizationId,
    async (tx) => {
      const [deals] = await tx.$queryRaw<{ won: bigint; lost: bigint; handed_value: unknown }[]>`
        with qualified_from as (
          select position from "PipelineStage" where "organizationId" = ${organizationId}::uuid and key = ${qualifiedFrom}
        ),
        reached as (
          select distinct e."opportunityId" as id from "StageEvent" e
            join "PipelineStage" s on s."organizationId" = e."organizationId" and s.key = e."stageKey"
           where e."organizationId" = ${organizationId}::uuid and s.kind <> 'LOST'
             and s.position >= (select position from qualified_from)
        ),
        handed as (
          select distinct e."opportunityId" as id from "StageEvent" e
           where e."organizationId" = ${organizationId}::uuid and e."stageKey" = ${handoffStage}
        )
        select count(*) filter (where o.status = 'WON') as won,
               count(*) filter (where o.status = 'LOST' and r.id is not null) as lost,
               coalesce(sum(o.amount) filter (where o.status = 'OPEN' and h.id is not null), 0) as handed_value
          from "Opportunity" o
          left join reached r on r.id = o.id
          left join handed h on h.id = o.id
         where o."organizationId" = ${organizationId}::uuid`;
      const won = Number(deals!.won);
      const lost = Number(deals!.lost);

      let handoff: ScoreboardExtras["handoff"] = null;
      if (responseHours !== null) {
        const from = new Date(asOf.getTime() - windowDays * DAY_MS);
        const [row] = await tx.$queryRaw<
          { considered: bigint; in_time: bigint; median_hours: unknown }[]
        >`
          with stages as (
            select key, kind, position from "PipelineStage" where "organizationId" = ${organizationId}::uuid
          ),
          ev as (
            select e."opportunityId", e."stageKey", e."enteredAt",
                   lead(e."stageKey") over w as next_stage,
                   lead(e."enteredAt") over w as next_at
              from "StageEvent" e
             where e."organizationId" = ${organizationId}::uuid
            window w as (partition by e."opportunityId" order by e."enteredAt")
          ),
          handoffs as (
            select ev.*, ev."enteredAt" + make_interval(hours => ${responseHours}::int) as deadline
              from ev
             where ev."stageKey" = ${handoffStage} and ev."enteredAt" >= ${from}::timestamp
               and ev."enteredAt" + make_interval(hours => ${responseHours}::int) < ${asOf}::timestamp
          ),
          answered as (
            select h.deadline, h."enteredAt" as handed_at,
                   case
                     -- The last event: the deal's close answers it, if it closed.
                     when h.next_stage is null then
                       case when o.status <> 'OPEN' then o."closedAt" end
                     when ns.key is null then null
                     when ns.kind in ('WON', 'LOST') then h.next_at
                     when ns.position >= (select position from stages where key = ${qualifiedFrom}) then h.next_at
                     when ns.position < (select position from stages where key = ${handoffStage}) then h.next_at
                   end as answered_at
              from handoffs h
              join "Opportunity" o on o."organizationId" = ${organizationId}::uuid and o.id = h."opportunityId"
              left join stages ns on ns.key = h.next_stage
          )
          select count(*) as considered,
                 count(*) filter (where answered_at is not null and answered_at <= deadline) as in_time,
                 percentile_cont(0.5) within group (order by extract(epoch from answered_at - handed_at) / 3600)
                   filter (where answered_at <= ${asOf}::timestamp) as median_hours
            from answered`;
        const considered = Number(row!.considered);
        const inTime = Number(row!.in_time);
        handoff = {
          considered,
          inTime,
          compliance: considered === 0 ? null : inTime / considered,
          medianAnswerHours: num(row!.median_hours),
        };
      }
      return {
        sqlToWon: won + lost === 0 ? null : won / (won + lost),
        marketingSourcedPipeline: num(deals!.handed_value) ?? 0,
        handoff,
      };
    },
    { timeoutMs: 120_000 },
  );
}
