/**
 * Names in an article to actors: first the article's own earlier mentions ("Umerov" after "Rustem Umerov"),
 * then the actors already known, by name, alias or spelling variant, then a surname alone; anything else is
 * a new actor with a stable id made from its name.
 */
import type { ActorKindName, KnownActor, KnownActors } from './knownActors.js';
import { DEMONYMS, slug, variantKey } from './names.js';

export interface ResolvedActor {
  id: string;
  kind: ActorKindName;
  name: string;
  /** MATCHED: an actor already known; NEW: made from this article; AMBIGUOUS: several known actors fit. */
  status: 'MATCHED' | 'NEW' | 'AMBIGUOUS';
  candidates?: string[];
}

const KIND_OF_NER: Record<string, ActorKindName | undefined> = {
  PERSON: 'PERSON',
  ORGANIZATION: 'ORGANIZATION',
  COUNTRY: 'COUNTRY',
  NATIONALITY: 'COUNTRY',
  // Places stand for an actor only when a known actor goes by their name (Kyiv, Moscow, the Kremlin).
  CITY: undefined,
  LOCATION: undefined,
  STATE_OR_PROVINCE: undefined,
};

/** Entity types that can name an actor. */
export const ACTOR_NER = new Set(Object.keys(KIND_OF_NER));

const PREFIX: Record<ActorKindName, string> = {
  PERSON: 'person',
  ORGANIZATION: 'org',
  COUNTRY: 'country',
  GROUP: 'group',
};

const lastWord = (key: string) => key.split(' ').at(-1) ?? key;

export class ActorResolver {
  private readonly byKey = new Map<string, KnownActor[]>();
  private readonly bySurname = new Map<string, KnownActor[]>();
  /** Actors this article introduced or matched, by key and by surname: later short mentions go to them first. */
  private readonly local = new Map<string, ResolvedActor>();
  private readonly localSurnames = new Map<string, ResolvedActor>();
  private readonly takenIds: Set<string>;

  constructor(readonly known: KnownActors) {
    for (const a of known.actors) {
      for (const name of [a.name, ...a.aliases]) push(this.byKey, variantKey(name), a);
      if (a.kind === 'PERSON') push(this.bySurname, lastWord(variantKey(a.name)), a);
    }
    this.takenIds = new Set(known.actors.map((a) => a.id));
  }

  /**
   * The actor a mention names, or undefined when it names none (a city nobody calls an actor). `country` is the
   * country the words around it give ("Russia's Foreign Ministry"): a known body of that country is tried first.
   */
  resolve(text: string, ner: string, country?: string): ResolvedActor | undefined {
    if (!ACTOR_NER.has(ner)) return undefined;
    const kind = KIND_OF_NER[ner];
    const name = ner === 'NATIONALITY' ? (DEMONYMS[variantKey(text)] ?? text) : cleanName(text);
    const key = variantKey(name);
    if (!key) return undefined;
    const ofCountry = country && kind === 'ORGANIZATION' ? this.ofCountry(name, country) : undefined;
    // The bare name ("the Foreign Ministry") then stands for the same body in the rest of the article.
    if (ofCountry) return this.remember(key, ofCountry);
    // A surname met before is that person, even where the engine took it for a place ("between Pashinyan and …").
    const local =
      this.local.get(key) ?? (kind !== 'ORGANIZATION' && !key.includes(' ') ? this.localSurnames.get(key) : undefined);
    if (local) return local;
    const found = this.lookUp(key, kind);
    if (found) return this.remember(key, found);
    if (!kind) return undefined;
    return this.remember(key, { id: this.newId(kind, name), kind, name, status: 'NEW' });
  }

  /** A collective the words name ("EU foreign ministers"): a known group of that name, else a new one. */
  group(name: string): ResolvedActor {
    const key = variantKey(name);
    return (
      this.local.get(key) ??
      this.remember(
        key,
        this.lookUp(key, 'GROUP') ?? { id: this.newId('GROUP', name), kind: 'GROUP', name, status: 'NEW' },
      )
    );
  }

  /** A capitalised word the engine did not tag ("Zelenskyy" at a sentence's start): only an actor already met or known. */
  existing(text: string): ResolvedActor | undefined {
    const key = variantKey(cleanName(text));
    if (!key) return undefined;
    return this.local.get(key) ?? this.localSurnames.get(key) ?? this.lookUp(key, undefined);
  }

  /** A known body by its name and country: "Foreign Ministry of Russia", "Russian Foreign Ministry". */
  private ofCountry(name: string, country: string): ResolvedActor | undefined {
    const adjectives = Object.entries(DEMONYMS)
      .filter(([, c]) => variantKey(c) === variantKey(country))
      .map(([adjective]) => adjective);
    for (const qualified of [`${name} of ${country}`, ...adjectives.map((a) => `${a} ${name}`)]) {
      const found = this.lookUp(variantKey(qualified), 'ORGANIZATION');
      if (found?.kind === 'ORGANIZATION') return found;
    }
    return undefined;
  }

  /** Every actor this article resolved so far. */
  resolved(): ResolvedActor[] {
    return [...new Set(this.local.values())];
  }

  private lookUp(key: string, kind: ActorKindName | undefined): ResolvedActor | undefined {
    // A known name wins over the engine's guess of its kind ("KYIV" tagged an organisation is still Ukraine's capital).
    const named = this.byKey.get(key) ?? [];
    const sameKind = named.filter((a) => !kind || a.kind === kind);
    const exact = sameKind.length > 0 ? sameKind : named;
    const candidates =
      exact.length > 0 ? exact : kind === 'PERSON' && !key.includes(' ') ? (this.bySurname.get(key) ?? []) : [];
    const unique = [...new Map(candidates.map((a) => [a.id, a])).values()];
    if (unique.length === 0) return undefined;
    const first = unique[0]!;
    return {
      id: first.id,
      kind: first.kind,
      name: first.name,
      status: unique.length > 1 ? 'AMBIGUOUS' : 'MATCHED',
      ...(unique.length > 1 ? { candidates: unique.map((a) => a.id) } : {}),
    };
  }

  private remember(key: string, actor: ResolvedActor): ResolvedActor {
    this.local.set(key, actor);
    if (actor.kind === 'PERSON') {
      this.localSurnames.set(lastWord(key), actor);
      this.local.set(variantKey(actor.name), actor);
    }
    return actor;
  }

  private newId(kind: ActorKindName, name: string): string {
    const base = `${PREFIX[kind]}:${slug(name) || 'unnamed'}`;
    let id = base;
    for (let n = 2; this.takenIds.has(id); n++) id = `${base}-${n}`;
    this.takenIds.add(id);
    return id;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "Zelenskyy’s" → "Zelenskyy"; "the Kremlin" → "Kremlin". */
function cleanName(text: string): string {
  return text
    .replace(/['’]s?$/u, '')
    .replace(/^the\s+/i, '')
    .trim();
}
