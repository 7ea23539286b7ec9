"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/actions/action-result";
import { clientAddress } from "@/lib/http/client-address";
import { applyUnsubscribe } from "@/lib/services/mail/unsubscribe";

const ZUnsubscribeForm = z.object({ token: z.string().max(1000) });

/** Public: the confirmation page's button. */
export async function unsubscribeAction(
  _previous: ActionResult<{ stopped: string }> | null,
  form: FormData,
): Promise<ActionResult<{ stopped: string }>> {
  const requestHeaders = await headers();
  return runAction(() =>
    applyUnsubscribe(ZUnsubscribeForm.parse({ token: form.get("token") }).token, {
      clientAddress: clientAddress(requestHeaders),
    }),
  );
}
