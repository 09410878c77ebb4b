-- One dialogue runtime: the broadcast composer and the registration became flows of the dialogue runtime.
-- Their drafts kept by the old state machines (owner key "broadcast:<owner>", flow "link-registration" with the
-- old state) no longer read, so a draft in flight at the upgrade is cancelled: its author starts again.
UPDATE "Conversation"
SET "status" = 'cancelled'
WHERE "status" IN ('active', 'paused')
  AND ("ownerKey" LIKE 'broadcast:%' OR "flowId" = 'link-registration');
