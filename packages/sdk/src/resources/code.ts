import type { APIPromise } from "../core/api-promise.js";
import { type Body, endpoint, type Result } from "../internal/operation.js";
import { APIResource, type CallOptions } from "../internal/resource.js";

const operations = {
  generate: endpoint("generateCode", "post", "/v1/code/generate"),
} as const;

/** Direct code generation: `client.code`. */
export class CodeResource extends APIResource {
  static readonly operations = operations;

  generate(
    body: Body<"/v1/code/generate", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/code/generate", "post">> {
    return this.call(operations.generate, { body }, options);
  }
}
