import type { ReactNode } from "react";

/** A centered message page (expired link, signed out), in the portal's look. */
export function PortalMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-[70vh] max-w-md flex-col justify-center px-4 py-16">
      <div className="rounded-lg bg-white p-8 text-center shadow-xs ring-1 ring-gray-200">
        <h1 className="text-lg font-semibold text-gray-900">{title}</h1>
        <div className="mt-2 text-sm text-gray-600">{children}</div>
      </div>
    </main>
  );
}

export function PortalFooter() {
  return <footer className="py-8 text-center text-xs text-gray-400">Benefits delivered by Benefactor</footer>;
}
