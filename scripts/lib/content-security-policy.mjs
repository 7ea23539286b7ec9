// The Content-Security-Policy the app's server sends, in two forms:
//
// - Pages rendered for this request get a fresh nonce: Next.js reads it from the request's own
//   Content-Security-Policy header and puts it on every script it emits, and 'strict-dynamic'
//   lets those scripts load the chunks they need, and nothing else.
// - Prerendered pages are HTML built once, at build time. Their inline bootstrap scripts carry
//   no nonce and change with every build, so no header can name them: these pages get
//   'unsafe-inline' for scripts, and their script files are pinned by Subresource Integrity
//   (experimental.sri in next.config.ts). docs/security.md records this as a residual risk.

/** Where forms and their redirects may go: us, Stripe Checkout, the sign-in providers. */
const FORM_TARGETS = [
  "'self'",
  "https://checkout.stripe.com",
  "https://accounts.google.com",
  "https://login.microsoftonline.com",
];

function directives({ scripts, https }) {
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // React and recharts set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // Organizations' logos live on their own https hosts.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${FORM_TARGETS.join(" ")}`,
    // No page of the app is meant to be shown inside another site's frame.
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** For a page rendered now: only scripts carrying this nonce, and what they load. */
export function noncePolicy(nonce, { https }) {
  return directives({ scripts: `'self' 'nonce-${nonce}' 'strict-dynamic'`, https });
}

/** For a prerendered page: its inline bootstrap cannot carry a nonce. */
export function prerenderedPolicy({ https }) {
  return directives({ scripts: "'self' 'unsafe-inline'", https });
}
