import { Card } from "@/components/ui/card";
import type { DiagnosticBank } from "@/lib/domain/diagnostic";
import type { ResultVoice } from "./result-voice";

/** Every question of the bank the result was taken on, with the option chosen. */
export function ResultAnswers({
  bank,
  answers,
  voice,
}: {
  bank: DiagnosticBank;
  answers: Record<string, string>;
  voice: ResultVoice;
}) {
  // Folded away on screen, and left off paper: a printout travels further than the private link.
  return (
    <Card className="mt-6 print:hidden">
      <details>
        <summary className="text-ink cursor-pointer text-lg font-semibold tracking-tight">
          {voice === "taker" ? "Your" : "The"} {bank.questions.length} answers
        </summary>
        <ol className="mt-4 space-y-4">
          {bank.questions.map((question, index) => {
            const option = question.options.find((o) => o.id === answers[question.id]);
            return (
              <li key={question.id} className="text-sm">
                <p className="text-muted">
                  {index + 1}. {question.prompt}
                </p>
                <p className="text-ink mt-1 font-medium">{option?.label ?? "Not answered"}</p>
              </li>
            );
          })}
        </ol>
      </details>
    </Card>
  );
}
