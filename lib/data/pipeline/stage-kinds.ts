export const KIND = { open: "OPEN", won: "WON", lost: "LOST" } as const;

export const FROM_KIND = { OPEN: "open", WON: "won", LOST: "lost" } as const;
