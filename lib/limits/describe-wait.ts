/** "about 14 minutes", "42 seconds", "about 3 hours": how long until a retry can succeed. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} second${seconds <= 1 ? "" : "s"}`;
  if (seconds < 3600) {
    const minutes = Math.ceil(seconds / 60);
    return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  }
  const hours = Math.ceil(seconds / 3600);
  return `about ${hours} hour${hours === 1 ? "" : "s"}`;
}
