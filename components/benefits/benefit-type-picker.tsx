import Link from "next/link";
import type { BenefitType } from "@/lib/generated/prisma/enums";
import { BENEFIT_TYPE_INFO, benefitTypeLabel } from "./benefit-type-info";

/** Six cards, one per benefit type; each links to the form for that type. */
export function BenefitTypePicker({ hrefFor }: { hrefFor: (type: BenefitType) => string }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Benefit types">
      {BENEFIT_TYPE_INFO.map((info) => (
        <li key={info.type}>
          <Link
            href={hrefFor(info.type)}
            className="flex h-full flex-col rounded-lg bg-white p-5 shadow-xs ring-1 ring-gray-200 transition hover:ring-2 hover:ring-brand-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            <span aria-hidden className="flex size-9 items-center justify-center rounded-md bg-brand-50 text-brand-700">
              <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" className="size-5">
                <path d={info.iconPath} />
              </svg>
            </span>
            <span className="mt-3 text-sm font-semibold text-gray-900">{benefitTypeLabel(info.type)}</span>
            <span className="mt-1 text-sm text-gray-600">{info.description}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
