/**
 * When a version of the qualification standard binds both teams. A definition handed down by
 * one side alone is quietly ignored by the other, so a version takes effect only once the
 * marketing lead and the sales lead, two different people, have both signed that very version.
 */

export const LEAD_FUNCTIONS = ["MARKETING", "SALES"] as const;

export type LeadFunction = (typeof LEAD_FUNCTIONS)[number];

export const LEAD_FUNCTION_TITLES: Record<LeadFunction, string> = {
  MARKETING: "Marketing lead",
  SALES: "Sales lead",
};

export type StandardVersion = { number: number; createdAt: Date };

export type StandardSignature = {
  version: number;
  function: LeadFunction;
  userId: string;
  signedAt: Date;
};

/** The member currently holding each function, or null while nobody does. */
export type FunctionLeads = Record<LeadFunction, string | null>;

export type VersionStatus = {
  signedBy: Partial<Record<LeadFunction, { userId: string; signedAt: Date }>>;
  missing: LeadFunction[];
  /** Both functions signed, by two different people. */
  complete: boolean;
};

const other = (fn: LeadFunction): LeadFunction => (fn === "MARKETING" ? "SALES" : "MARKETING");

/**
 * Who has signed a version. A signature stays valid when its signer later hands the function
 * on: it recorded agreement at the time. A second signature by someone who already signed the
 * other function does not count, so that function still shows as missing.
 */
export function versionStatus(version: number, signatures: StandardSignature[]): VersionStatus {
  const signedBy: VersionStatus["signedBy"] = {};
  const ordered = signatures
    .filter((s) => s.version === version)
    .sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime());
  for (const s of ordered) {
    if (signedBy[s.function]) continue;
    if (signedBy[other(s.function)]?.userId === s.userId) continue;
    signedBy[s.function] = { userId: s.userId, signedAt: s.signedAt };
  }
  const missing = LEAD_FUNCTIONS.filter((fn) => !signedBy[fn]);
  return { signedBy, missing, complete: missing.length === 0 };
}

/**
 * The version in force: the highest-numbered version both leads have signed. A newer draft
 * awaiting signatures leaves the previous agreement in force rather than leaving none.
 */
export function effectiveVersion<V extends { number: number }>(
  versions: V[],
  signatures: StandardSignature[],
): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if ((best === null || v.number > best.number) && versionStatus(v.number, signatures).complete) {
      best = v;
    }
  }
  return best;
}

export function latestVersion<V extends { number: number }>(versions: V[]): V | null {
  return versions.reduce<V | null>((a, v) => (a === null || v.number > a.number ? v : a), null);
}

/** True when the latest version is not yet signed by both: there is a draft to sign. */
export function draftNeedsSignatures(
  versions: { number: number }[],
  signatures: StandardSignature[],
): boolean {
  const latest = latestVersion(versions);
  return latest !== null && !versionStatus(latest.number, signatures).complete;
}

/**
 * Why the functions cannot sign a version as they stand, or null when they can: a function
 * nobody holds, or one person holding both, would leave every version unsigned forever.
 */
export function leadsProblem(leads: FunctionLeads): string | null {
  const vacant = LEAD_FUNCTIONS.filter((fn) => leads[fn] === null);
  if (vacant.length === 2) return "Name a marketing lead and a sales lead before signing.";
  if (vacant.length === 1) {
    return `Name a ${LEAD_FUNCTION_TITLES[vacant[0]!].toLowerCase()} before signing.`;
  }
  if (leads.MARKETING === leads.SALES) {
    return "One person holds both lead roles; the standard needs two different people to sign it.";
  }
  return null;
}

export type SigningAttempt = {
  version: number;
  latestVersion: number;
  function: LeadFunction;
  userId: string;
  leads: FunctionLeads;
  signatures: StandardSignature[];
};

/** Why this user may not sign this version for this function, or null when they may. */
export function signingProblem(attempt: SigningAttempt): string | null {
  const { version, latestVersion, userId, leads, signatures } = attempt;
  const fn = attempt.function;
  const title = LEAD_FUNCTION_TITLES[fn].toLowerCase();
  if (version !== latestVersion) {
    return `Only the latest version of the standard can be signed; version ${version} has been replaced by version ${latestVersion}.`;
  }
  if (leads[fn] !== userId) {
    return leads[fn] === null
      ? `Nobody holds the ${title} role yet; name one before signing.`
      : `Only the member who holds the ${title} role can sign for it.`;
  }
  const onVersion = signatures.filter((s) => s.version === version);
  const sameFunction = onVersion.find((s) => s.function === fn);
  if (sameFunction) {
    return sameFunction.userId === userId
      ? `You have already signed version ${version} as ${title}.`
      : `Version ${version} already carries a signature from the ${title}.`;
  }
  if (onVersion.some((s) => s.function === other(fn) && s.userId === userId)) {
    return `You signed version ${version} for the other function; the ${title} signature must come from a different person.`;
  }
  return null;
}
