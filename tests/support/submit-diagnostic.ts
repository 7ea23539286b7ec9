import { POST } from "@/app/api/diagnostic/submissions/route";

export type SubmitAnswer =
  | { ok: true; status: number; data: { accessToken: string; copy: string | null } }
  | {
      ok: false;
      status: number;
      error: string;
      code?: string;
      fieldErrors?: Record<string, string>;
      retryAfter: number | null;
    };

/**
 * One diagnostic submission through the public route, as the browser sends it, from `client`
 * (the address the app's server would have written into X-Forwarded-For).
 */
export async function submitDiagnosticRequest(
  body: unknown,
  client = "192.0.2.1",
): Promise<SubmitAnswer> {
  const response = await POST(
    new Request("http://localhost:3000/api/diagnostic/submissions", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": client },
      body: JSON.stringify(body),
    }),
  );
  const payload = await response.json();
  if (response.ok) return { ok: true, status: response.status, data: payload };
  const retryAfter = response.headers.get("retry-after");
  return {
    ok: false,
    status: response.status,
    ...payload,
    retryAfter: retryAfter === null ? null : Number(retryAfter),
  };
}
