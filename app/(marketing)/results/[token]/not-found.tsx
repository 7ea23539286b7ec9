import { NotFoundState } from "@/components/site/not-found-state";
import { ButtonLink } from "@/components/ui/button";

export default function ResultNotFound() {
  return (
    <NotFoundState
      eyebrow="Private link"
      title="We could not find that result"
      actions={<ButtonLink href="/diagnostic">Take the diagnostic</ButtonLink>}
    >
      <p>
        The link may be incomplete: private result links are long, and email programs sometimes cut
        them. Copy the whole link again, or take the diagnostic for a new result.
      </p>
    </NotFoundState>
  );
}
