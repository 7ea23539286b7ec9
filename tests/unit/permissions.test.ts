import { describe, expect, it } from "vitest";
import {
  PERMISSIONS,
  ROLES,
  ROLE_PERMISSIONS,
  can,
} from "../../lib/domain/organization/permissions";

describe("roles and permissions", () => {
  it("lets an owner do everything", () => {
    for (const p of PERMISSIONS) expect(can("OWNER", p)).toBe(true);
  });

  it("gives each role everything the role below it has", () => {
    for (let i = 0; i < ROLES.length - 1; i++) {
      const stronger = ROLE_PERMISSIONS[ROLES[i]!];
      for (const p of ROLE_PERMISSIONS[ROLES[i + 1]!]) expect(stronger).toContain(p);
    }
  });

  it("keeps viewers read-only: no invitations, role changes, removals, exports or billing", () => {
    for (const p of [
      "members:invite",
      "members:change-role",
      "members:remove",
      "assessments:export",
      "leads:export",
      "billing",
    ] as const) {
      expect(can("VIEWER", p)).toBe(false);
    }
    expect(can("VIEWER", "assessments:read")).toBe(true);
  });

  it("keeps member management with admins and owners", () => {
    expect(can("MEMBER", "members:invite")).toBe(false);
    expect(can("ADMIN", "members:invite")).toBe(true);
    expect(can("ADMIN", "billing")).toBe(false);
  });
});
