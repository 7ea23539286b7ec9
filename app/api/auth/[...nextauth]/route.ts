// Auth.js endpoints: sign-in callbacks, sign-out, session. Rate limiting and validation of the
// email address happen where links are sent (lib/auth/auth.ts); malformed and cross-site posts
// are refused before Auth.js reads them (lib/auth/auth-route.ts).
import { guardAuthRoute } from "@/lib/auth/auth-route";
import { handlers } from "@/lib/auth/auth";

export const GET = guardAuthRoute(handlers.GET);
export const POST = guardAuthRoute(handlers.POST);
