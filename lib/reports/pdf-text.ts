/**
 * Code points above U+00FF that the embedded Inter latin subset draws (read from the
 * @fontsource/inter woff files; the same in every weight). Everything else above Latin-1 would
 * come out as an empty box, which in a board document reads as a broken file.
 */
const EXTRA_GLYPHS = new Set([
  0x131, 0x152, 0x153, 0x2bb, 0x2bc, 0x2c6, 0x2da, 0x2dc, 0x2002, 0x2009, 0x2013, 0x2014, 0x2018,
  0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2022, 0x2026, 0x2032, 0x2033, 0x2039, 0x203a, 0x2044,
  0x20ac, 0x2122, 0x2191, 0x2193, 0x2212,
]);

/** What a writer would type instead, for the missing characters that carry meaning. */
const REPLACEMENTS: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "↔": "<->",
  "⇒": "=>",
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "≈": "~",
  "‐": "-",
  "‑": "-",
  "‒": "–",
  "―": "—",
  "‰": "per mille",
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  Ħ: "H",
  ħ: "h",
};

/** Spaces of every width, including the narrow one Intl puts into formatted numbers and times. */
const SPACES = /[\t\n\r\u2000-\u200a\u202f\u205f\u3000]/;
/** Invisible characters (soft hyphen, zero-width and direction marks, variation selectors, BOM). */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/;

const drawable = (char: string) => {
  const code = char.codePointAt(0)!;
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff && code !== 0xad) ||
    EXTRA_GLYPHS.has(code)
  );
};

function sanitizeChar(char: string): string {
  if (SPACES.test(char)) return " ";
  if (INVISIBLE.test(char)) return "";
  if (drawable(char)) return char;
  const replacement = REPLACEMENTS[char];
  if (replacement !== undefined) return replacement;
  // Letters with accents the subset lacks keep their base letter: "Š" → "S", "ﬁ" → "fi".
  const base = [...char.normalize("NFKD")].filter((c) => drawable(c) && !/\p{M}/u.test(c)).join("");
  return base || "?";
}

/**
 * Text as the embedded font can draw it: arrows and comparison signs become their ASCII
 * spellings, accented letters outside the subset lose the accent, and anything else becomes "?".
 */
export function pdfText(text: string): string {
  let out = "";
  for (const char of text) out += sanitizeChar(char);
  return out;
}
