import type { Metadata } from "next";
import { diagnostic } from "@/lib/domain/diagnostic";
import { Questionnaire } from "./_components/questionnaire";
import { publicQuestions } from "./public-questions";

export const metadata: Metadata = {
  title: "Revenue Leak Diagnostic",
  description:
    "Twelve questions, about three minutes: which fracture in your revenue chain costs you most.",
};

export default function DiagnosticPage() {
  return <Questionnaire version={diagnostic.version} questions={publicQuestions()} />;
}
