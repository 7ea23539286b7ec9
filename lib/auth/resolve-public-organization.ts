import { env } from "@/lib/env";

/**
 * The organization that owns public, sign-in-free submissions: the platform's own, created by the
 * seed. Entry points call this instead of reading an organization from the request.
 */
export function resolvePublicOrganization(): { slug: string } {
  return { slug: env().PLATFORM_ORG_SLUG };
}
