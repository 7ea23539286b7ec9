export type Migrator = {
  deploy(): Promise<string[]>;
  createMigration(name: string): Promise<string | null>;
  diffDatabaseToSchema(): Promise<{ exitCode: number; script: string }>;
  close(): void;
};
export function createMigrator(options: { url: string; root?: string }): Promise<Migrator>;
