import { resultFileRoute } from "../result-file-route";

/** The result's link preview (og:image): the costliest fracture and its band, no answers. */
export const GET = resultFileRoute("image");
