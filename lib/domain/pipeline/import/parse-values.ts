export type DateOrder = "ymd" | "mdy" | "dmy";

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/**
 * An amount as CRMs export it: "$12,500.00", "12 500", "1.234,56 €", "(300)". The last of "."
 * or "," is the decimal mark when both appear; a lone "," followed by three digits groups
 * thousands.
 */
export function parseAmount(text: string): Parsed<number | null> {
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
    s = /^\d{1,3}(,\d{3})+$/.test(s) ? s.replaceAll(",", "") : s.replace(",", ".");
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
 * A date or date-time as exported: ISO ("2026-03-01", "2026-03-01 14:05", with or without a
 * zone) or slashed ("03/01/2026") read in the given order. Times without a zone are UTC.
 */
export function parseDate(text: string, order: DateOrder = "ymd"): Parsed<Date | null> {
  const s = text.trim();
  if (s === "") return { ok: true, value: null };
  const exact = exactIsoInstant(s);
  if (exact) return { ok: true, value: exact };
  let y: number, m: number, d: number;
  let rest = "";
  const iso = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(.*)$/);
  const slashed = s.match(/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(.*)$/);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    rest = iso[4]!;
  } else if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    [m, d] = order === "dmy" ? [b, a] : [a, b];
    y = Number(slashed[3]);
    rest = slashed[4]!;
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
 * day-first, a second part above 12 month-first. ISO dates read the same either way.
 */
export function guessDateOrder(samples: string[]): DateOrder {
  for (const sample of samples) {
    const slashed = sample.trim().match(/^(\d{1,2})[/.](\d{1,2})[/.]\d{4}/);
    if (!slashed) continue;
    if (Number(slashed[1]) > 12) return "dmy";
    if (Number(slashed[2]) > 12) return "mdy";
  }
  return samples.some((s) => /^\d{1,2}[/.]\d{1,2}[/.]\d{4}/.test(s.trim())) ? "mdy" : "ymd";
}
