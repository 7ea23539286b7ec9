/**
 * The limits count in fixed windows aligned to the clock (lib/limits/rate-limit.ts). A burst that
 * straddles a window's end is counted partly in the next window, so a test that sends one waits,
 * when it must, until the current window has room for the whole burst.
 */
export async function clearOfWindowEdge(windowSeconds: number, burstSeconds: number) {
  const windowMs = windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < burstSeconds * 1000) await new Promise((r) => setTimeout(r, left + 250));
}
