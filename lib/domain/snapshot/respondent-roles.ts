import { z } from "zod";
import type { RespondentRole } from "./types";

export const RESPONDENT_ROLES = [
  "CEO",
  "MARKETING",
  "SALES",
  "OTHER",
] as const satisfies readonly RespondentRole[];

/**
 * The three leaders whose views are compared for perception gaps. Other respondents count in the
 * combined scores, but the gap is about the functions that own the chain.
 */
export const LEADERSHIP_ROLES: readonly RespondentRole[] = ["CEO", "MARKETING", "SALES"];

export const ROLE_LABELS: Record<RespondentRole, string> = {
  CEO: "the CEO",
  MARKETING: "the head of marketing",
  SALES: "the head of sales",
  OTHER: "another leader",
};

/** The same roles as titles, for lists, forms and chart legends. */
export const ROLE_TITLES: Record<RespondentRole, string> = {
  CEO: "CEO",
  MARKETING: "Head of marketing",
  SALES: "Head of sales",
  OTHER: "Other leader",
};

export const ZRespondentRole = z.enum(RESPONDENT_ROLES, {
  error: "Choose CEO, head of marketing, head of sales or other.",
});
