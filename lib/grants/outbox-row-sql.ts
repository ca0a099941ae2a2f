import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A UUIDv7 computed in SQL (PostgreSQL 15 has no uuidv7()): the 48-bit millisecond clock over a
 * random v4, version bits set to 7. Bulk inserts into the outbox use it so their ids sort by time
 * like the ones Prisma generates.
 */
export const UUID_V7_SQL = Prisma.sql`encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid`;
