// ESLint flat config: recommended JS + TypeScript rules, React hooks, Next.js core web vitals.
// Not type-aware on purpose (`tsc --noEmit` covers types; this stays fast). Run with
// `npm run lint` (zero warnings allowed).
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      // .next, .next-test and any other NEXT_DIST_DIR a developer picks (.next-ui …)
      ".next/**",
      ".next-*/**",
      ".data/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "cache/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    ...nextPlugin.configs["core-web-vitals"],
  },
  {
    rules: {
      // Only says the React Compiler would skip memoizing a component (react-hook-form's watch()).
      // We do not run the React Compiler, so it is noise; the other compiler-derived rules stay.
      "react-hooks/incompatible-library": "off",
      // `_`-prefixed names mark an argument or binding kept on purpose (handler signatures,
      // destructuring that drops a field).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // The benefit form runs in the browser: it may know the types' schemas
    // (lib/benefits/benefit-type-schemas.ts), never their delivery, which pulls in Prisma and pg.
    files: ["components/benefits/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@/lib/benefits/registry", message: "Use @/lib/benefits/benefit-type-schemas in browser code." }],
          patterns: [{ regex: "^@/lib/(?:db$|providers/|benefits/[^/]+/strategy$)", message: "Server-only module in browser code." }],
        },
      ],
    },
  },
  {
    // The customer portal (pages, API, components, logic) reaches only its own modules and a few
    // shared basics, never merchant modules: a merchant-only function one import away from a
    // customer's request is a data leak waiting to happen. Anything else it needs goes through
    // lib/portal/. (The public license API under /v1/customer-portal/ is not portal code.)
    files: [
      "app/portal/**",
      "lib/portal/**",
      "components/portal/**",
      "lib/api/with-customer.ts",
      "app/v1/customer-portal/benefit-grants/**",
      "app/v1/customer-portal/license-keys/route.ts",
      "app/v1/customer-portal/license-keys/\\[id\\]/**",
      "app/v1/customer-portal/meters/route.ts",
      "app/v1/customer-portal/meters/\\[id\\]/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // Any @/lib, @/components or @/app module except the allowed ones (a gitignore-style
              // group cannot re-include files under an excluded folder, hence a regex).
              regex: [
                "^@/(?!",
                "lib/portal/|lib/db$|lib/generated/prisma/|",
                "lib/api/(?:errors|error-response|parse|pagination|action-result|with-customer)$|",
                "lib/auth/customer-session-find$|lib/auth/customer-session-url$|",
                // The customer's own connected accounts (GitHub, Discord): customer-scoped by design.
                "lib/accounts/|",
                "lib/license-keys/(?:serialize-license-key|deactivate-license-key)$|",
                // Customer-scoped reads of the customer's own balances and usage.
                "lib/meters/(?:portal-customer-meters|list-usage-days)$|",
                "components/ui/|components/portal/|app/portal/",
                ")(?:lib|components|app)/",
              ].join(""),
              message: "Portal code imports only lib/portal, the portal's own components and a few shared basics (see eslint.config.mjs).",
            },
            { group: ["../*"], message: "Use an @/ import, so the portal's import boundary can see it." },
          ],
        },
      ],
    },
  },
  {
    // Plain Node scripts and configs (scripts/*.mjs, *.config.mjs).
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: globals.node },
  },
);
