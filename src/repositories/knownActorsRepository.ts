/** The actors, posts and tenures already in the graph, for the extractor to resolve names against. */
import type { Database } from '../db/database.js';
import type { ActorKindName, KnownActors } from '../extract/knownActors.js';

export class KnownActorsRepository {
  constructor(private readonly db: Database) {}

  async all(): Promise<KnownActors> {
    const actors = await this.db.read<{
      id: string;
      kind: ActorKindName;
      name: string;
      aliases: string[] | null;
      country: string | null;
    }>(
      'extract:known-actors',
      `MATCH (a:Actor)
       OPTIONAL MATCH (a)-[:CITIZEN_OF|PART_OF]->(c:Country)
       WITH a, head(collect(c.id)) AS country
       RETURN a.id AS id, a.kind AS kind, a.name AS name, a.aliases AS aliases, country ORDER BY a.id`,
    );
    const roles = await this.db.read<{
      id: string;
      title: string;
      aliases: string[] | null;
      organization: string | null;
      country: string | null;
    }>(
      'extract:known-roles',
      `MATCH (r:Role)
       OPTIONAL MATCH (r)-[:POST_IN]->(o:Organization)
       OPTIONAL MATCH (r)-[:POST_IN]->(c:Country)
       RETURN r.id AS id, r.title AS title, r.aliases AS aliases, head(collect(DISTINCT o.id)) AS organization,
              head(collect(DISTINCT c.id)) AS country ORDER BY r.id`,
    );
    const tenures = await this.db.read<{ person: string; role: string }>(
      'extract:known-tenures',
      'MATCH (p:Person)-[:HOLDS]->(r:Role) RETURN DISTINCT p.id AS person, r.id AS role',
    );
    return {
      actors: actors.map((a) => ({ ...a, aliases: a.aliases ?? [] })),
      roles: roles.map((r) => ({ ...r, aliases: r.aliases ?? [] })),
      tenures,
    };
  }
}
