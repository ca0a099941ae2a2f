import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PortalFooter } from "@/components/portal/portal-frame";

export const metadata: Metadata = {
  title: "Customer portal",
  robots: { index: false, follow: false },
  // Portal URLs carry sign-in tokens on the way in; links out of a note never send them on.
  referrer: "no-referrer",
};

// The frame only: whether anyone is signed in is each page's business, so the not-found page
// (an expired link) renders inside it too.
export default function PortalLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-gray-50">
      <div className="flex-1">{children}</div>
      <PortalFooter />
    </div>
  );
}
