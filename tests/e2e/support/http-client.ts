import http from "node:http";

export type HttpAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * One HTTP request from a chosen loopback source address. Linux routes all of 127.0.0.0/8 to
 * this machine, so each address is a separate client as the app's server sees it: the address
 * comes from the connection, whatever X-Forwarded-For says.
 */
export function request(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    from: string;
  },
): Promise<HttpAnswer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? "GET",
        headers: {
          ...options.headers,
          ...(options.body === undefined
            ? {}
            : { "content-length": String(Buffer.byteLength(options.body)) }),
        },
        localAddress: options.from,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** Ask Auth.js for a sign-in link for `email`, as its own sign-in form would. */
export async function requestSignInLink(
  baseUrl: string,
  email: string,
  from: string,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const csrf = await request(`${baseUrl}/api/auth/csrf`, { from, headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  return request(`${baseUrl}/api/auth/signin/email`, {
    method: "POST",
    from,
    headers: {
      ...headers,
      cookie,
      origin: baseUrl,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: "/o" }).toString(),
  });
}
