import "./globals.css";
import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";

/**
 * Inter, self-hosted from @fontsource-variable/inter's Latin file through next/font, with a
 * fallback sized to match, so text neither waits for it nor jumps when it arrives. Not
 * preloaded: text paints in the fallback first, and a 49 KB preload competed with the page's
 * scripts on a slow phone connection (docs/benchmarks.md, bench:pages).
 */
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  display: "swap",
  preload: false,
  variable: "--font-inter",
});

export const metadata: Metadata = {
  title: { default: "Revenue Chain", template: "%s · Revenue Chain" },
  description:
    "Find where your B2B revenue chain breaks: positioning, marketing, sales messaging, relationship dependence, or the silo between marketing and sales.",
  // The files live in public/ (drawn by scripts/make-icons.mjs from icon.svg).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#4f46e5",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
