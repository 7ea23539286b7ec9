import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type StripeRequest = {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  /** The form body, as Stripe's API receives it (nested keys like metadata[purchaseId]). */
  form: URLSearchParams;
};

/**
 * A local server that answers the Stripe API calls the app makes (Checkout Sessions, Payment
 * Intents; a session is retrieved open until a test expires it), so the real `stripe` client runs against it. It records every request.
 */
export async function startFakeStripe(
  /** Read on every request, so a test may change it between calls. */
  options: {
    failCheckout?: boolean;
    intents?: Record<string, Record<string, string>>;
    /** Sessions that have expired: retrieved with status "expired" and no url, as Stripe does. */
    expiredSessions?: Set<string>;
  } = {},
) {
  const requests: StripeRequest[] = [];
  let sessions = 0;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      requests.push({
        method: req.method ?? "GET",
        path: url.pathname,
        headers: req.headers,
        form: new URLSearchParams(body),
      });
      const json = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json", "request-id": "req_fake" });
        res.end(JSON.stringify(payload));
      };
      if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
        if (options.failCheckout)
          return json(500, { error: { type: "api_error", message: "Something broke" } });
        const id = `cs_test_fake_${++sessions}`;
        const form = new URLSearchParams(body);
        return json(200, {
          id,
          object: "checkout.session",
          mode: form.get("mode"),
          client_reference_id: form.get("client_reference_id"),
          url: `https://checkout.stripe.test/c/pay/${id}`,
          payment_status: "unpaid",
          status: "open",
        });
      }
      const session = url.pathname.match(/^\/v1\/checkout\/sessions\/(cs_[\w]+)$/);
      if (req.method === "GET" && session) {
        const id = session[1]!;
        const n = Number(id.replace("cs_test_fake_", ""));
        if (!(n >= 1 && n <= sessions))
          return json(404, {
            error: { type: "invalid_request_error", message: "No such session" },
          });
        const expired = options.expiredSessions?.has(id) ?? false;
        return json(200, {
          id,
          object: "checkout.session",
          url: expired ? null : `https://checkout.stripe.test/c/pay/${id}`,
          payment_status: "unpaid",
          status: expired ? "expired" : "open",
        });
      }
      const intent = url.pathname.match(/^\/v1\/payment_intents\/([\w]+)$/);
      if (req.method === "GET" && intent) {
        return json(200, {
          id: intent[1],
          object: "payment_intent",
          metadata: options.intents?.[intent[1]!] ?? {},
        });
      }
      json(404, { error: { type: "invalid_request_error", message: "No such route" } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    options,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
