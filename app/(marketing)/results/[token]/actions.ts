"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/lib/actions/action-result";
import { appBaseUrl } from "@/lib/http/base-url";
import { clientAddress } from "@/lib/http/client-address";
import {
  deleteDiagnosticResult,
  ZDeleteDiagnosticResultRequest,
} from "@/lib/services/diagnostic/delete-diagnostic-result";
import {
  emailResultCopy,
  ZEmailResultCopyRequest,
  type EmailResultCopyAnswer,
} from "@/lib/services/diagnostic/email-result-copy";

function fields(form: FormData) {
  return Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
}

/** Public: whoever holds the result's private link asks for a copy by email. */
export async function emailResultCopyAction(
  _previous: ActionResult<EmailResultCopyAnswer> | null,
  form: FormData,
): Promise<ActionResult<EmailResultCopyAnswer>> {
  const requestHeaders = await headers();
  return runAction(() =>
    emailResultCopy(ZEmailResultCopyRequest.parse(fields(form)), {
      clientAddress: clientAddress(requestHeaders),
      baseUrl: appBaseUrl(),
    }),
  );
}

/** Public: whoever holds the private link erases the result, after confirming on its own page. */
export async function deleteDiagnosticResultAction(
  _previous: ActionResult<null> | null,
  form: FormData,
): Promise<ActionResult<null>> {
  const requestHeaders = await headers();
  const outcome = await runAction(async () => {
    await deleteDiagnosticResult(ZDeleteDiagnosticResultRequest.parse(fields(form)), {
      clientAddress: clientAddress(requestHeaders),
    });
    return null;
  });
  if (outcome.ok) redirect("/results/deleted");
  return outcome;
}
