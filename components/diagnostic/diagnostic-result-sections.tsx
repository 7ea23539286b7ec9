import type { DiagnosticResultView } from "@/lib/services/diagnostic/get-diagnostic-result";
import { FractureComparison } from "./fracture-comparison";
import { PeerComparison } from "./peer-comparison";
import { RepairPlan } from "./repair-plan";
import { ResultAnswers } from "./result-answers";
import { ResultExplanations } from "./result-explanations";
import { ResultHeadline } from "./result-headline";
import { ResultMoney } from "./result-money";
import type { ResultVoice } from "./result-voice";

/**
 * A stored diagnostic result, section by section: the same on the taker's private link and on
 * the organization's page for it.
 */
export function DiagnosticResultSections({
  view,
  voice,
  repriceToken,
}: {
  view: DiagnosticResultView;
  voice: ResultVoice;
  /** The private link's token, so a result taken without a revenue band can be given one. */
  repriceToken?: string;
}) {
  const { result, insights, bank, answers, pricing } = view;
  return (
    <>
      <ResultHeadline result={result} voice={voice} />
      <div className="mt-6 grid gap-6 lg:grid-cols-5">
        <FractureComparison result={result} className="lg:col-span-3" />
        <RepairPlan insights={insights} className="flex flex-col gap-6 lg:col-span-2" />
      </div>
      {pricing ? (
        <ResultMoney
          pricing={pricing}
          revenueBand={view.context.revenueBand}
          voice={voice}
          repriceToken={repriceToken}
        />
      ) : null}
      <ResultExplanations result={result} insights={insights} />
      <ResultAnswers bank={bank} answers={answers} voice={voice} />
      <PeerComparison
        className="mt-6"
        comparison={view.peers}
        context={view.context}
        voice={voice}
      />
    </>
  );
}
