/** Per-request context: the repositories, this request's batching loaders, and who is calling. */
import type { Principal } from './auth/principal.js';
import type { Database } from './db/database.js';
import type { ChangeFeed } from './live/changeFeed.js';
import { createLoaders, type Loaders } from './loaders.js';
import { EventRepository } from './repositories/eventRepository.js';
import { NodeRepository } from './repositories/nodeRepository.js';
import { RelationRepository } from './repositories/relationRepository.js';
import { SourceRepository } from './repositories/sourceRepository.js';
import { GraphRepository } from './repositories/graphRepository.js';
import { ConversationRepository } from './repositories/conversationRepository.js';
import { CorroborationRepository } from './repositories/corroborationRepository.js';
import { StatementRepository } from './repositories/statementRepository.js';
import { TimelineRepository } from './repositories/timelineRepository.js';
import { NodeTreeRepository } from './repositories/nodeTreeRepository.js';
import { ChangeFeedRepository } from './repositories/changeFeedRepository.js';
import { AuditRepository } from './repositories/auditRepository.js';
import { MutationRepository } from './repositories/mutationRepository.js';
import { WriteRepository } from './repositories/writeRepository.js';
import { KnownActorsRepository } from './repositories/knownActorsRepository.js';
import type { Config } from './config.js';

export interface Repositories {
  nodes: NodeRepository;
  trees: NodeTreeRepository;
  relations: RelationRepository;
  sources: SourceRepository;
  statements: StatementRepository;
  events: EventRepository;
  graph: GraphRepository;
  conversations: ConversationRepository;
  timeline: TimelineRepository;
  corroboration: CorroborationRepository;
  changeFeed: ChangeFeedRepository;
  audit: AuditRepository;
  mutations: MutationRepository;
  writes: WriteRepository;
  knownActors: KnownActorsRepository;
}

/** What the HTTP request says about its caller. */
export interface RequestInfo {
  principal?: Principal;
  /** The Idempotency-Key header. */
  idempotencyKey?: string;
}

export interface Context extends RequestInfo {
  repos: Repositories;
  loaders: Loaders;
  /** Set by a mutation: its commit's bookmarks, which the response carries in `extensions.bookmark`. */
  bookmarks?: string[];
  /** Committed writes for factsChanged; a mutation calls `changes?.notify()` after its commit. Absent in bare test contexts. */
  changes?: ChangeFeed;
  /** Where ingestArticle finds (or starts) the NLP engine; without it, ingestArticle is ENGINE_UNAVAILABLE. */
  nlp?: Config['nlp'];
}

export function createRepositories(db: Database): Repositories {
  return {
    nodes: new NodeRepository(db),
    trees: new NodeTreeRepository(db),
    relations: new RelationRepository(db),
    sources: new SourceRepository(db),
    statements: new StatementRepository(db),
    events: new EventRepository(db),
    graph: new GraphRepository(db),
    conversations: new ConversationRepository(db),
    timeline: new TimelineRepository(db),
    corroboration: new CorroborationRepository(db),
    changeFeed: new ChangeFeedRepository(db),
    audit: new AuditRepository(db),
    mutations: new MutationRepository(db),
    writes: new WriteRepository(db),
    knownActors: new KnownActorsRepository(db),
  };
}

/** Repositories are stateless and shared; loaders cache per request, so each request gets new ones. */
export function createContext(
  repos: Repositories,
  request: RequestInfo = {},
  changes?: ChangeFeed,
  nlp?: Config['nlp'],
): Context {
  return { ...request, repos, loaders: createLoaders(repos), ...(changes ? { changes } : {}), ...(nlp ? { nlp } : {}) };
}
