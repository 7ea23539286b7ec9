import { checkHealth } from "@/lib/services/health/check-health";

export const dynamic = "force-dynamic";

/**
 * For load balancers and deploys: 200 when this instance can serve (Postgres reachable, its
 * schema current), 503 otherwise. Says nothing more than that.
 */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
