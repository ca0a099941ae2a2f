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
    // Plain Node scripts and configs (scripts/*.mjs, *.config.mjs).
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: globals.node },
  },
);
