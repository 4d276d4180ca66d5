/**
 * The one way the web pages reach the API: POST /graphql on the server that served the page, with the
 * pasted token if there is one (subscriptions: live.ts).
 */
import type { TypedDocumentString } from '../__generated__/graphql';
import { authHeaders } from './token';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorShape[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export const GRAPHQL_URL = '/graphql';

/** Sends a generated document and answers its typed data; a response with errors throws GraphQLRequestError. */
export async function request<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<T> {
  const query = document.toString();
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...authHeaders(),
      },
      body: JSON.stringify({ query, variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GraphQLRequestError('The API server cannot be reached. Is `npm start` still running?');
  }
  let body: { data?: T | null; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(
      `The API answered ${response.status} ${response.statusText} without a GraphQL response.`,
    );
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join('\n'), body.errors);
  if (!body.data) throw new GraphQLRequestError(`The API answered ${response.status} with no data.`);
  return body.data;
}
