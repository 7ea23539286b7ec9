const SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

/**
 * The three characters Salesforce appends to a 15-character id to make it 18: per 5-character
 * chunk, a 5-bit number with bit i set when character i is an uppercase letter, as a letter or
 * digit of SUFFIX_CHARS.
 */
function caseChecksum(id15: string): string {
  let suffix = "";
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += SUFFIX_CHARS[bits];
  }
  return suffix;
}

/**
 * One spelling per record: an 18-character Salesforce id whose last three characters are the
 * case checksum of its first 15 becomes those 15 (Salesforce reports export the short form, the
 * API and Data Loader the long one); anything else comes back trimmed and otherwise unchanged.
 */
export function canonicalRecordId(id: string): string {
  const s = id.trim();
  if (s.length !== 18 || !/^[0-9A-Za-z]{18}$/.test(s)) return s;
  const base = s.slice(0, 15);
  return caseChecksum(base) === s.slice(15) ? base : s;
}
