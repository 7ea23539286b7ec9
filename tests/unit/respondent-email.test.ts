import { describe, expect, it } from "vitest";
import { respondentEmail } from "@/lib/services/snapshot/respondent-email";

const base = {
  to: "sam@northwind.test",
  name: "Sam",
  companyName: "Northwind Components",
  url: "https://app.test/s/token",
  reminder: false,
};

describe("the invitation to answer a Snapshot", () => {
  it("names the consultant, their consultancy and the role as the form writes it", () => {
    const mail = respondentEmail({
      ...base,
      role: "SALES",
      inviter: { name: "Ingrid Solberg", organizationName: "Fjord Revenue Advisors" },
    });
    expect(mail.text).toContain(
      "Ingrid Solberg of Fjord Revenue Advisors asked you to answer Northwind Components's Snapshot as Head of sales:",
    );
    expect(mail.html).toContain("Ingrid Solberg of Fjord Revenue Advisors asked you");
  });

  it("names the consultancy alone when the consultant gave no name, never an address", () => {
    const mail = respondentEmail({
      ...base,
      role: "CEO",
      inviter: { name: null, organizationName: "Fjord Revenue Advisors" },
    });
    expect(mail.text).toContain("Fjord Revenue Advisors asked you to answer");
    expect(mail.text).toContain("as CEO:");
    expect(mail.text).not.toMatch(/@.*asked you/);
  });

  it("still reads as a sentence when nobody is named", () => {
    const mail = respondentEmail({
      ...base,
      role: "OTHER",
      inviter: { name: "  ", organizationName: null },
    });
    expect(mail.text).toContain(
      "You are invited to answer Northwind Components's Snapshot as one of its leaders:",
    );
  });

  it("keeps the role's capitals in a reminder", () => {
    const mail = respondentEmail({
      ...base,
      reminder: true,
      role: "MARKETING",
      inviter: { name: "Dana", organizationName: null },
    });
    expect(mail.text).toContain("waiting for your answers as Head of marketing.");
  });
});
