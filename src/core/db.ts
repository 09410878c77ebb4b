import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

/** Either the client or an open transaction: domain functions that only write inside a caller's transaction take this. */
export type Db = PrismaClient | Prisma.TransactionClient;
export type Tx = Prisma.TransactionClient;
