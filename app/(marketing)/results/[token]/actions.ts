"use server";

import { headers } from "next/headers";
import { runAction, type ActionResult } from "@/lib/actions/action-result";
import { appBaseUrl } from "@/lib/http/base-url";
import { clientAddress } from "@/lib/http/client-address";
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
