/**
 * Everything a member can be allowed to do, and which role allows what. Every entry point names
 * the one permission it needs; nothing checks roles directly.
 */
export const PERMISSIONS = [
  "organization:read",
  "organization:update",
  "members:read",
  "members:invite",
  "members:change-role",
  "members:remove",
  "assessments:read",
  "assessments:export",
  "leads:read",
  "leads:export",
  "engagements:manage",
  "audit:read",
  "pipeline:read",
  "pipeline:import",
  "pipeline:configure",
  "snapshots:read",
  "snapshots:manage",
  "scoreboard:read",
  "scoreboard:decide",
  "scoreboard:manage",
  "billing",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Strongest first. Mirrors the Role enum in prisma/schema.prisma. */
export const ROLES = ["OWNER", "ADMIN", "MEMBER", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  MEMBER: "Member",
  VIEWER: "Viewer",
};

const VIEWER: readonly Permission[] = [
  "organization:read",
  "members:read",
  "assessments:read",
  "leads:read",
  "pipeline:read",
  "snapshots:read",
  "scoreboard:read",
];
const MEMBER: readonly Permission[] = [
  ...VIEWER,
  "assessments:export",
  "leads:export",
  "pipeline:import",
  "scoreboard:decide",
];
const ADMIN: readonly Permission[] = [
  ...MEMBER,
  "organization:update",
  "members:invite",
  "members:change-role",
  "members:remove",
  "engagements:manage",
  "audit:read",
  "pipeline:configure",
  "snapshots:manage",
  "scoreboard:manage",
];
const OWNER: readonly Permission[] = [...ADMIN, "billing"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  OWNER,
  ADMIN,
  MEMBER,
  VIEWER,
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
