import { describe, expect, it } from "vitest";
import {
  csvRecords,
  guessDateOrder,
  parseAmount,
  parseDate,
  sniffFile,
  SNIFF_BYTES,
  type CsvDialect,
} from "@/lib/domain/pipeline/import";

/** Windows-1252 bytes of a text ("€" is 0x80 there; the other characters here are Latin-1). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => (c === "€" ? 0x80 : c.charCodeAt(0))));
}

/** UTF-16 bytes with a byte-order mark, as Excel's "Unicode Text" writes them. */
function utf16(text: string, order: "le" | "be"): Uint8Array {
  const bytes = [order === "le" ? 0xff : 0xfe, order === "le" ? 0xfe : 0xff];
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (order === "le") bytes.push(code & 0xff, code >> 8);
    else bytes.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(bytes);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The bytes in pieces of `size`, as an upload arrives; an odd size splits UTF-16 characters. */
function chunks(bytes: Uint8Array, size = 7): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return parts;
}

async function cellsOf(bytes: Uint8Array, dialect: Partial<CsvDialect>) {
  const out: { line: number; cells: string[] }[] = [];
  for await (const record of csvRecords(chunks(bytes), dialect)) out.push(record);
  return out;
}

const GERMAN_EXPORT =
  "Nummer;Bezeichnung;Kunde;Betrag;Erstellt am\r\n" +
  "A-1;Förderanlage;Brüder Küster GmbH;12.500,00 €;09.01.2017\r\n" +
  'A-2;"Wartung; 5.000 € p.a.";Müller AG;980,5;16.01.2017\r\n' +
  "A-3;Regal;Müller;1.234;23.01.2017\r\n";

describe("sniffing a file", () => {
  it("reads an Excel CSV from a German Windows: Windows-1252, semicolons, decimal commas", () => {
    expect(sniffFile(windows1252(GERMAN_EXPORT))).toEqual({
      ok: true,
      encoding: "windows-1252",
      delimiter: ";",
      decimalMark: ",",
    });
  });

  it("takes valid UTF-8 as UTF-8, with or without a byte-order mark", () => {
    expect(sniffFile(utf8(GERMAN_EXPORT))).toMatchObject({ ok: true, encoding: "utf-8" });
    expect(sniffFile(utf8(`\uFEFF${GERMAN_EXPORT}`))).toMatchObject({
      ok: true,
      encoding: "utf-8",
      delimiter: ";",
    });
  });

  it("reads Excel's Unicode Text: UTF-16 with a byte-order mark, tab-delimited", () => {
    const text = "Deal\tKunde\tBetrag\r\nD1\tMüller\t980,5\r\nD2\tKüster\t1.200,00\r\n";
    expect(sniffFile(utf16(text, "le"))).toEqual({
      ok: true,
      encoding: "utf-16le",
      delimiter: "\t",
      decimalMark: ",",
    });
    expect(sniffFile(utf16(text, "be"))).toMatchObject({ ok: true, encoding: "utf-16be" });
  });

  it("keeps a US export's commas and decimal points", () => {
    const text = 'Record ID,Deal Name,Amount\n1,"Acme, Inc.","$12,500.00"\n2,Globex,980.5\n';
    expect(sniffFile(utf8(text))).toEqual({
      ok: true,
      encoding: "utf-8",
      delimiter: ",",
      decimalMark: ".",
    });
  });

  it("picks the delimiter whose column count holds across lines, not the most frequent one", () => {
    // Commas in every name, but only the pipe cuts each line into the header's three columns.
    const text = "id|name|stage\n1|Acme, Inc., renewal|Won\n2|Globex, EU|Lost\n";
    expect(sniffFile(utf8(text))).toMatchObject({ ok: true, delimiter: "|" });
    // A delimiter inside a quoted header cell does not count.
    const quoted = '"Deal; name",Amount\n"A; B",1\n';
    expect(sniffFile(utf8(quoted))).toMatchObject({ ok: true, delimiter: "," });
  });

  it("settles a tie for the comma", () => {
    expect(sniffFile(utf8("a,b;c\n1,2;3\n"))).toMatchObject({ ok: true, delimiter: "," });
  });

  it("leaves numbers that read either way (1.234) to the decimal point", () => {
    expect(sniffFile(utf8("Deal;Betrag\nA;1.234\nB;2.500\n"))).toMatchObject({
      ok: true,
      delimiter: ";",
      decimalMark: ".",
    });
  });

  it("says a zip archive or xlsx workbook is not a CSV file, and how to save one", () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(sniffFile(xlsx)).toEqual({
      ok: false,
      reason:
        "This looks like a zip archive or an Excel workbook, not a CSV file. In Excel, use File → Save As → CSV.",
    });
  });

  it("says a PDF is a PDF", () => {
    const result = sniffFile(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\n"));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^This looks like a PDF document, not a CSV file/);
  });

  it("says a gzip file must be unpacked first", () => {
    const gzip = Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]);
    expect(sniffFile(gzip)).toEqual({
      ok: false,
      reason:
        "This looks like a gzip-compressed file, not a CSV file. Unpack it and upload the CSV inside.",
    });
  });

  it("says an Excel export saved as a web page is not a CSV file", () => {
    const result = sniffFile(
      utf8("<html><body><table><tr><td>Deal</td></tr></table></body></html>"),
    );
    expect(!result.ok && result.reason).toMatch(/^This looks like a web page or an XML file/);
  });

  it("says a file with NUL bytes or control characters is not text", () => {
    const withNul = utf8("id,name\n1,a\n\0\0\0\0binary");
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? (i % 31) + 1 : 65));
    for (const bytes of [withNul, controls]) {
      const result = sniffFile(bytes);
      expect(!result.ok && result.reason).toMatch(/^This file is not text/);
    }
  });

  it("says an empty file is empty, byte-order mark and blank lines or not", () => {
    for (const bytes of [new Uint8Array(0), utf8("\uFEFF\r\n\r\n  \n")]) {
      const result = sniffFile(bytes);
      expect(!result.ok && result.reason).toMatch(/^The file is empty/);
    }
  });

  it("says a page of prose has no columns, quoting its first line", () => {
    const result = sniffFile(
      utf8("Dear team\nplease find the March figures below.\nRegards, Dana\n"),
    );
    expect(result).toEqual({
      ok: false,
      reason:
        'This file is plain text, not a table: its first line ("Dear team") has no commas, ' +
        "semicolons, tabs or pipes between column names. Export the deals from the CRM as CSV, " +
        "with a header row.",
    });
  });

  it("does not hold a long quoted note running past the 64 KB sample against the file", () => {
    const text = 'id;note;stage\n1;"' + "a long note\n".repeat(8_000) + '";Won\n';
    const head = utf8(text).subarray(0, SNIFF_BYTES);
    expect(sniffFile(head)).toEqual({
      ok: true,
      encoding: "utf-8",
      delimiter: ";",
      decimalMark: ".",
    });
  });
});

describe("reading a European export end to end", () => {
  it("reads Windows-1252 cells, quoted semicolons and decimal commas as the user typed them", async () => {
    const bytes = windows1252(GERMAN_EXPORT);
    const sniffed = sniffFile(bytes);
    if (!sniffed.ok) throw new Error(sniffed.reason);
    const [header, ...rows] = await cellsOf(bytes, sniffed);
    expect(header!.cells).toEqual(["Nummer", "Bezeichnung", "Kunde", "Betrag", "Erstellt am"]);
    expect(rows.map((r) => r.cells[2])).toEqual(["Brüder Küster GmbH", "Müller AG", "Müller"]);
    expect(rows[1]!.cells[1]).toBe("Wartung; 5.000 € p.a.");
    expect(rows.map((r) => parseAmount(r.cells[3]!, sniffed.decimalMark))).toEqual([
      { ok: true, value: 12500 },
      { ok: true, value: 980.5 },
      { ok: true, value: 1234 },
    ]);
    const dates = rows.map((r) => r.cells[4]!);
    const order = guessDateOrder(dates);
    expect(
      dates.map((d) => parseDate(d, order)).map((p) => p.ok && p.value?.toISOString()),
    ).toEqual(["2017-01-09T00:00:00.000Z", "2017-01-16T00:00:00.000Z", "2017-01-23T00:00:00.000Z"]);
  });

  it("reads UTF-16 cells whose bytes are split between chunks, numbering lines as the file does", async () => {
    const text = 'Deal\tNotiz\tBetrag\r\nD1\t"zwei\r\nZeilen"\t980,5\r\nD2\tMüller\t1.200,00\r\n';
    const records = await cellsOf(utf16(text, "le"), { encoding: "utf-16le", delimiter: "\t" });
    expect(records).toEqual([
      { line: 1, cells: ["Deal", "Notiz", "Betrag"] },
      { line: 3, cells: ["D1", "zwei\r\nZeilen", "980,5"] },
      { line: 4, cells: ["D2", "Müller", "1.200,00"] },
    ]);
  });

  it("still reads UTF-8 and commas when no dialect is given", async () => {
    const records = await cellsOf(utf8("id,name\n1,Müller\n"), {});
    expect(records[1]!.cells).toEqual(["1", "Müller"]);
  });
});

describe("amounts and dates written the European way", () => {
  it.each([
    ["12.500,00", 12500],
    ["980,5", 980.5],
    ["1.234", 1234],
    ["1 234,56", 1234.56],
    ["1.234.567", 1234567],
    ["1,234", 1.234],
    ["48.600,00 €", 48600],
    ["-1.234", -1234],
    ["(1.000,50)", -1000.5],
  ])("with a decimal comma reads %j as %d", (text, value) => {
    expect(parseAmount(text, ",")).toEqual({ ok: true, value });
  });

  it("reads 1.234 as a decimal with the default decimal point, as before", () => {
    expect(parseAmount("1.234")).toEqual({ ok: true, value: 1.234 });
    expect(parseAmount("1,234")).toEqual({ ok: true, value: 1234 });
  });

  it("refuses a number no decimal mark makes sense of", () => {
    expect(parseAmount("1,2,3", ",")).toEqual({ ok: false, reason: '"1,2,3" is not an amount' });
  });

  it.each([
    ["01.02.2017", "dmy", "2017-02-01T00:00:00.000Z"],
    ["01.02.2017", "ymd", "2017-02-01T00:00:00.000Z"],
    ["01.02.2017 09:30", "dmy", "2017-02-01T09:30:00.000Z"],
    ["2017-02-01 09:30", "ymd", "2017-02-01T09:30:00.000Z"],
    ["2017/02/01", "ymd", "2017-02-01T00:00:00.000Z"],
  ] as const)("reads the date %j (%s)", (text, order, iso) => {
    const parsed = parseDate(text, order);
    expect(parsed.ok && parsed.value?.toISOString()).toBe(iso);
  });

  it("takes dotted dates that could go either way as day-first", () => {
    expect(guessDateOrder(["01.02.2017", "03.04.2017"])).toBe("dmy");
    expect(guessDateOrder(["01/02/2017"])).toBe("mdy");
  });
});
