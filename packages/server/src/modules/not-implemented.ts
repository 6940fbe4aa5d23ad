import { ApiError } from "../platform/errors.js";
import type { Handler, OperationId } from "../platform/http/handler-types.js";

/**
 * Operations whose work has not landed yet answer `501 not_implemented` in the standard error body; the README
 * lists them. Nothing here pretends to work.
 */
export function notImplemented<O extends OperationId>(
  operationIds: readonly O[],
  area: string,
): { [K in O]: Handler<K> } {
  const handlers = {} as { [K in O]: Handler<K> };
  for (const id of operationIds) {
    handlers[id] = (async () => {
      throw new ApiError("not_implemented", `${id} is not implemented by this server yet (${area})`, { operation: id });
    }) as Handler<typeof id>;
  }
  return handlers;
}
