"use server";

import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/safe-callback-url";
import { clientIp, enforceSignInRateLimit } from "@/lib/auth/sign-in-rate-limit";
import { isAppError } from "@/lib/errors";

export type SignInFormState = { error?: string; email?: string };

const ZSignInRequest = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
});

/**
 * Public: asks for a magic link. The limit is checked here to answer with a clear message, and
 * enforced again where the link is sent, so no other route around it exists.
 */
export async function requestSignInLinkAction(
  _previous: SignInFormState,
  formData: FormData,
): Promise<SignInFormState> {
  const parsed = ZSignInRequest.safeParse({ email: formData.get("email") ?? "" });
  if (!parsed.success)
    return { error: "Enter a valid email address.", email: String(formData.get("email") ?? "") };
  const { email } = parsed.data;
  const redirectTo = safeCallbackPath(formData.get("callbackUrl"));
  try {
    await enforceSignInRateLimit(email, clientIp(await headers()), { record: false });
    // No redirect from Auth.js: it would route through its own verify-request page.
    await signIn("email", { email, redirectTo, redirect: false });
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return { error: error.message, email };
    if (error instanceof AuthError) {
      const cause = error.cause?.err;
      if (isAppError(cause)) return { error: cause.message, email };
      console.error(error);
      return { error: "We could not send the link just now. Try again in a minute.", email };
    }
    throw error;
  }
  redirect("/sign-in/check-email");
}

/** Public: starts an OAuth sign-in with a configured provider. */
export async function oauthSignInAction(formData: FormData) {
  const provider = z.enum(["google", "microsoft-entra-id"]).parse(formData.get("provider"));
  await signIn(provider, { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}
