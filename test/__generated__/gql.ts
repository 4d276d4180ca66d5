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
    "\n  query TestActorEvents($id: ID!) {\n    actor(id: $id) {\n      events {\n        role\n        actor {\n          id\n        }\n        event {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TestActorEventsDocument,
    "\n    fragment TestStatementPage on StatementConnection {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          date\n        }\n      }\n    }\n  ": typeof types.TestStatementPageFragmentDoc,
    "\n    query TestStatementsMade($id: ID!, $first: Int, $after: String) {\n      actor(id: $id) {\n        statements(first: $first, after: $after) {\n          ...TestStatementPage\n        }\n      }\n    }\n  ": typeof types.TestStatementsMadeDocument,
    "\n    query TestStatementsReceived($id: ID!, $first: Int, $after: String) {\n      actor(id: $id) {\n        statementsReceived(first: $first, after: $after) {\n          ...TestStatementPage\n        }\n      }\n    }\n  ": typeof types.TestStatementsReceivedDocument,
    "\n        query TestSourceTexts {\n          sources {\n            id\n            text\n          }\n        }\n      ": typeof types.TestSourceTextsDocument,
    "\n        query TestImportJoinsSeed {\n          node(id: \"stmt:trump-ultimatum-to-russia\") {\n            ... on Statement {\n              responses {\n                id\n              }\n            }\n          }\n          actor(id: \"country:russia\") {\n            statementsReceived(first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n          events(type: \"TEST_BRIEFING\", actor: \"country:russia\") {\n            id\n            participants {\n              role\n              actor {\n                id\n              }\n            }\n          }\n          search(text: \"Testenko\") {\n            node {\n              id\n            }\n          }\n        }\n      ": typeof types.TestImportJoinsSeedDocument,
    "\n  fragment TestGraph on Graph {\n    nodes {\n      id\n      labels\n      caption\n      properties\n    }\n    edges {\n      id\n      type\n      source\n      target\n      properties\n    }\n    truncated\n  }\n": typeof types.TestGraphFragmentDoc,
    "\n  query TestNeighborhood($id: ID!, $depth: Int, $types: [String!], $limit: Int, $at: Date) {\n    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit, at: $at) {\n      ...TestGraph\n    }\n  }\n": typeof types.TestNeighborhoodDocument,
    "\n  query TestExpand($ids: [ID!]!, $depth: Int, $types: [String!], $limit: Int, $at: Date) {\n    expand(ids: $ids, depth: $depth, types: $types, limit: $limit, at: $at) {\n      ...TestGraph\n    }\n  }\n": typeof types.TestExpandDocument,
    "\n  query TestRelationsOf($id: ID!) {\n    node(id: $id) {\n      ... on Actor {\n        relations {\n          id\n          type\n          direction\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.TestRelationsOfDocument,
    "\n  fragment TestPath on Path {\n    length\n    nodes {\n      id\n      labels\n      properties\n    }\n    edges {\n      id\n      type\n      source\n      target\n      properties\n    }\n  }\n": typeof types.TestPathFragmentDoc,
    "\n  query TestShortestPath($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $at: Date) {\n    shortestPath(from: $from, to: $to, maxHops: $maxHops, types: $types, at: $at) {\n      ...TestPath\n    }\n  }\n": typeof types.TestShortestPathDocument,
    "\n  query TestPaths($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $at: Date, $first: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, types: $types, at: $at, first: $first) {\n      ...TestPath\n    }\n  }\n": typeof types.TestPathsDocument,
    "\n  query TestEdgesAround($id: ID!) {\n    neighborhood(id: $id, limit: 1000) {\n      edges {\n        id\n        source\n        target\n      }\n    }\n  }\n": typeof types.TestEdgesAroundDocument,
    "\n        query TestNullDirection {\n          actor(id: \"person:rustem-umerov\") {\n            relations(direction: null) {\n              id\n            }\n          }\n        }\n      ": typeof types.TestNullDirectionDocument,
    "\n  query TestSources {\n    sources {\n      id\n      title\n      publisher\n      url\n      published\n      publishedPrecision\n      publishedNote\n      dateline\n      language\n      text\n      cites {\n        id\n        title\n      }\n    }\n  }\n": typeof types.TestSourcesDocument,
    "\n  query TestSourceText($id: ID!) {\n    node(id: $id) {\n      ... on Source {\n        text\n      }\n    }\n  }\n": typeof types.TestSourceTextDocument,
    "\n  query TestCitation($a: ID!, $b: ID!) {\n    a: node(id: $a) {\n      ... on Source {\n        publisher\n        cites {\n          id\n          publisher\n          published\n        }\n      }\n    }\n    b: node(id: $b) {\n      ... on Source {\n        text\n        cites {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TestCitationDocument,
    "\n    query UnitActor($id: ID, $name: String) {\n      actor(id: $id, name: $name) {\n        __typename\n        id\n        name\n      }\n    }\n  ": typeof types.UnitActorDocument,
    "\n    query UnitSearchTypes($text: String!) {\n      search(text: $text) {\n        caption\n        node {\n          __typename\n          id\n          ... on Actor {\n            kind\n          }\n        }\n      }\n    }\n  ": typeof types.UnitSearchTypesDocument,
    "\n  query UnitActorsPage($first: Int, $after: String) {\n    actors(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UnitActorsPageDocument,
};
const documents: Documents = {
    "\n  query TestActorEvents($id: ID!) {\n    actor(id: $id) {\n      events {\n        role\n        actor {\n          id\n        }\n        event {\n          id\n        }\n      }\n    }\n  }\n": types.TestActorEventsDocument,
    "\n    fragment TestStatementPage on StatementConnection {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          date\n        }\n      }\n    }\n  ": types.TestStatementPageFragmentDoc,
    "\n    query TestStatementsMade($id: ID!, $first: Int, $after: String) {\n      actor(id: $id) {\n        statements(first: $first, after: $after) {\n          ...TestStatementPage\n        }\n      }\n    }\n  ": types.TestStatementsMadeDocument,
    "\n    query TestStatementsReceived($id: ID!, $first: Int, $after: String) {\n      actor(id: $id) {\n        statementsReceived(first: $first, after: $after) {\n          ...TestStatementPage\n        }\n      }\n    }\n  ": types.TestStatementsReceivedDocument,
    "\n        query TestSourceTexts {\n          sources {\n            id\n            text\n          }\n        }\n      ": types.TestSourceTextsDocument,
    "\n        query TestImportJoinsSeed {\n          node(id: \"stmt:trump-ultimatum-to-russia\") {\n            ... on Statement {\n              responses {\n                id\n              }\n            }\n          }\n          actor(id: \"country:russia\") {\n            statementsReceived(first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n          events(type: \"TEST_BRIEFING\", actor: \"country:russia\") {\n            id\n            participants {\n              role\n              actor {\n                id\n              }\n            }\n          }\n          search(text: \"Testenko\") {\n            node {\n              id\n            }\n          }\n        }\n      ": types.TestImportJoinsSeedDocument,
    "\n  fragment TestGraph on Graph {\n    nodes {\n      id\n      labels\n      caption\n      properties\n    }\n    edges {\n      id\n      type\n      source\n      target\n      properties\n    }\n    truncated\n  }\n": types.TestGraphFragmentDoc,
    "\n  query TestNeighborhood($id: ID!, $depth: Int, $types: [String!], $limit: Int, $at: Date) {\n    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit, at: $at) {\n      ...TestGraph\n    }\n  }\n": types.TestNeighborhoodDocument,
    "\n  query TestExpand($ids: [ID!]!, $depth: Int, $types: [String!], $limit: Int, $at: Date) {\n    expand(ids: $ids, depth: $depth, types: $types, limit: $limit, at: $at) {\n      ...TestGraph\n    }\n  }\n": types.TestExpandDocument,
    "\n  query TestRelationsOf($id: ID!) {\n    node(id: $id) {\n      ... on Actor {\n        relations {\n          id\n          type\n          direction\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.TestRelationsOfDocument,
    "\n  fragment TestPath on Path {\n    length\n    nodes {\n      id\n      labels\n      properties\n    }\n    edges {\n      id\n      type\n      source\n      target\n      properties\n    }\n  }\n": types.TestPathFragmentDoc,
    "\n  query TestShortestPath($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $at: Date) {\n    shortestPath(from: $from, to: $to, maxHops: $maxHops, types: $types, at: $at) {\n      ...TestPath\n    }\n  }\n": types.TestShortestPathDocument,
    "\n  query TestPaths($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $at: Date, $first: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, types: $types, at: $at, first: $first) {\n      ...TestPath\n    }\n  }\n": types.TestPathsDocument,
    "\n  query TestEdgesAround($id: ID!) {\n    neighborhood(id: $id, limit: 1000) {\n      edges {\n        id\n        source\n        target\n      }\n    }\n  }\n": types.TestEdgesAroundDocument,
    "\n        query TestNullDirection {\n          actor(id: \"person:rustem-umerov\") {\n            relations(direction: null) {\n              id\n            }\n          }\n        }\n      ": types.TestNullDirectionDocument,
    "\n  query TestSources {\n    sources {\n      id\n      title\n      publisher\n      url\n      published\n      publishedPrecision\n      publishedNote\n      dateline\n      language\n      text\n      cites {\n        id\n        title\n      }\n    }\n  }\n": types.TestSourcesDocument,
    "\n  query TestSourceText($id: ID!) {\n    node(id: $id) {\n      ... on Source {\n        text\n      }\n    }\n  }\n": types.TestSourceTextDocument,
    "\n  query TestCitation($a: ID!, $b: ID!) {\n    a: node(id: $a) {\n      ... on Source {\n        publisher\n        cites {\n          id\n          publisher\n          published\n        }\n      }\n    }\n    b: node(id: $b) {\n      ... on Source {\n        text\n        cites {\n          id\n        }\n      }\n    }\n  }\n": types.TestCitationDocument,
    "\n    query UnitActor($id: ID, $name: String) {\n      actor(id: $id, name: $name) {\n        __typename\n        id\n        name\n      }\n    }\n  ": types.UnitActorDocument,
    "\n    query UnitSearchTypes($text: String!) {\n      search(text: $text) {\n        caption\n        node {\n          __typename\n          id\n          ... on Actor {\n            kind\n          }\n        }\n      }\n    }\n  ": types.UnitSearchTypesDocument,
    "\n  query UnitActorsPage($first: Int, $after: String) {\n    actors(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.UnitActorsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestActorEvents($id: ID!) {\n    actor(id: $id) {\n      events {\n        role\n        actor {\n          id\n        }\n        event {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestActorEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment TestStatementPage on StatementConnection {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          date\n        }\n      }\n    }\n  "): typeof import('./graphql.js').TestStatementPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TestStatementsMade($id: ID!, $first: Int, $after: String) {\n      actor(id: $id) {\n        statements(first: $first, after: $after) {\n          ...TestStatementPage\n        }\n      }\n    }\n  "): typeof import('./graphql.js').TestStatementsMadeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TestStatementsReceived($id: ID!, $first: Int, $after: String) {\n      actor(id: $id) {\n        statementsReceived(first: $first, after: $after) {\n          ...TestStatementPage\n        }\n      }\n    }\n  "): typeof import('./graphql.js').TestStatementsReceivedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TestSourceTexts {\n          sources {\n            id\n            text\n          }\n        }\n      "): typeof import('./graphql.js').TestSourceTextsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TestImportJoinsSeed {\n          node(id: \"stmt:trump-ultimatum-to-russia\") {\n            ... on Statement {\n              responses {\n                id\n              }\n            }\n          }\n          actor(id: \"country:russia\") {\n            statementsReceived(first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n          events(type: \"TEST_BRIEFING\", actor: \"country:russia\") {\n            id\n            participants {\n              role\n              actor {\n                id\n              }\n            }\n          }\n          search(text: \"Testenko\") {\n            node {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql.js').TestImportJoinsSeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestGraph on Graph {\n    nodes {\n      id\n      labels\n      caption\n      properties\n    }\n    edges {\n      id\n      type\n      source\n      target\n      properties\n    }\n    truncated\n  }\n"): typeof import('./graphql.js').TestGraphFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestNeighborhood($id: ID!, $depth: Int, $types: [String!], $limit: Int, $at: Date) {\n    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit, at: $at) {\n      ...TestGraph\n    }\n  }\n"): typeof import('./graphql.js').TestNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestExpand($ids: [ID!]!, $depth: Int, $types: [String!], $limit: Int, $at: Date) {\n    expand(ids: $ids, depth: $depth, types: $types, limit: $limit, at: $at) {\n      ...TestGraph\n    }\n  }\n"): typeof import('./graphql.js').TestExpandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRelationsOf($id: ID!) {\n    node(id: $id) {\n      ... on Actor {\n        relations {\n          id\n          type\n          direction\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestRelationsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestPath on Path {\n    length\n    nodes {\n      id\n      labels\n      properties\n    }\n    edges {\n      id\n      type\n      source\n      target\n      properties\n    }\n  }\n"): typeof import('./graphql.js').TestPathFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestShortestPath($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $at: Date) {\n    shortestPath(from: $from, to: $to, maxHops: $maxHops, types: $types, at: $at) {\n      ...TestPath\n    }\n  }\n"): typeof import('./graphql.js').TestShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPaths($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $at: Date, $first: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, types: $types, at: $at, first: $first) {\n      ...TestPath\n    }\n  }\n"): typeof import('./graphql.js').TestPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestEdgesAround($id: ID!) {\n    neighborhood(id: $id, limit: 1000) {\n      edges {\n        id\n        source\n        target\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestEdgesAroundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TestNullDirection {\n          actor(id: \"person:rustem-umerov\") {\n            relations(direction: null) {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql.js').TestNullDirectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSources {\n    sources {\n      id\n      title\n      publisher\n      url\n      published\n      publishedPrecision\n      publishedNote\n      dateline\n      language\n      text\n      cites {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSourceText($id: ID!) {\n    node(id: $id) {\n      ... on Source {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestSourceTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestCitation($a: ID!, $b: ID!) {\n    a: node(id: $a) {\n      ... on Source {\n        publisher\n        cites {\n          id\n          publisher\n          published\n        }\n      }\n    }\n    b: node(id: $b) {\n      ... on Source {\n        text\n        cites {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestCitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query UnitActor($id: ID, $name: String) {\n      actor(id: $id, name: $name) {\n        __typename\n        id\n        name\n      }\n    }\n  "): typeof import('./graphql.js').UnitActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query UnitSearchTypes($text: String!) {\n      search(text: $text) {\n        caption\n        node {\n          __typename\n          id\n          ... on Actor {\n            kind\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql.js').UnitSearchTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitActorsPage($first: Int, $after: String) {\n    actors(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').UnitActorsPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
