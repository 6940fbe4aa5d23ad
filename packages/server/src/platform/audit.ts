import { currentContext, type Principal } from "./context.js";
import { type AuditEntry, appendAudit, type Tx } from "./db/index.js";

type AuditFacts = Omit<AuditEntry, "actorType" | "actorId" | "ip" | "userAgent" | "requestId"> &
  Partial<Pick<AuditEntry, "actorType" | "actorId">>;

/** Appends an audit entry inside the caller's transaction, filling actor, address and request from the context. */
export function audit(trx: Tx, facts: AuditFacts, principal?: Principal) {
  const ctx = currentContext();
  const who = principal ?? ctx?.principal;
  const actor = actorOf(who);
  return appendAudit(trx, {
    ...facts,
    actorType: facts.actorType ?? actor.type,
    actorId: facts.actorId ?? actor.id,
    ip: ctx?.ip ?? null,
    userAgent: ctx?.userAgent ?? null,
    requestId: ctx?.requestId ?? null,
  });
}

function actorOf(principal: Principal | undefined): { type: AuditEntry["actorType"]; id: string | null } {
  switch (principal?.kind) {
    case "user":
      return { type: "user", id: principal.userId };
    case "api_key":
      return { type: "api_key", id: principal.keyId };
    case "platform_admin":
      return { type: "platform_admin", id: principal.adminId };
    default:
      return { type: "system", id: null };
  }
}
