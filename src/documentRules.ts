/**
 * Validation rules of our own, run with graphql-armor's before any resolver: a document this API can never
 * run is a 400 with a clear message, not an execution error.
 */
import {
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTVisitor,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { badUserInput } from './errors.js';
import { checkRange, FIRST_BOUNDS, MAX_PAGE_SIZE } from './resolvers/argumentChecks.js';
import { PAGE_HINT } from './resolvers/pagination.js';

/** An operation type the schema lacks (`subscription { … }`): graphql-js only finds out while executing (a 500). */
export const readOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(
        new GraphQLError(`This API has no ${node.operation} operations. Send a query or a mutation.`, {
          nodes: node,
        }),
      );
    }
  },
});

/**
 * graphql-js would run a subscription sent over HTTP as a query and fail inside it (a 500); subscriptions
 * have their own transport (src/live/subscriptionServer.ts). Only the HTTP server lists this rule.
 */
export const subscriptionOverHttpRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(
        new GraphQLError(
          'Subscriptions are served over WebSocket (the graphql-ws protocol) at /graphql, not over HTTP: connect with a graphql-ws client.',
          { nodes: node },
        ),
      );
    }
  },
});

/** Contexts whose document already has a `first` out of bounds: the cost limit need not say it again. */
const reportedBounds = new WeakSet<ValidationContext>();

/**
 * graphql-armor's cost limit multiplies by a literal `first`, so `first: 2147483647` used to be reported as a
 * cost of billions. Any literal `first` above every page size is out of bounds; say so in the bounds' words,
 * before the cost rule (which runs on entering the operation, as this does, and is listed after it).
 */
export const firstBoundsRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const typeInfo = new TypeInfo(context.getSchema());
    visit(
      operation,
      visitWithTypeInfo(typeInfo, {
        Argument(argument) {
          if (argument.name.value !== 'first' || argument.value.kind !== Kind.INT) return;
          const value = Number(argument.value.value);
          if (value <= MAX_PAGE_SIZE) return;
          const field = `${typeInfo.getParentType()?.name}.${typeInfo.getFieldDef()?.name}`;
          const { min, max, hint } = FIRST_BOUNDS[field] ?? { min: 0, max: MAX_PAGE_SIZE, hint: PAGE_HINT };
          try {
            checkRange('first', value, min, max, hint);
          } catch (error) {
            reportedBounds.add(context);
            context.reportError(
              new GraphQLError((error as GraphQLError).message, {
                nodes: argument,
                originalError: error as GraphQLError,
              }),
            );
          }
        },
      } as ASTVisitor),
    );
  },
});

/** graphql-armor's onReject for the cost limit: report, unless a bound already explains the cost. */
export function reportCostUnlessBounded(context: ValidationContext | null, error: GraphQLError): void {
  // A document too costly to run is the caller's to shrink, as the depth and alias limits say too.
  if (context && !reportedBounds.has(context))
    context.reportError(new GraphQLError(error.message, { originalError: badUserInput(error.message) }));
}
