import { describe, expect, it } from 'vitest';
import { knownActorsFromFacts } from '../../src/extract/knownActors.js';
import { slug, variantKey } from '../../src/extract/names.js';
import { ActorResolver } from '../../src/extract/resolveActors.js';
import { matchRole } from '../../src/extract/roles.js';
import { readFactsFile } from '../../src/ingest/readFacts.js';
import { SEED_FACTS_FILES } from '../../src/config.js';

const seedKnown = () => knownActorsFromFacts(readFactsFile(SEED_FACTS_FILES[0]!).facts);

describe('name variants', () => {
  it('gives transliterations of one name one key', () => {
    expect(new Set(['Zelensky', 'Zelenskiy', 'Zelenskyy', 'ZELENSKÝY'].map(variantKey)).size).toBe(1);
    expect(new Set(['Dmitry Peskov', 'Dmitri Peskov', 'Dmitriy Peskov'].map(variantKey)).size).toBe(1);
    expect(variantKey('Ministry of Defence')).toBe(variantKey('Ministry of Defense'));
    expect(variantKey('Kremlin spokesman')).toBe(variantKey('Kremlin spokesperson'));
  });

  it('keeps different names apart', () => {
    expect(variantKey('Maria Zakharova')).not.toBe(variantKey('Maria Zelenska'));
    expect(variantKey('Russia')).not.toBe(variantKey('Belarus'));
  });

  it('makes readable slugs for ids', () => {
    expect(slug('Andrii Sybiha')).toBe('andrii-sybiha');
    expect(slug('Ukraine’s Foreign Minister')).toBe('ukraines-foreign-minister');
  });
});

describe('resolution against known actors', () => {
  it('matches a spelling variant of a known name, and a surname alone', () => {
    const resolver = new ActorResolver(seedKnown());
    expect(resolver.resolve('Volodymyr Zelenskiy', 'PERSON')).toMatchObject({
      id: 'person:volodymyr-zelenskyy',
      status: 'MATCHED',
    });
    expect(resolver.resolve('Peskov', 'PERSON')).toMatchObject({ id: 'person:dmitry-peskov', status: 'MATCHED' });
    expect(resolver.resolve('Ukrainian', 'NATIONALITY')).toMatchObject({ id: 'country:ukraine' });
    expect(resolver.resolve('Moscow', 'CITY')).toMatchObject({ id: 'country:russia' });
  });

  it('gives a new person a stable id, and later short mentions of them the same one', () => {
    const first = new ActorResolver(seedKnown());
    const made = first.resolve('Andrii Sybiha', 'PERSON');
    expect(made).toMatchObject({ id: 'person:andrii-sybiha', status: 'NEW' });
    expect(first.resolve('Sybiha', 'PERSON')?.id).toBe('person:andrii-sybiha');
    expect(new ActorResolver(seedKnown()).resolve('Andrii Sybiha', 'PERSON')?.id).toBe(made!.id);
  });

  it('flags a surname that fits two known people', () => {
    const known = seedKnown();
    known.actors.push(
      { id: 'person:ivan-petrenko', kind: 'PERSON', name: 'Ivan Petrenko', aliases: [] },
      { id: 'person:olha-petrenko', kind: 'PERSON', name: 'Olha Petrenko', aliases: [] },
    );
    expect(new ActorResolver(known).resolve('Petrenko', 'PERSON')).toMatchObject({
      status: 'AMBIGUOUS',
      candidates: ['person:ivan-petrenko', 'person:olha-petrenko'],
    });
    // A name the graph gives as someone's alias is theirs alone.
    expect(new ActorResolver(known).resolve('Umerov', 'PERSON')).toMatchObject({ status: 'MATCHED' });
  });

  it('ignores a place no actor is called by', () => {
    expect(new ActorResolver(seedKnown()).resolve('Istanbul', 'CITY')).toBeUndefined();
  });
});

describe('roles to existing posts', () => {
  it('matches a title by alias or variant', () => {
    const known = seedKnown();
    expect(matchRole('Kremlin spokesman', undefined, undefined, known)?.id).toBe('role:kremlin-spokesperson');
    expect(matchRole('Ukrainian President', undefined, 'country:ukraine', known)?.id).toBe('role:president-of-ukraine');
    expect(matchRole('Defense Minister of Ukraine', undefined, undefined, known)?.id).toBe(
      'role:ua-minister-of-defence',
    );
  });

  it('matches a bare title within the post’s country, and nothing across countries', () => {
    const known = seedKnown();
    expect(matchRole('President', undefined, 'country:russia', known)?.id).toBe('role:president-of-russia');
    expect(matchRole('President', undefined, 'country:france', known)).toBeUndefined();
  });
});
