import { NotFoundState } from "@/components/site/not-found-state";

export default function AnsweringLinkNotFound() {
  return (
    <NotFoundState eyebrow="Private link" title="This answering link is not valid">
      <p>
        If you were sent a reminder, that email carries a new link and the earlier one no longer
        works; open the most recent email. Links are long, and some email programs cut them short,
        so copy the whole address if you pasted it.
      </p>
      <p>Whatever you saved before is kept either way.</p>
    </NotFoundState>
  );
}
