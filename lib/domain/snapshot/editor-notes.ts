/**
 * Notes meant for the consultant editing the draft, never for the client. A note is one line of a
 * section that starts with the marker, "[Editor's note] …" (any letter case, straight or curly
 * apostrophe). The editor lists them apart from the text; the web report, the share page and the
 * PDF never print them; and a draft that still holds one cannot be published.
 */
export const EDITOR_NOTE_MARKER = "[Editor's note]";

const NOTE_LINE = /^\[editor['’]?s note\]\s*/i;

export function isEditorNoteLine(line: string): boolean {
  return NOTE_LINE.test(line.trim());
}

/** A note line as the draft writes it. */
export const editorNote = (text: string) => `${EDITOR_NOTE_MARKER} ${text}`;

/** The notes in a section's body, without their marker, in order. */
export function editorNotesIn(body: string): string[] {
  return body
    .split(/\r\n?|\n/)
    .filter(isEditorNoteLine)
    .map((line) => line.trim().replace(NOTE_LINE, ""));
}

export type SectionNotes = { key: string; title: string; notes: string[] };

/** The sections that still hold an editor's note, in draft order. */
export function sectionsWithEditorNotes(
  sections: { key: string; title: string; body: string }[],
): SectionNotes[] {
  return sections.flatMap(({ key, title, body }) => {
    const notes = editorNotesIn(body);
    return notes.length > 0 ? [{ key, title, notes }] : [];
  });
}

/** Why publishing is refused, naming where the notes are. */
export function editorNotesRefusal(sections: SectionNotes[]): string {
  const names = sections.map((s) => `“${s.title}”`);
  const where =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `Not published: an editor's note is still in ${where}. Act on it, then delete the line that starts with ${EDITOR_NOTE_MARKER}.`;
}
