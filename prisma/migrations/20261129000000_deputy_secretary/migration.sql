-- A secretary role held as Phó Bí thư (deputy secretary).
ALTER TABLE "RoleAssignment" ADD COLUMN "deputy" BOOLEAN NOT NULL DEFAULT false;
