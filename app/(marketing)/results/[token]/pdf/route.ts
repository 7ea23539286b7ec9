import { resultFileRoute } from "../result-file-route";

/** The result on one A4 page, to forward or print. */
export const GET = resultFileRoute("pdf");
