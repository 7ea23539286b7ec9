import { NotFoundState } from "@/components/site/not-found-state";

export default function OrganizationNotFound() {
  return (
    <NotFoundState eyebrow="Not found" title="That is not in this organization">
      <p>
        It may have been removed, or the link is incomplete or was meant for another organization.
        The menu above leads to everything this organization holds.
      </p>
    </NotFoundState>
  );
}
