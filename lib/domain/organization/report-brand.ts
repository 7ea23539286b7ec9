/** Who a report is by, as every page and the PDF show it. */
export type ReportBrand = {
  /** The consultancy that bought the Snapshot, or the company itself when it bought its own. */
  name: string;
  accentColor: string | null;
  /** For the web: the uploaded logo's URL, else the older logo address, else null. */
  logoSrc: string | null;
  /** The uploaded logo's version, the only logo the PDF draws; null when none is uploaded. */
  uploadedLogoVersion: string | null;
  organizationId: string;
  /** Null when there is no one to name. */
  preparedBy: {
    name: string | null;
    title: string | null;
    email: string | null;
    phone: string | null;
  } | null;
};

export type BrandSource = {
  id: string;
  name: string;
  accentColor: string | null;
  logoUrl: string | null;
  logoVersion: string | null;
  preparedByName: string | null;
  preparedByTitle: string | null;
  preparedByEmail: string | null;
  preparedByPhone: string | null;
};

/** Where an uploaded logo is served; the version changes with the image, so it caches for good. */
export function logoPath(organizationId: string, version: string): string {
  return `/logos/${organizationId}/${version}`;
}

/**
 * The brand on a report. The consultant's name comes from the organization's "prepared by"
 * setting, because a consultancy decides who signs its reports (often a partner, not whoever
 * clicked Publish); when that is blank, the person who published the version is named, since
 * they put it in front of the client. The title and contact only come with the setting.
 */
export function reportBrandOf(source: BrandSource, publisherName: string | null): ReportBrand {
  const named = source.preparedByName?.trim() || publisherName?.trim() || null;
  const preparedBy = {
    name: named,
    title: source.preparedByTitle,
    email: source.preparedByEmail,
    phone: source.preparedByPhone,
  };
  const anything = Object.values(preparedBy).some((value) => value !== null);
  return {
    name: source.name,
    accentColor: source.accentColor,
    logoSrc: source.logoVersion ? logoPath(source.id, source.logoVersion) : source.logoUrl,
    uploadedLogoVersion: source.logoVersion,
    organizationId: source.id,
    preparedBy: anything ? preparedBy : null,
  };
}
