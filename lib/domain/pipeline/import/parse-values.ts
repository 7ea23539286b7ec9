import type { DecimalMark } from "./dialect";

export type DateOrder = "ymd" | "mdy" | "dmy";

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/**
 * An amount as CRMs export it: "$12,500.00", "12 500", "1.234,56 €", "(300)", "-300" (negative
 * amounts come back negative; refusing them is the caller's business). The last of "." or ","
 * is the decimal mark when both appear. A lone separator is read by the file's decimal mark:
 * with "." (the default) a "," followed by groups of three digits groups thousands ("1,234" is
 * 1234) and any other "," is decimal ("99,5"); with "," a "." followed by groups of three digits
 * groups thousands ("1.234" is 1234) and a single "," is decimal ("1,234" is 1.234).
 */
export function parseAmount(text: string, decimalMark: DecimalMark = "."): Parsed<number | null> {
  let s = text.trim();
  if (s === "") return { ok: true, value: null };
  const negative = /^\(.*\)$/.test(s) || s.startsWith("-");
  s = s
    .replace(/[()\-+\s\u00a0']/g, "")
    .replace(/^[A-Z]{3}|[A-Z]{3}$/gi, "")
    .replace(/[$€£¥]/g, "");
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    s = s.split(group).join("").replace(decimal, ".");
  } else if (lastComma >= 0) {
    const grouped = /^\d{1,3}(,\d{3})+$/.test(s);
    const single = lastComma === s.indexOf(",");
    const decimal = decimalMark === "," ? single : !grouped;
    s = decimal ? s.replace(",", ".") : grouped ? s.replaceAll(",", "") : s;
  } else if (lastDot >= 0 && decimalMark === ",") {
    if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replaceAll(".", "");
  }
  if (!/^\d+(\.\d+)?$/.test(s)) return fail(`"${text}" is not an amount`);
  const value = Number(s);
  return { ok: true, value: negative ? -value : value };
}

/**
 * The common case, fast: a full ISO instant as most CRMs and our own exports write it
 * ("2026-03-01T14:05:00.000Z"). Anything else, or a date that does not exist, returns null and
 * takes the general path.
 */
function exactIsoInstant(s: string): Date | null {
  if (s.length !== 24 || s[10] !== "T" || s[23] !== "Z") return null;
  if (s[4] !== "-" || s[7] !== "-" || s[13] !== ":" || s[16] !== ":" || s[19] !== ".") return null;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  const hh = digits(s, 11, 13);
  const mm = digits(s, 14, 16);
  const ss = digits(s, 17, 19);
  const ms = digits(s, 20, 23);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59 || ms < 0) return null;
  return new Date(Date.UTC(y, m - 1, d, hh, mm, ss, ms));
}

/** The number written in s[from, to), or -1 when a character there is not a digit. */
function digits(s: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A date or date-time as exported: year first ("2026-03-01", "2026-03-01 14:05", with or without
 * a zone; "2026/03/01" and "2026.03.01" too) or slashed or dotted ("03/01/2026", "01.03.2026",
 * either with a time) read in the given order; with "ymd", which expects neither, slashed dates
 * are month-first and dotted ones day-first. Times without a zone are UTC.
 */
export function parseDate(text: string, order: DateOrder = "ymd"): Parsed<Date | null> {
  const s = text.trim();
  if (s === "") return { ok: true, value: null };
  const exact = exactIsoInstant(s);
  if (exact) return { ok: true, value: exact };
  let y: number, m: number, d: number;
  let rest = "";
  const iso = s.match(/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/);
  const slashed = s.match(/^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(.*)$/);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[3]), Number(iso[4])];
    rest = iso[5]!;
  } else if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[3])];
    // Dotted dates are day-first wherever they are written; only an explicit "mdy" says otherwise.
    const dayFirst = order === "dmy" || (order === "ymd" && slashed[2] === ".");
    [m, d] = dayFirst ? [b, a] : [a, b];
    y = Number(slashed[4]);
    rest = slashed[5]!;
  } else {
    return fail(`"${text}" is not a date`);
  }
  const time = rest
    .trim()
    .match(/^(?:T|\s)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i);
  if (rest.trim() !== "" && !time) return fail(`"${text}" is not a date`);
  const [hh, mm, ss] = time ? [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)] : [0, 0, 0];
  const ms = time?.[4] ? Number(time[4].slice(0, 3).padEnd(3, "0")) : 0;
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 59)
    return fail(`"${text}" is not a date`);
  let epoch = Date.UTC(y, m - 1, d, hh, mm, ss, ms);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCDate() !== d) return fail(`"${text}" is not a date`);
  const zone = time?.[5];
  if (zone && zone.toUpperCase() !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.replace(/[+:-]/g, "");
    epoch -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  return { ok: true, value: new Date(epoch) };
}

/**
 * The day/month order of slashed dates, from sample cells: a first part above 12 means
 * day-first, a second part above 12 month-first. ISO dates read the same either way. When no
 * cell tells, dotted dates ("01.02.2026", as German and most European exports write them) are
 * day-first and slashed ones month-first.
 */
export function guessDateOrder(samples: string[]): DateOrder {
  for (const sample of samples) {
    const slashed = sample.trim().match(/^(\d{1,2})[/.](\d{1,2})[/.]\d{4}/);
    if (!slashed) continue;
    if (Number(slashed[1]) > 12) return "dmy";
    if (Number(slashed[2]) > 12) return "mdy";
  }
  const dated = samples.map((s) => s.trim()).filter((s) => /^\d{1,2}[/.]\d{1,2}[/.]\d{4}/.test(s));
  if (dated.length === 0) return "ymd";
  return dated.every((s) => /^\d{1,2}\.\d{1,2}\./.test(s)) ? "dmy" : "mdy";
}
