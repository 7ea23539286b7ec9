/**
 * Why an organization rule refuses a change, in words for the person who tried. The entry point
 * turns the code into an HTTP status or a form message; domain code only names it.
 */
export type RuleViolation = {
  code: "NOT_FOUND" | "CONFLICT" | "FORBIDDEN";
  message: string;
};
