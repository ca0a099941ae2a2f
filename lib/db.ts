import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

/** The client or an interactive-transaction client: domain functions accept either. */
export type DbTx = Prisma.TransactionClient;

const DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/benefactor_dev";

export function createDb(connectionString = process.env.DATABASE_URL ?? DEFAULT_URL): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      // The embedded PGlite server handles one connection reliably (STACK.md): the dev script
      // sets DATABASE_POOL_MAX=1 for it.
      max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    }),
  });
}

// One client per process, also in production: Next bundles routes separately, and a
// module-level client would otherwise open one pool per bundle.
const globalForDb = globalThis as unknown as { benefactorDb?: PrismaClient };

export const db: PrismaClient = globalForDb.benefactorDb ?? (globalForDb.benefactorDb = createDb());
