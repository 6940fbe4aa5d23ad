import { APIPromise, type APIResponse } from "./api-promise.js";

export interface PaginationInfo {
  limit: number;
  offset: number;
  total?: number;
  has_more?: boolean;
}

/** The list envelope every list endpoint returns. */
export interface PageEnvelope<T> {
  data: T[];
  pagination: PaginationInfo;
}

export interface PageQuery {
  limit?: number;
  offset?: number;
  [key: string]: unknown;
}

/** Fetches one page of a list for a given query; the page keeps it to ask for the next one. */
export type PageFetcher<T> = (query: PageQuery) => APIPromise<PageEnvelope<T>>;

/** One page of a list endpoint: its items, its position, and the way to the next page. */
export class Page<T> implements PageEnvelope<T> {
  readonly data: T[];
  readonly pagination: PaginationInfo;

  constructor(
    envelope: PageEnvelope<T>,
    private readonly query: PageQuery,
    private readonly fetchPage: PageFetcher<T>,
  ) {
    this.data = Array.isArray(envelope.data) ? envelope.data : [];
    this.pagination = envelope.pagination ?? { limit: this.data.length, offset: query.offset ?? 0 };
  }

  hasNextPage(): boolean {
    if (this.data.length === 0) return false;
    const { has_more, total } = this.pagination;
    if (typeof has_more === "boolean") return has_more;
    if (typeof total === "number") return this.nextOffset() < total;
    return false;
  }

  /** Resolves to the next page, or `null` after the last one. */
  async getNextPage(): Promise<Page<T> | null> {
    if (!this.hasNextPage()) return null;
    const query = { ...this.query, offset: this.nextOffset() };
    return new Page(await this.fetchPage(query), query, this.fetchPage);
  }

  /** Every page from this one on. */
  async *iterPages(): AsyncGenerator<Page<T>> {
    let page: Page<T> | null = this;
    while (page) {
      yield page;
      page = await page.getNextPage();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for await (const page of this.iterPages()) yield* page.data;
  }

  // Advance by what was actually received, so a server that trims a page skips nothing.
  private nextOffset(): number {
    return (this.pagination.offset ?? this.query.offset ?? 0) + this.data.length;
  }
}

/**
 * Await it for the first page, or iterate it with `for await` for every item on every page.
 */
export class PagePromise<T> extends APIPromise<Page<T>> implements AsyncIterable<T> {
  constructor(query: PageQuery, fetchPage: PageFetcher<T>) {
    super(
      fetchPage(query)
        .withResponse()
        .then(
          (r): APIResponse<Page<T>> => ({
            data: new Page(r.data, query, fetchPage),
            response: r.response,
            status: r.status,
            headers: r.headers,
            requestId: r.requestId,
            rateLimit: r.rateLimit,
          }),
        ),
    );
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    const first = await this;
    yield* first;
  }
}
