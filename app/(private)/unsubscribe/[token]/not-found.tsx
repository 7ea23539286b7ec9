import { NotFoundState } from "@/components/site/not-found-state";

export default function UnsubscribeNotFound() {
  return (
    <NotFoundState eyebrow="Unsubscribe" title="This unsubscribe link does not work">
      <p>
        It is not one we sent, or part of it was lost on the way: email programs sometimes cut long
        links. Use the link in the message again, or change your email alerts in your settings.
      </p>
    </NotFoundState>
  );
}
