/** The resolver map: one file per GraphQL type. */
import type { ActorResolvers, NodeResolvers, Resolvers } from '../__generated__/resolvers-types.js';
import { AuditQuery, MutationResult, nodeHistory, relationHistory } from './Change.js';
import { Country } from './Country.js';
import { Event } from './Event.js';
import { Evidence } from './Evidence.js';
import { Group } from './Group.js';
import { Graph, GraphNode, Path, TimelineEntry } from './Graph.js';
import { Organization } from './Organization.js';
import { Participation } from './Participation.js';
import { Person } from './Person.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';
import { Relation } from './Relation.js';
import { Role } from './Role.js';
import { DateScalar, DateTimeScalar, JSONScalar } from './scalars.js';
import { SearchHit } from './SearchHit.js';
import { Source } from './Source.js';
import { Statement } from './Statement.js';
import { Subscription } from './Subscription.js';
import { StatementLink } from './StatementLink.js';
import { Tenure } from './Tenure.js';

// Records carry their GraphQL type name, so interfaces resolve without a query.
const Node: NodeResolvers = { __resolveType: (record) => record.__typename };
const Actor: ActorResolvers = { __resolveType: (record) => record.__typename };

// `history` (schema/audit.graphql) is the same field on every node type.
const withHistory = <T extends object>(resolvers: T) => ({ ...resolvers, history: nodeHistory });

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Node,
  Actor,
  Query: { ...Query, ...AuditQuery },
  Mutation,
  Subscription,
  MutationResult,
  Person: withHistory(Person),
  Organization: withHistory(Organization),
  Country: withHistory(Country),
  Group: withHistory(Group),
  Role: withHistory(Role),
  Tenure,
  Statement: withHistory(Statement),
  StatementLink,
  Event: withHistory(Event),
  Participation,
  Relation: { ...Relation, history: relationHistory },
  Source: withHistory(Source),
  Evidence,
  SearchHit,
  Graph,
  GraphNode,
  Path,
  TimelineEntry,
};
