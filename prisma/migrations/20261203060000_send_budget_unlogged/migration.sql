-- The send budget is a rate limiter's clock, not a record: without WAL each booking is no longer flushed to disk
-- before the reply it paces may go. After a crash the table comes back empty, which only lets the next send go at once.
ALTER TABLE "SendBudget" SET UNLOGGED;
