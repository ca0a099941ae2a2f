/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Polar SDK calls collection paths with a trailing slash (/v1/benefits/); Next would answer
  // those with a 308. proxy.ts strips the slash for /v1 instead, so both forms reach one route.
  skipTrailingSlashRedirect: true,
  // discord.js lazily imports the optional 'zlib-sync', which Turbopack cannot resolve.
  serverExternalPackages: ["discord.js", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  // Tests build into their own folder so they never fight a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Tests and Playwright reach `next dev` on 127.0.0.1; Next 16 blocks its dev resources for any
  // origin but localhost unless listed, and the pages then never hydrate.
  allowedDevOrigins: ["127.0.0.1"],
  // next dev would otherwise write an AGENTS.md into the project.
  experimental: { agentUpgrade: false },
  // next dev logs server-action arguments by default: that would print passwords from the
  // sign-in and sign-up forms.
  logging: { serverFunctions: false },
};

export default nextConfig;
