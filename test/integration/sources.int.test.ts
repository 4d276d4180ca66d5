/**
 * Sources: the seed article, with its exact text, and the Al Jazeera report it cites.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { useTestApi } from '../helpers/api.js';
import { AL_JAZEERA_ID, ARTICLE_ID, pick, seedFacts, seedText, sorted } from '../helpers/seedFacts.js';

const api = useTestApi();

const facts = seedFacts();
const SOURCES = graphql(`
  query TestSources {
    sources {
      id
      title
      publisher
      url
      published
      publishedPrecision
      publishedNote
      dateline
      language
      text
      cites {
        id
        title
      }
    }
  }
`);

const SOURCE_TEXT = graphql(`
  query TestSourceText($id: ID!) {
    node(id: $id) {
      ... on Source {
        text
      }
    }
  }
`);

const CITATION = graphql(`
  query TestCitation($a: ID!, $b: ID!) {
    a: node(id: $a) {
      ... on Source {
        publisher
        cites {
          id
          publisher
          published
        }
      }
    }
    b: node(id: $b) {
      ... on Source {
        text
        cites {
          id
        }
      }
    }
  }
`);

describe('sources', () => {
  it('are the sources of the facts file, each with its fields', async () => {
    const data = await api.query(SOURCES);
    expect(sorted(data.sources.map((s) => s.id))).toEqual(sorted(facts.sources.map((s) => s.id)));
    for (const fact of facts.sources) {
      const s = data.sources.find((x) => x.id === fact.id);
      expect(s, fact.id).toMatchObject(
        pick(fact, [
          'title',
          'publisher',
          'url',
          'published',
          'publishedPrecision',
          'publishedNote',
          'dateline',
          'language',
        ]),
      );
      expect(sorted(s?.cites.map((c) => c.id) ?? []), fact.id).toEqual(sorted(fact.cites));
    }
  });

  it('the article holds its text byte for byte, curly quotes included', async () => {
    const { node } = await api.query(SOURCE_TEXT, { id: ARTICLE_ID });
    expect(node).toEqual({ text: seedText() });
    expect(seedText()).toContain('“blackmail”');
  });

  it('the article cites the Al Jazeera report, which is known only by citation: no text, cites nothing', async () => {
    const data = await api.query(CITATION, { a: ARTICLE_ID, b: AL_JAZEERA_ID });
    expect(data.a).toEqual({
      publisher: 'National Times',
      cites: [{ id: AL_JAZEERA_ID, publisher: 'Al Jazeera', published: '2025-07-19' }],
    });
    expect(data.b).toEqual({ text: '', cites: [] });
  });
});
