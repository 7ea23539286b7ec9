import { ConsultancyNextStep } from "./consultancy-next-step";
import { PlatformNextStep } from "./platform-next-step";

/**
 * After the result: on the platform's own link, the way to a Snapshot (platform-next-step.tsx);
 * on an organization's link, that organization's own call to action (consultancy-next-step.tsx).
 */
export function NextStep({ platform, token }: { platform: boolean; token: string }) {
  return platform ? <PlatformNextStep token={token} /> : <ConsultancyNextStep token={token} />;
}
