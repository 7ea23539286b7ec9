"use server";

import { signOut } from "@/lib/auth/auth";

/** Deletes the session row: the cookie stops working at once, on every device it was copied to. */
export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
