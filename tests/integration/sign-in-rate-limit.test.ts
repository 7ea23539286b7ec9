import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  MAX_LINKS_PER_ADDRESS,
  MAX_LINKS_PER_IP,
  enforceSignInRateLimit,
} from "@/lib/auth/sign-in-rate-limit";
import { AppError } from "@/lib/errors";

const record = { record: true };

describe("sign-in link rate limit", () => {
  it(`allows ${MAX_LINKS_PER_ADDRESS} links per address in the window, then refuses`, async () => {
    const email = `limit-${randomUUID()}@example.com`;
    for (let i = 0; i < MAX_LINKS_PER_ADDRESS; i++) {
      await enforceSignInRateLimit(email, `10.0.0.${i}`, record);
    }
    await expect(enforceSignInRateLimit(email, "10.0.1.1", record)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    // The same address in other case is the same address.
    await expect(enforceSignInRateLimit(email.toUpperCase(), "10.0.1.2", record)).rejects.toThrow(
      AppError,
    );
  });

  it(`allows ${MAX_LINKS_PER_IP} links per IP across addresses, then refuses`, async () => {
    const ip = `ip-${randomUUID()}`;
    for (let i = 0; i < MAX_LINKS_PER_IP; i++) {
      await enforceSignInRateLimit(`user${i}-${randomUUID()}@example.com`, ip, record);
    }
    await expect(
      enforceSignInRateLimit(`late-${randomUUID()}@example.com`, ip, record),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("only counts a request when asked to record it", async () => {
    const email = `check-${randomUUID()}@example.com`;
    for (let i = 0; i < MAX_LINKS_PER_ADDRESS + 2; i++) {
      await enforceSignInRateLimit(email, "10.9.9.9", { record: false });
    }
    await expect(enforceSignInRateLimit(email, "10.9.9.9", record)).resolves.toBeUndefined();
  });
});
