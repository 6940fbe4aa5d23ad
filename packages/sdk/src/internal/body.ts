import { APIError, ConnectionError, ResponseParseError } from "../core/errors.js";

export type ParseAs = "json" | "arrayBuffer" | "text" | "stream";

/** Turns a request body into what fetch sends, and says which Content-Type it implies. */
export function encodeBody(body: unknown): { body: RequestInit["body"]; contentType: string | undefined } {
  if (body === undefined) return { body: undefined, contentType: undefined };
  if (
    typeof body === "string" ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    (typeof Blob !== "undefined" && body instanceof Blob) ||
    (typeof FormData !== "undefined" && body instanceof FormData) ||
    body instanceof URLSearchParams ||
    (typeof ReadableStream !== "undefined" && body instanceof ReadableStream)
  ) {
    // fetch picks the right Content-Type for these (multipart boundary, form encoding...).
    return { body: body as RequestInit["body"], contentType: undefined };
  }
  return { body: JSON.stringify(body), contentType: "application/json" };
}

/** Reads a 2xx body as asked. A 204 or an empty body is `undefined`, not a parse error. */
export async function parseSuccessBody(response: Response, parseAs: ParseAs): Promise<unknown> {
  if (parseAs === "stream") return response.body;
  let text: string;
  try {
    if (parseAs === "arrayBuffer") return await response.arrayBuffer();
    text = await response.text();
  } catch (cause) {
    throw disconnected(cause);
  }
  if (parseAs === "text") return text;
  if (response.status === 204 || text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    const type = response.headers.get("content-type") ?? "no content-type";
    throw new ResponseParseError(
      `Could not parse the ${response.status} response of ${response.url || "the request"} as JSON (${type}): ${snippet(text)}`,
      response.status,
      text,
      response.headers,
      { cause },
    );
  }
}

/** Reads an error body as JSON when it is JSON, as text otherwise, so the error still says something. */
export async function errorFromResponse(response: Response): Promise<APIError> {
  let body: unknown;
  try {
    const text = await response.text();
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
  } catch {
    body = undefined;
  }
  return APIError.from(response.status, body, response.headers);
}

/** A body that breaks off mid-read is a connection problem (retryable), not a format problem. */
function disconnected(cause: unknown): unknown {
  if (cause instanceof Error && cause.name === "AbortError") return cause;
  return new ConnectionError("The connection closed while the response body was being read.", { cause });
}

function snippet(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return "(empty body)";
  return JSON.stringify(trimmed.length > 120 ? `${trimmed.slice(0, 120)}…` : trimmed);
}
