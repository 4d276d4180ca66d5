/**
 * factsChanged over WebSocket: graphql-ws (the standard protocol) on the HTTP server's own port at /graphql,
 * with the schema, context, validation rules and error format of HTTP requests.
 */
import type { IncomingMessage, Server } from 'node:http';
import { validate, specifiedRules, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context } from '../context.js';
import { formatError } from '../errors.js';

export interface SubscriptionOptions {
  schema: GraphQLSchema;
  /** Rules beyond the specification's (depth, cost, bounds), as HTTP requests get them. */
  validationRules: ValidationRule[];
  /** The context of one operation, built from the upgrade request (its headers) and connection_init's payload. */
  context(request: IncomingMessage, connectionParams: Readonly<Record<string, unknown>> | undefined): Promise<Context>;
}

export interface Subscriptions {
  /** Closes every socket with 1001 (going away: clients reconnect, to another replica if there is one). */
  close(): Promise<void>;
}

export function serveSubscriptions(server: Server, options: SubscriptionOptions): Subscriptions {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const rules = [...specifiedRules, ...options.validationRules];
  const serving = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      schema: options.schema,
      validate: (schema, document) => validate(schema, document, rules),
      // A token that may not read is refused at connection_init: graphql-ws closes the socket with 4403 Forbidden.
      onConnect: async (ctx) =>
        options.context(ctx.extra.request, ctx.connectionParams).then(
          () => true,
          () => false,
        ),
      context: (ctx) => options.context(ctx.extra.request, ctx.connectionParams),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
    },
    wss,
  );
  // dispose() closes every socket with 1001 ("Going away") and stops taking new ones.
  return { close: async () => serving.dispose() };
}
