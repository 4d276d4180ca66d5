/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n      query BenchActor {\n        actor(id: \"person:rustem-umerov\") {\n          id\n          name\n        }\n      }\n    ": typeof types.BenchActorDocument,
    "\n      query BenchStatements {\n        statements(first: 15) {\n          edges {\n            node {\n              text\n              speaker {\n                name\n              }\n              addressees {\n                name\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.BenchStatementsDocument,
    "\n      query BenchRoles {\n        actor(id: \"person:rustem-umerov\") {\n          ... on Person {\n            roles {\n              start\n              startPrecision\n              end\n              endPrecision\n              current\n              note\n              role {\n                title\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.BenchRolesDocument,
    "\n      query BenchTwoHops {\n        actor(id: \"person:volodymyr-zelenskyy\") {\n          relations(types: [\"SAID\"], direction: OUT) {\n            node {\n              ... on Statement {\n                id\n                text\n                about {\n                  id\n                  ... on Actor {\n                    name\n                  }\n                  ... on Event {\n                    title\n                  }\n                  ... on Statement {\n                    text\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.BenchTwoHopsDocument,
};
const documents: Documents = {
    "\n      query BenchActor {\n        actor(id: \"person:rustem-umerov\") {\n          id\n          name\n        }\n      }\n    ": types.BenchActorDocument,
    "\n      query BenchStatements {\n        statements(first: 15) {\n          edges {\n            node {\n              text\n              speaker {\n                name\n              }\n              addressees {\n                name\n              }\n            }\n          }\n        }\n      }\n    ": types.BenchStatementsDocument,
    "\n      query BenchRoles {\n        actor(id: \"person:rustem-umerov\") {\n          ... on Person {\n            roles {\n              start\n              startPrecision\n              end\n              endPrecision\n              current\n              note\n              role {\n                title\n              }\n            }\n          }\n        }\n      }\n    ": types.BenchRolesDocument,
    "\n      query BenchTwoHops {\n        actor(id: \"person:volodymyr-zelenskyy\") {\n          relations(types: [\"SAID\"], direction: OUT) {\n            node {\n              ... on Statement {\n                id\n                text\n                about {\n                  id\n                  ... on Actor {\n                    name\n                  }\n                  ... on Event {\n                    title\n                  }\n                  ... on Statement {\n                    text\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.BenchTwoHopsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BenchActor {\n        actor(id: \"person:rustem-umerov\") {\n          id\n          name\n        }\n      }\n    "): typeof import('./graphql.js').BenchActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BenchStatements {\n        statements(first: 15) {\n          edges {\n            node {\n              text\n              speaker {\n                name\n              }\n              addressees {\n                name\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').BenchStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BenchRoles {\n        actor(id: \"person:rustem-umerov\") {\n          ... on Person {\n            roles {\n              start\n              startPrecision\n              end\n              endPrecision\n              current\n              note\n              role {\n                title\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').BenchRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BenchTwoHops {\n        actor(id: \"person:volodymyr-zelenskyy\") {\n          relations(types: [\"SAID\"], direction: OUT) {\n            node {\n              ... on Statement {\n                id\n                text\n                about {\n                  id\n                  ... on Actor {\n                    name\n                  }\n                  ... on Event {\n                    title\n                  }\n                  ... on Statement {\n                    text\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').BenchTwoHopsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
