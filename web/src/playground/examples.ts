/**
 * The playground's preloaded tabs: one named operation each, with variables that return data on
 * the seed graph. GraphiQL names each tab after its operation.
 */
export interface Example {
  query: string;
  variables: Record<string, unknown>;
}

const json = (value: Record<string, unknown>) => JSON.stringify(value, null, 2);

export const EXAMPLES: Example[] = [
  {
    query: `# Who said what to whom: statements, newest
# first, with the speaker's role that day, the
# addressees, what each one answers, and the
# source sentence behind it. Filters (optional):
# speaker, addressee, about, kind, from, to.
#
# Ctrl-Enter runs; Ctrl-Space completes; the
# first button on the left opens the schema docs.
query WhoSaidWhatToWhom(
  $speaker: ID
  $addressee: ID
  $first: Int = 10
) {
  statements(
    speaker: $speaker
    addressee: $addressee
    first: $first
  ) {
    totalCount
    edges {
      node {
        date
        kind
        text
        speaker { name }
        speakerRole { title }
        addressees { name }
        respondsTo {
          ... on Statement { text speaker { name } }
          ... on Event { title }
        }
        evidence {
          excerpt
          source { title publisher }
        }
      }
    }
  }
}
`,
    variables: { addressee: 'country:russia' },
  },
  {
    query: `# How two actors are connected: the shortest
# chain of relationships, then a few others.
# at: only facts valid on that date;
# types: only these relationship types.
query HowAreTheyConnected(
  $from: ID!
  $to: ID!
  $at: Date
) {
  shortestPath(
    from: $from
    to: $to
    maxHops: 6
    at: $at
  ) {
    length
    nodes { id labels caption }
    edges { type source target }
  }
  paths(
    from: $from
    to: $to
    maxHops: 6
    at: $at
    first: 3
  ) {
    length
    nodes { caption }
    edges { type }
  }
}
`,
    variables: { from: 'person:maria-zakharova', to: 'person:rustem-umerov' },
  },
  {
    query: `# An actor's neighbourhood, as nodes and edges
# that graph libraries load as they are
# (Cytoscape.js, sigma, vis-network), and whom
# the actor talks to. depth: 1 to 3.
query ActorNeighbourhood(
  $id: ID!
  $depth: Int = 1
  $at: Date
) {
  actor(id: $id) {
    name
    description
    interlocutors {
      actor { name }
      addressed
      addressedBy
    }
  }
  neighborhood(
    id: $id
    depth: $depth
    limit: 50
    at: $at
  ) {
    truncated
    nodes { id labels caption }
    edges { id type source target properties }
  }
}
`,
    variables: { id: 'person:volodymyr-zelenskyy', depth: 1 },
  },
  {
    query: `# Roles on a date: what a person held that day,
# and who headed an organisation then. Try
# "at": "2025-07-10", after Umerov moved from
# defence minister to the Security Council.
query RolesOnADate(
  $person: String!
  $organization: ID!
  $at: Date!
) {
  actor(name: $person) {
    name
    ... on Person {
      rolesThatDay: roles(at: $at) {
        role {
          title
          organization { name }
        }
        start
        startPrecision
        end
        endPrecision
        note
        evidence { excerpt }
      }
      allRoles: roles {
        role { title }
        start
        end
        current
      }
    }
  }
  organization: actor(id: $organization) {
    name
    ... on Organization {
      headsThatDay: heads(at: $at) { name }
    }
  }
}
`,
    variables: { person: 'Umerov', organization: 'org:ua-ministry-of-defence', at: '2025-07-01' },
  },
];

export const EXAMPLE_TABS = EXAMPLES.map((e) => ({ query: e.query, variables: json(e.variables) }));
