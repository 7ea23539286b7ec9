import type { Metadata } from "next";
import { diagnostic } from "@/lib/diagnostic";
import { Questionnaire, type PublicQuestion } from "./_components/questionnaire";

export const metadata: Metadata = {
  title: "Revenue Leak Diagnostic",
  description:
    "Twelve questions, about three minutes: which fracture in your revenue chain costs you most.",
};

export default function DiagnosticPage() {
  // Only what the browser needs: prompts and option labels, not leak values or weights.
  const questions: PublicQuestion[] = diagnostic.questions.map((q) => ({
    id: q.id,
    prompt: q.prompt,
    help: q.help,
    options: q.options.map((o) => ({ id: o.id, label: o.label })),
  }));
  return <Questionnaire version={diagnostic.version} questions={questions} />;
}
