import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/actions/action-result";
import { findEngagementAccess } from "@/lib/data/engagement/find-engagement-access";
import { pingDatabase } from "@/lib/data/health/ping-database";
import { getMembership } from "@/lib/data/membership/get-membership";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { noteRequestOrganization } from "@/lib/http/request-context";
import { crossSiteRefusal, isCrossSiteRequest } from "@/lib/http/same-origin";
import { ZOrgSlug } from "@/lib/domain/organization/org-slug";
import { auth } from "./auth";
import { registerEntryPoint } from "./entry-points";
import { can, type Permission, type Role } from "@/lib/domain/organization/permissions";

const ZOrgSlugOnly = z.looseObject({ orgSlug: z.string().min(1).max(64) });

export type SessionUser = { id: string; email: string; name: string | null };

export type OrgContext = {
  user: SessionUser;
  role: Role;
  /** Set when access comes through a consultancy's engagement rather than a membership. */
  via?: string;
  organization: {
    id: string;
    slug: string;
    name: string;
    kind: "PLATFORM" | "COMPANY" | "CONSULTANCY";
    accentColor: string | null;
    logoUrl: string | null;
    /** The currency every money figure is shown in. */
    currency: string;
    /**
     * Its branded link's results are kept out of the anonymous benchmarks. Always read by the
     * guard; optional only so contexts built by hand (jobs, tests) need not name it.
     */
    benchmarkOptOut?: boolean;
  };
};

/** Auth.js' session cookie, with the prefix it takes on https. */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * The signed-in user, or null. The session is read from Postgres once per request. Auth.js answers
 * "no session" when its database lookup fails, so a request that carries a session cookie but
 * got none checks that Postgres is there: an outage throws UNAVAILABLE (a 503 page) instead of
 * sending a signed-in person to the sign-in page.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (user?.id && user.email) return { id: user.id, email: user.email, name: user.name ?? null };
  const jar = await cookies();
  if (SESSION_COOKIES.some((name) => jar.get(name) !== undefined)) await pingDatabase();
  return null;
});

/**
 * The user's way into the organization with this slug: a membership, or a consultant's active
 * engagement. Read once per request, however many layouts and pages ask (React's cache).
 */
const accessTo = cache(
  async (
    userId: string,
    orgSlug: string,
  ): Promise<{ role: Role; organization: OrgContext["organization"]; via?: string } | null> =>
    (await getMembership(userId, orgSlug)) ?? (await findEngagementAccess(userId, orgSlug)),
);

/**
 * The one check behind every organization entry point: signed in, a member of the organization
 * named by the slug (or a consultant there through an active engagement), holding `permission`.
 * No access is NOT_FOUND, exactly like an organization that does not exist.
 */
export async function resolveOrgContext(
  orgSlug: string,
  permission: Permission,
): Promise<OrgContext> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  if (!ZOrgSlug.safeParse(orgSlug).success) {
    throw new AppError("NOT_FOUND", "That organization was not found.");
  }
  const access = await accessTo(user.id, orgSlug);
  if (!access) throw new AppError("NOT_FOUND", "That organization was not found.");
  if (!can(access.role, permission)) {
    throw new AppError("FORBIDDEN", "Your role does not allow this. Ask an owner or admin.");
  }
  noteRequestOrganization(access.organization.id);
  return {
    user,
    role: access.role,
    organization: access.organization,
    via: access.via,
  };
}

/** For pages: a signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUserPage(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages under /o/[orgSlug]: the context, or the right page for why not. */
export async function orgPage(
  orgSlug: string,
  permission: Permission,
  returnTo: string,
): Promise<OrgContext> {
  try {
    return await resolveOrgContext(orgSlug, permission);
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "UNAUTHORIZED")
        redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
      if (error.code === "NOT_FOUND") notFound();
      if (error.code === "FORBIDDEN") redirect(`/o/${encodeURIComponent(orgSlug)}?denied=1`);
    }
    throw error;
  }
}

/**
 * Wrap a server action on an organization: the guard resolves user + organization + permission
 * from the input's `orgSlug`, then zod parses the whole input, then the handler runs with both. Every
 * wrapped action is listed in the entry-point registry under `name`, which the isolation tests
 * walk, so a new action cannot escape them.
 */
export function orgAction<S extends z.ZodType<{ orgSlug: string }>, T>(
  name: string,
  permission: Permission,
  schema: S,
  handler: (ctx: OrgContext, input: z.infer<S>) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  const action = (input: unknown) =>
    runAction(async () => {
      // Authorize on the slug alone first: a caller without access learns nothing, not even
      // the shape of the input this action expects.
      const { orgSlug } = ZOrgSlugOnly.parse(input);
      const ctx = await resolveOrgContext(orgSlug, permission);
      return handler(ctx, schema.parse(input));
    });
  registerEntryPoint({ kind: "action", name, permission, invoke: action });
  return action;
}

/** Wrap a server action that needs a signed-in user but no organization yet. */
export function userAction<S extends z.ZodType, T>(
  schema: S,
  handler: (user: SessionUser, input: z.infer<S>) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return (input: unknown) =>
    runAction(async () => {
      const user = await currentUser();
      if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
      return handler(user, schema.parse(input));
    });
}

/**
 * Wrap a route handler under /o/[orgSlug]: the same guard as actions, with failures as HTTP
 * statuses (another organization's slug is 404, like one that does not exist). A request that
 * changes state from another site is refused with 403 before the session is even read.
 */
export function orgRoute<P extends Record<string, string> = Record<string, never>>(
  name: string,
  permission: Permission,
  handler: (ctx: OrgContext, request: Request, params: P) => Promise<Response>,
) {
  const invoke = async (request: Request, params: { orgSlug: string } & Record<string, string>) => {
    if (isCrossSiteRequest(request)) return crossSiteRefusal();
    try {
      const ctx = await resolveOrgContext(params.orgSlug, permission);
      return await handler(ctx, request, params as unknown as P);
    } catch (error) {
      const response = errorResponse(error);
      if (response) return response;
      throw error;
    }
  };
  registerEntryPoint({ kind: "route", name, permission, invoke });
  return async (
    request: Request,
    context: { params: Promise<{ orgSlug: string } & Record<string, string>> },
  ) => invoke(request, await context.params);
}
