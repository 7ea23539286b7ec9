export const APP_ROLE: string;
export function enableLocalAppLogin(ownerUrl: string): Promise<string>;
