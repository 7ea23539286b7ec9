import { ButtonLink } from "@/components/ui/button";

export default function ResultNotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center sm:px-6">
      <p className="text-brand-700 text-sm font-semibold">Private link</p>
      <h1 className="text-ink mt-2 text-3xl font-bold tracking-tight">
        We could not find that result
      </h1>
      <p className="text-muted mt-4">
        The link may be incomplete: private result links are long, and email programs sometimes cut
        them. Copy the whole link again, or take the diagnostic for a new result.
      </p>
      <div className="mt-8 flex justify-center">
        <ButtonLink href="/diagnostic">Take the diagnostic</ButtonLink>
      </div>
    </div>
  );
}
