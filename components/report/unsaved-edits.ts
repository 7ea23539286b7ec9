import type { AutosaveQueue } from "./autosave-queue";

/** The editors on the page, so leaving or publishing can first store what they hold. */
const editors = new Set<AutosaveQueue>();

export function registerEditor(queue: AutosaveQueue) {
  editors.add(queue);
  return () => {
    editors.delete(queue);
  };
}

export function hasUnsavedEdits() {
  return [...editors].some((e) => e.dirty());
}

/** Store every editor's text; true when all of it is stored. */
export async function saveAllEdits() {
  const results = await Promise.all([...editors].map((e) => e.flush()));
  return results.every(Boolean);
}
