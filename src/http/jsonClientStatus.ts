/**
 * The GraphQL over HTTP spec: a client that accepts only `application/json` predates the spec's status codes
 * and SHOULD get 200 for a well-formed request whose document or variables are wrong (parse, validation and
 * variable-coercion failures), with the errors in the body. Apollo answers 400; clients that ask for
 * `application/graphql-response+json` still get it.
 */
import type { ApolloServerPlugin } from '@apollo/server';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

export function jsonClientStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const accept = request.http?.headers.get('accept') ?? '';
          const wantsJsonOnly = !accept.includes(GRAPHQL_RESPONSE);
          if (wantsJsonOnly && response.http.status === 400 && response.body.kind === 'single') {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
