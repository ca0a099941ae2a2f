import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { z } from "zod";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { upsertGitHubUser } from "@/lib/users/upsert-github-user";

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1) });

export const isGitHubSignInEnabled = Boolean(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET);

// JWT sessions: the Credentials provider does not support database sessions. The token carries
// only the user id; organization membership is read from the database on every request.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({ where: { email: parsed.data.email.toLowerCase() } });
        if (!user?.passwordHash || !(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    ...(isGitHubSignInEnabled ? [GitHub] : []),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== "github") return true;
      // Link the GitHub identity to our own user row and carry our id in the token.
      const email = user.email ?? (typeof profile?.email === "string" ? profile.email : null);
      if (!email) return "/sign-in?error=GitHubEmailMissing";
      const ours = await upsertGitHubUser(db, {
        email,
        name: user.name ?? null,
        image: user.image ?? null,
        providerAccountId: account.providerAccountId,
      });
      user.id = ours.id;
      return true;
    },
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
