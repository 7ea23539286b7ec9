import type { CSSProperties, ReactNode } from "react";

export type Branding = { name: string; logoUrl: string | null; accentColor: string | null };

/** An organization's accent colour replaces the brand colour for everything inside. */
export function BrandScope({ branding, children }: { branding: Branding; children: ReactNode }) {
  const style = branding.accentColor
    ? ({
        "--color-brand-600": branding.accentColor,
        "--color-brand-700": branding.accentColor,
      } as CSSProperties)
    : undefined;
  return <div style={style}>{children}</div>;
}

export function BrandedHeader({ branding }: { branding: Branding }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-3 px-4 sm:px-6">
        {branding.logoUrl ? (
          // A customer-supplied URL on any host: a plain img avoids configuring remote image hosts.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={branding.logoUrl} alt="" className="h-8 w-auto max-w-32 object-contain" />
        ) : null}
        <span className="text-ink font-semibold">{branding.name}</span>
        <span className="text-muted ml-auto text-xs">Revenue Leak Diagnostic</span>
      </div>
    </header>
  );
}
