/**
 * What the extractor resolves names against: the actors and posts already in the graph or in a facts file,
 * each with every name it is known by.
 */
import type { FactsFileInput } from '../ingest/factsSchema.js';

export type ActorKindName = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'GROUP';

export interface KnownActor {
  id: string;
  kind: ActorKindName;
  name: string;
  /** Aliases and reference aliases. */
  aliases: string[];
  /** A person's nationality or an organization's country. */
  country?: string | null;
}

export interface KnownRole {
  id: string;
  title: string;
  aliases: string[];
  organization?: string | null;
  country?: string | null;
}

export interface KnownActors {
  actors: KnownActor[];
  roles: KnownRole[];
  /** Person id to the role ids they hold, to read "the president" or "the spokesman" as a person. */
  tenures: Array<{ person: string; role: string }>;
}

export const NO_KNOWN_ACTORS: KnownActors = { actors: [], roles: [], tenures: [] };

/** The actors, posts and tenures a facts file (the seed, a reviewed draft) defines. */
export function knownActorsFromFacts(...files: FactsFileInput[]): KnownActors {
  const known: KnownActors = { actors: [], roles: [], tenures: [] };
  for (const f of files) {
    for (const a of f.actors ?? [])
      known.actors.push({
        id: a.id,
        kind: a.kind,
        name: a.name,
        aliases: [...(a.aliases ?? []), ...(a.referenceAliases ?? []).map((r) => r.alias)],
        country: a.country,
      });
    for (const r of f.roles ?? [])
      known.roles.push({
        id: r.id,
        title: r.title,
        aliases: r.aliases ?? [],
        organization: r.organization,
        country: r.country,
      });
    for (const t of f.tenures ?? []) known.tenures.push({ person: t.person, role: t.role });
  }
  return mergeKnown(known);
}

/** One entry per id (the first wins, its aliases joined by the others'). */
export function mergeKnown(...parts: KnownActors[]): KnownActors {
  const actors = new Map<string, KnownActor>();
  const roles = new Map<string, KnownRole>();
  const tenures = new Map<string, { person: string; role: string }>();
  for (const p of parts) {
    for (const a of p.actors) {
      const seen = actors.get(a.id);
      actors.set(a.id, seen ? { ...seen, aliases: [...new Set([...seen.aliases, ...a.aliases])] } : a);
    }
    for (const r of p.roles) {
      const seen = roles.get(r.id);
      roles.set(r.id, seen ? { ...seen, aliases: [...new Set([...seen.aliases, ...r.aliases])] } : r);
    }
    for (const t of p.tenures) tenures.set(`${t.person}|${t.role}`, t);
  }
  return { actors: [...actors.values()], roles: [...roles.values()], tenures: [...tenures.values()] };
}
