import type { DbTx } from "@/lib/db";

/** Finds or creates the merchant user behind a GitHub sign-in and links the account to it. */
export async function upsertGitHubUser(
  db: DbTx,
  input: { email: string; name: string | null; image: string | null; providerAccountId: string },
) {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: "github", providerAccountId: input.providerAccountId } },
    select: { user: true },
  });
  if (linked) return linked.user;
  const email = input.email.toLowerCase();
  const user = await db.user.upsert({
    where: { email },
    create: { email, name: input.name, image: input.image, emailVerified: new Date() },
    update: {},
  });
  await db.account.create({
    data: { userId: user.id, type: "oauth", provider: "github", providerAccountId: input.providerAccountId },
  });
  return user;
}
