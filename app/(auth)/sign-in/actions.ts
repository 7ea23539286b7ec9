"use server";

import { redirect, unstable_rethrow } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/safe-callback-url";
import { isAppError } from "@/lib/errors";

export type SignInFormState = { error?: string; email?: string };

const ZSignInRequest = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
});

/** The text of one form field, or "" when the field is missing or not text. */
function field(formData: unknown, name: string): string {
  if (!(formData instanceof FormData)) return "";
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * Public: asks for a magic link. The sign-in limits are counted where the link is sent
 * (lib/auth/auth.ts), so every route to a link passes them; their refusal comes back here as a
 * sentence.
 */
export async function requestSignInLinkAction(
  _previous: SignInFormState,
  formData: FormData,
): Promise<SignInFormState> {
  const parsed = ZSignInRequest.safeParse({ email: field(formData, "email") });
  if (!parsed.success)
    return { error: "Enter a valid email address.", email: field(formData, "email").slice(0, 254) };
  const { email } = parsed.data;
  const redirectTo = safeCallbackPath(field(formData, "callbackUrl"));
  try {
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
  const provider = z.enum(["google", "microsoft-entra-id"]).safeParse(field(formData, "provider"));
  if (!provider.success) return;
  await signIn(provider.data, { redirectTo: safeCallbackPath(field(formData, "callbackUrl")) });
}
