## Roles and link codes

cmd-role = Appoint or remove a unit secretary or deputy secretary
role-chat-usage =
    Usage:
    /role grant MEMBER_CODE UNIT_CODE — make the member secretary of that unit
    /role grant MEMBER_CODE deputy UNIT_CODE — make the member deputy secretary of that unit
    /role revoke MEMBER_CODE UNIT_CODE — remove the secretary or deputy secretary role
    Example: /role grant DV0004 STP-VP, /role grant DV0005 deputy STP-VP
role-admin-usage = Usage: npm run admin -- role grant|revoke MEMBER_CODE secretary|deputy UNIT_CODE | staff | admin (deputy: deputy secretary)
role-person-code-unknown = No member has the code { $code }.
role-unit-code-unknown = No unit has the code { $code }.
role-person-not-found = This member was not found (or is no longer active).
role-unit-not-found = This unit was not found (or is no longer active).
role-block-roles-admin-only = The staff and admin roles are granted only with the admin command line.
role-out-of-scope = The unit { $unit } is not one you are responsible for.
role-person-not-in-unit = { $name } is not a member of { $unit } or a unit below it, so cannot be its secretary or deputy secretary.
role-already-held = { $name } already holds this role.
role-not-held = { $name } does not hold this role, so there is nothing to revoke.
role-granted = Granted the { $role } role to { $name }.
role-revoked = Revoked the { $role } role of { $name }.
role-secretary-granted = { $name } is now secretary of { $unit }.
role-secretary-revoked = { $name } is no longer secretary of { $unit }.
link-code-usage = Usage: npm run admin -- link-code MEMBER_CODE
link-code-created = Link code for { $name }: { $code } (one use, expires at { $until }). The member sends the bot: /start { $code }
