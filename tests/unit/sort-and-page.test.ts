import { describe, expect, it } from "vitest";
import { listHref, pageCount, pageRows, parseSortAndPage } from "../../lib/http/sort-and-page";

const options = {
  sorts: ["ratio", "amount", "days", "name"] as const,
  defaultSort: "ratio" as const,
  defaultDirections: { name: "asc" as const },
  pageSize: 25,
};

describe("sort and page from the address", () => {
  it("starts on the default sort, largest first, page 1", () => {
    expect(parseSortAndPage({}, options)).toEqual({
      sort: "ratio",
      direction: "desc",
      page: 1,
      pageSize: 25,
      offset: 0,
    });
  });

  it("reads a known sort, direction and page, and skips the rows before the page", () => {
    expect(parseSortAndPage({ sort: "amount", dir: "asc", page: "3" }, options)).toMatchObject({
      sort: "amount",
      direction: "asc",
      page: 3,
      offset: 50,
    });
  });

  it("gives a sort named without a direction that column's own default", () => {
    expect(parseSortAndPage({ sort: "name" }, options).direction).toBe("asc");
    expect(parseSortAndPage({ sort: "days" }, options).direction).toBe("desc");
  });

  it.each([
    [{ sort: "owner; drop table" }, "ratio"],
    [{ sort: ["amount", "days"] }, "ratio"],
    [{ sort: "" }, "ratio"],
  ])("falls back to the default sort for %j", (raw, sort) => {
    expect(parseSortAndPage(raw, options).sort).toBe(sort);
  });

  it.each(["0", "-2", "1.5", "two", "", "99999999999"])(
    "shows page 1 for the page %j instead of failing",
    (page) => {
      expect(parseSortAndPage({ page }, options)).toMatchObject({ page: 1, offset: 0 });
    },
  );

  it("ignores a direction it does not know", () => {
    expect(parseSortAndPage({ sort: "amount", dir: "sideways" }, options).direction).toBe("desc");
  });
});

describe("pages of a list", () => {
  it("says which rows a page holds, the last one short", () => {
    expect(pageRows(1, 25, 61)).toEqual({ first: 1, last: 25 });
    expect(pageRows(2, 25, 61)).toEqual({ first: 26, last: 50 });
    expect(pageRows(3, 25, 61)).toEqual({ first: 51, last: 61 });
    expect(pageRows(1, 25, 0)).toEqual({ first: 0, last: 0 });
  });

  it("counts pages, at least one", () => {
    expect(pageCount(61, 25)).toBe(3);
    expect(pageCount(50, 25)).toBe(2);
    expect(pageCount(0, 25)).toBe(1);
  });
});

describe("list links", () => {
  it("keep the filters, apply the change, and leave empty values out", () => {
    expect(
      listHref(
        "/o/acme/pipeline",
        { owner: "Dana Reyes", source: undefined, stale: 3 },
        {
          sort: "amount",
          page: 2,
        },
      ),
    ).toBe("/o/acme/pipeline?owner=Dana+Reyes&stale=3&sort=amount&page=2");
    expect(listHref("/o/acme/pipeline", { owner: "" }, { page: undefined })).toBe(
      "/o/acme/pipeline",
    );
  });
});
