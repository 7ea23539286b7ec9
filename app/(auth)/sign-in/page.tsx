import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { oauthProviders } from "@/lib/auth/auth";
import { currentUser } from "@/lib/auth/guard";
import { safeCallbackPath } from "@/lib/auth/safe-callback-url";
import { oauthSignInAction } from "./actions";
import { EmailSignInForm } from "./_components/email-sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  OAuthAccountNotLinked: "That email already signs in another way. Use the email link instead.",
  AccessDenied: "Sign-in was refused.",
};

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const error =
    typeof params.error === "string"
      ? (ERRORS[params.error] ?? "Sign-in failed. Try again.")
      : null;
  const providers = oauthProviders();

  return (
    <Card>
      <h1 className="text-ink text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="text-muted mt-2">
        For consultants and leadership teams. We email you a link; there is no password to remember.
      </p>
      {error ? (
        <div
          role="alert"
          className="mt-5 rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800"
        >
          {error}
        </div>
      ) : null}
      <div className="mt-6">
        <EmailSignInForm callbackUrl={callbackUrl} />
      </div>
      {providers.length > 0 ? (
        <div className="mt-6 space-y-3 border-t border-slate-200 pt-6">
          {providers.map((provider) => (
            <form key={provider.id} action={oauthSignInAction}>
              <input type="hidden" name="provider" value={provider.id} />
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <Button type="submit" variant="secondary" className="w-full">
                Continue with {provider.name}
              </Button>
            </form>
          ))}
        </div>
      ) : null}
    </Card>
  );
}
