export const JOB_SCHEMA: string;
export const QUEUES: {
  name: string;
  retryLimit: number;
  retryDelay: number;
  expireInSeconds: number;
}[];
export function installJobQueue(ownerUrl: string): Promise<void>;
