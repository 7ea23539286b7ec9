import { diagnostic } from "@/lib/domain/diagnostic";
import type { PublicQuestion } from "./_components/questionnaire";

/** Only what the browser needs: prompts and option labels, not leak values or weights. */
export function publicQuestions(): PublicQuestion[] {
  return diagnostic.questions.map((q) => ({
    id: q.id,
    prompt: q.prompt,
    help: q.help,
    options: q.options.map((o) => ({ id: o.id, label: o.label })),
  }));
}
