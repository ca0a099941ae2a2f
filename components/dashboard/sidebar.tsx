import Link from "next/link";
import { NavLink } from "@/components/dashboard/nav-link";
import { OrgSwitcher } from "@/components/dashboard/org-switcher";
import { signOutAction } from "@/components/dashboard/sign-out-action";

const SECTIONS = [
  { href: "", label: "Overview" },
  { href: "/products", label: "Products" },
  { href: "/benefits", label: "Benefits" },
  { href: "/files", label: "Files" },
  { href: "/customers", label: "Customers" },
  { href: "/license-keys", label: "License keys" },
  { href: "/meters", label: "Meters" },
  { href: "/subscriptions", label: "Subscriptions" },
  { href: "/orders", label: "Orders" },
  { href: "/integrations", label: "Integrations" },
] as const;

const SETTINGS = [
  { href: "/settings", label: "Organization" },
  { href: "/settings/members", label: "Members" },
  { href: "/settings/tokens", label: "API tokens" },
  { href: "/settings/webhooks", label: "Webhooks" },
  { href: "/settings/license-signing", label: "License signing" },
] as const;

export function Sidebar({
  org,
  organizations,
  user,
  role,
}: {
  org: { name: string; slug: string };
  organizations: { name: string; slug: string }[];
  user: { email: string; name: string | null };
  role: string;
}) {
  const base = `/dashboard/${org.slug}`;
  return (
    <aside className="flex w-60 shrink-0 flex-col border-r border-gray-200 bg-white px-3 py-4">
      <Link href={base} className="px-2 text-lg font-bold tracking-tight text-brand-700">
        Benefactor
      </Link>
      <div className="mt-4">
        <OrgSwitcher current={org} organizations={organizations} />
      </div>
      <nav aria-label="Main" className="mt-5 flex flex-col gap-0.5">
        {SECTIONS.map((s) => (
          <NavLink key={s.href} href={`${base}${s.href}`} exact={s.href === ""}>
            {s.label}
          </NavLink>
        ))}
      </nav>
      <p className="mt-6 px-2 text-xs font-semibold tracking-wide text-gray-500 uppercase">Settings</p>
      <nav aria-label="Settings" className="mt-1 flex flex-col gap-0.5">
        {SETTINGS.map((s) => (
          // Only "Organization" (/settings) must not light up for every settings page below it.
          <NavLink key={s.href} href={`${base}${s.href}`} exact={s.href === "/settings"}>
            {s.label}
          </NavLink>
        ))}
      </nav>
      <div className="mt-auto border-t border-gray-100 px-2 pt-3 text-xs text-gray-600">
        <p className="truncate font-medium text-gray-800" title={user.email}>
          {user.name ?? user.email}
        </p>
        <p className="truncate">
          {user.email} · {role}
        </p>
        <form action={signOutAction} className="mt-2">
          <button type="submit" className="text-brand-700 hover:underline">
            Sign out
          </button>
        </form>
      </div>
    </aside>
  );
}
