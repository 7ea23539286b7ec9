// The role the app runs as. Migrations create it without login (it owns nothing and cannot
// bypass row-level security); on a local or test database we let it log in with a fixed
// password and hand the app a connection string for it. Production creates its own login role
// as a member of revenue_chain_app (see README).
import pg from "pg";

export const APP_ROLE = "revenue_chain_app";
const LOCAL_PASSWORD = "revenue_chain_app";

/** Allow the app role to log in on this (local) server; returns the app's connection string. */
export async function enableLocalAppLogin(ownerUrl) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD '${LOCAL_PASSWORD}'`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = LOCAL_PASSWORD;
  return url.toString();
}
