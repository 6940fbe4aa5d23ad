import type { APIPromise } from "../core/api-promise.js";
import type { PagePromise } from "../core/pagination.js";
import { type Body, endpoint, type Item, type Query, type Result } from "../internal/operation.js";
import { APIResource, type CallOptions } from "../internal/resource.js";

const operations = {
  list: endpoint("listUsers", "get", "/v1/users"),
  invite: endpoint("inviteUser", "post", "/v1/users/invitations"),
  get: endpoint("getUser", "get", "/v1/users/{user_id}"),
  updateRole: endpoint("updateUserRole", "patch", "/v1/users/{user_id}"),
  remove: endpoint("removeUser", "delete", "/v1/users/{user_id}"),
} as const;

/** The people of the caller's tenant: `client.users`. */
export class UsersResource extends APIResource {
  static readonly operations = operations;

  list(query: Query<"/v1/users", "get"> = {}, options?: CallOptions): PagePromise<Item<"/v1/users", "get">> {
    return this.page(operations.list, { query }, options);
  }

  invite(
    body: Body<"/v1/users/invitations", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/users/invitations", "post">> {
    return this.call(operations.invite, { body }, options);
  }

  get(userId: string, options?: CallOptions): APIPromise<Result<"/v1/users/{user_id}", "get">> {
    return this.call(operations.get, { path: { user_id: userId } }, options);
  }

  updateRole(
    userId: string,
    body: Body<"/v1/users/{user_id}", "patch">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/users/{user_id}", "patch">> {
    return this.call(operations.updateRole, { path: { user_id: userId }, body }, options);
  }

  remove(userId: string, options?: CallOptions): APIPromise<Result<"/v1/users/{user_id}", "delete">> {
    return this.call(operations.remove, { path: { user_id: userId } }, options);
  }
}
