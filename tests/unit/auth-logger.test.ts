import { AdapterError, CallbackRouteError, MissingCSRF, UnknownAction } from "@auth/core/errors";
import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/auth/auth-logger";
import { AppError } from "@/lib/errors";

describe("Auth.js errors on the log", () => {
  it("names what a hostile or mistaken request caused, to log as a warning", () => {
    expect(refusal(new MissingCSRF("CSRF token was missing"))).toBe("MissingCSRF");
    expect(refusal(new UnknownAction("Cannot parse action at /api/auth/x"))).toBe("UnknownAction");
    expect(refusal(new Error('Provider with id "x" not found.'))).toBe("InvalidProvider");
    // As Auth.js raises them (its types declare only a message): the cause wrapped as { err }.
    const missing = Object.assign(new TypeError("Missing token. The sign-in URL was opened bare"), {
      name: "Configuration",
    });
    const noToken = new CallbackRouteError(missing as never, { provider: "email" } as never);
    expect(refusal(noToken)).toBe("Verification");
    const badText = new AdapterError(new AppError("INVALID_INPUT", "cannot be stored") as never);
    expect(refusal(badText)).toBe("INVALID_INPUT");
  });

  it("keeps the server's own failures errors", () => {
    const outage = new AdapterError(new AppError("UNAVAILABLE", "briefly unavailable") as never);
    expect(refusal(outage)).toBeNull();
    expect(refusal(new AdapterError(new Error("relation missing") as never))).toBeNull();
  });
});
