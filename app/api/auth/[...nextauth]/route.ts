// Auth.js endpoints: sign-in callbacks, sign-out, session. Rate limiting and validation of the
// email address happen where links are sent (lib/auth/auth.ts).
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
