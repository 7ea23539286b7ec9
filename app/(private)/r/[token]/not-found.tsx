import { NotFoundState } from "@/components/site/not-found-state";

export default function SharedReportNotFound() {
  return (
    <NotFoundState eyebrow="Private link" title="This assessment is not available">
      <p>
        The link may be incomplete, it may have been replaced by a newer one, or it was withdrawn.
        Ask whoever sent it for the current link, or sign in to read it in your organization.
      </p>
    </NotFoundState>
  );
}
