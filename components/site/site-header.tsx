import { Logo } from "./logo";

export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="border-b border-slate-200 bg-white/90 backdrop-blur print:hidden">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <Logo />
        {children ? <nav className="flex items-center gap-1 sm:gap-2">{children}</nav> : null}
      </div>
    </header>
  );
}
