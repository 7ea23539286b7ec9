import type { ActionResult } from "@/lib/actions/action-result";
import type { Permission } from "@/lib/domain/organization/permissions";

/**
 * Every organization entry point that takes an id, registered by the guard that wraps it. The
 * tenant-isolation suite walks this list; nothing has to remember to add a test.
 */
export type EntryPoint =
  | {
      kind: "action";
      name: string;
      permission: Permission;
      invoke: (input: unknown) => Promise<ActionResult<unknown>>;
    }
  | {
      kind: "route";
      name: string;
      permission: Permission;
      invoke: (
        request: Request,
        params: { orgSlug: string } & Record<string, string>,
      ) => Promise<Response>;
    };

const registry = new Map<string, EntryPoint>();

export function registerEntryPoint(entry: EntryPoint) {
  registry.set(entry.name, entry);
}

export function entryPoints(): EntryPoint[] {
  return [...registry.values()];
}
