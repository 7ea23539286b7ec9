export type EmbeddedDatabase = {
  url: string;
  adminUrl: string;
  port: number;
  stop: () => Promise<void>;
};
export function findFreePort(): Promise<number>;
export function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  database?: string;
  persistent?: boolean;
}): Promise<EmbeddedDatabase>;
