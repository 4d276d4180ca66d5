/**
 * What the seed article says, asked through the API as an analyst would ask it.
 */
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../helpers/api.js';
import { seedFacts, seedText, statementFact } from '../helpers/seedFacts.js';

const api = useTestApi();

const ULTIMATUM = 'event:trump-ultimatum-russia-2025-07-14';

describe('Rustem Umerov', () => {
  it('is now Secretary of the NSDC, appointed "last week": some day from 7 to 19 July 2025', async () => {
    const data = await api.query(`{ actor(name: "Umerov") { ... on Person { roles(current: true) {
      start startPrecision startRange { earliest latest edtf phrase } end current basis
      role { title organization { id } country { id } }
    } } } }`);
    expect(data.actor.roles).toEqual([
      {
        // The month that holds the range: the API's date and precision never claim more than the range.
        start: '2025-07-01',
        startPrecision: 'MONTH',
        startRange: {
          earliest: '2025-07-07',
          latest: '2025-07-19',
          edtf: '2025-07-07/2025-07-19',
          phrase: 'was appointed last week',
        },
        end: null,
        current: true,
        basis: 'STATED',
        role: {
          title: 'Secretary of the National Security and Defence Council of Ukraine',
          organization: { id: 'org:ua-nsdc' },
          country: { id: 'country:ukraine' },
        },
      },
    ]);
  });

  it('was defence minister: an ended tenure', async () => {
    const data = await api.query(
      `{ actor(name: "Umerov") { ... on Person { roles(current: false) { current end endPrecision role { id organization { id } } evidence { excerpt } } } } }`,
    );
    expect(data.actor.roles).toHaveLength(1);
    const [tenure] = data.actor.roles;
    expect(tenure).toMatchObject({
      current: false,
      role: { id: 'role:ua-minister-of-defence', organization: { id: 'org:ua-ministry-of-defence' } },
    });
    expect(tenure.evidence.map((e: any) => e.excerpt).join(' ')).toContain('previously served as defence minister');
  });

  it('heads the NSDC: his HEADS relation leads to org:ua-nsdc', async () => {
    const data = await api.query(
      `{ actor(id: "person:rustem-umerov") { relations(types: ["HEADS"], direction: OUT) { direction properties node { id } } } }`,
    );
    const current = data.actor.relations.filter((r: any) => r.properties.current === true);
    expect(current.map((r: any) => r.node.id)).toEqual(['org:ua-nsdc']);
    expect(current[0].direction).toBe('OUT');
  });
});

describe("Trump's ultimatum", () => {
  it('Trump ISSUED it', async () => {
    const data = await api.query(
      `{ actor(name: "Donald Trump") { relations(types: ["ISSUED"]) { type direction node { id ... on Event { type title } } evidence { excerpt } } } }`,
    );
    const issued = data.actor.relations.find((r: any) => r.node.id === ULTIMATUM);
    expect(issued).toMatchObject({ type: 'ISSUED', direction: 'OUT', node: { type: 'ULTIMATUM' } });
    expect(issued.evidence.map((e: any) => e.excerpt)).toContain(
      'U.S. President Donald Trump this week issued a stark ultimatum to Russia',
    );
  });

  it('targets Russia, and Trump is its issuer', async () => {
    const data = await api.query(
      `query($id: ID!) { node(id: $id) { ... on Event { date datePrecision participants { role actor { id } } } } }`,
      { id: ULTIMATUM },
    );
    expect(data.node.participants).toEqual(
      expect.arrayContaining([
        { role: 'TARGET', actor: { id: 'country:russia' } },
        { role: 'ISSUER', actor: { id: 'person:donald-trump' } },
      ]),
    );
    expect(data.node).toMatchObject({ date: '2025-07-14', datePrecision: 'WEEK' });
  });

  it('is what Zakharova called "blackmail"', async () => {
    const data = await api.query(
      `{ statements(speaker: "person:maria-zakharova", kind: QUOTE) { edges { node { text about { id } respondsTo { id } speakerRole { title } } } } }`,
    );
    const blackmail = data.statements.edges.map((e: any) => e.node).find((s: any) => s.text === 'blackmail');
    expect(blackmail.about.map((n: any) => n.id)).toContain(ULTIMATUM);
    expect(blackmail.respondsTo.map((n: any) => n.id)).toContain(ULTIMATUM);
    expect(blackmail.speakerRole.title).toBe('Spokesperson of the Russian Foreign Ministry');
    // And the statements about the ultimatum include it.
    const about = await api.query(`query($id: ID!) { statements(about: $id) { edges { node { id } } } }`, {
      id: ULTIMATUM,
    });
    expect(about.statements.edges.map((e: any) => e.node.id)).toContain('stmt:zakharova-calls-ultimatum-blackmail');
  });
});

describe('statements', () => {
  it('every statement has a speaker and at least one piece of evidence', async () => {
    const data = await api.query(
      `{ statements(first: 100) { totalCount edges { node { id speaker { id name } evidence { excerpt } } } } }`,
    );
    expect(data.statements.totalCount).toBe(seedFacts().statements.length);
    for (const { node } of data.statements.edges) {
      expect(node.speaker.id, node.id).toBe(statementFact(node.id).speaker);
      expect(node.evidence.length, node.id).toBeGreaterThan(0);
    }
  });

  it("Zelenskyy's quotes were said as President of Ukraine", async () => {
    const data = await api.query(
      `{ statements(speaker: "person:volodymyr-zelenskyy", kind: QUOTE) { totalCount edges { node { id text speakerRole { id title country { id } } } } } }`,
    );
    const quotes = seedFacts().statements.filter(
      (s) => s.speaker === 'person:volodymyr-zelenskyy' && s.kind === 'QUOTE',
    );
    expect(data.statements.totalCount).toBe(quotes.length);
    expect(quotes.length).toBeGreaterThan(0);
    for (const { node } of data.statements.edges) {
      expect(node.speakerRole, node.id).toEqual({
        id: 'role:president-of-ukraine',
        title: 'President of Ukraine',
        country: { id: 'country:ukraine' },
      });
      // A quotation is the article's own words.
      expect(seedText(), node.id).toContain(node.text.replace(/[.,]$/, ''));
    }
  });

  it('Peskov\'s acknowledgement responds to Zelenskyy\'s "more momentum"', async () => {
    const data = await api.query(
      `{ actor(name: "Peskov") { statements { edges { node { id respondsTo { __typename id ... on Statement { text kind speaker { id } } } } } } } }`,
    );
    const ack = data.actor.statements.edges
      .map((e: any) => e.node)
      .find((s: any) => s.id === 'stmt:peskov-acknowledges-more-momentum');
    expect(ack.respondsTo).toEqual([
      {
        __typename: 'Statement',
        id: 'stmt:zelenskyy-peace-process-more-momentum',
        text: 'more momentum',
        kind: 'QUOTE',
        speaker: { id: 'person:volodymyr-zelenskyy' },
      },
    ]);
    // Seen from the other side: the quote's responses include the acknowledgement.
    const quote = await api.query(
      `{ node(id: "stmt:zelenskyy-peace-process-more-momentum") { ... on Statement { responses { id speaker { id } } } } }`,
    );
    expect(quote.node.responses).toEqual([
      { id: 'stmt:peskov-acknowledges-more-momentum', speaker: { id: 'person:dmitry-peskov' } },
    ]);
  });

  it('what Trump said was addressed to Russia', async () => {
    const data = await api.query(
      `{ actor(id: "country:russia") { statementsReceived(first: 100) { edges { node { id speaker { id } } } } } }`,
    );
    const speakers = data.actor.statementsReceived.edges.map((e: any) => `${e.node.speaker.id} ${e.node.id}`);
    expect(speakers).toContain('person:donald-trump stmt:trump-ultimatum-to-russia');
  });
});

describe('what has not happened', () => {
  it('Russia has not publicly responded to the offer', async () => {
    const data = await api.query(
      `{ events(type: "RESPONSE", actor: "country:russia") { id status relations(types: ["RESPONDS_TO"]) { node { id } } } }`,
    );
    expect(data.events).toEqual([
      {
        id: 'event:ru-response-to-ua-offer',
        status: 'NOT_OCCURRED',
        relations: [{ node: { id: 'event:ua-invitation-fresh-talks' } }],
      },
    ]);
  });
});
