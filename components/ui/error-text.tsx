/** A form's error, announced to assistive technology as it appears. */
export function ErrorText({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="mt-2 text-sm text-rose-700">
      {error}
    </p>
  ) : null;
}
