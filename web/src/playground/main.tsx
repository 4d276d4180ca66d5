/**
 * The GraphQL playground served on a browser's GET /graphql: GraphiQL, bundled with its Monaco
 * editor and language workers, so nothing is fetched from a CDN.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GRAPHQL_URL } from '../shared/graphql';
import { EXAMPLE_TABS } from './examples';

type Fetcher = GraphiQLProps['fetcher'];

/** POST to this server's /graphql, with the headers of GraphiQL's headers editor. */
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

function Logo() {
  return (
    <a className="playground-home" href="/" title="Back to the explorer">
      actorgraph <span>explorer</span>
    </a>
  );
}

/** True until GraphiQL has saved tabs of its own in this browser. */
function firstVisit(): boolean {
  try {
    return window.localStorage.getItem('graphiql:tabState') === null;
  } catch {
    return true;
  }
}

function Playground() {
  // GraphiQL 5 opens the first of defaultTabs without its variables (the variables editor starts from
  // initialVariables only), so on a first visit they are handed over explicitly. Later visits restore
  // the saved tabs, and initialVariables must then stay unset or GraphiQL would add a tab for them.
  const initialVariables = firstVisit() ? EXAMPLE_TABS[0]?.variables : undefined;
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={EXAMPLE_TABS}
      initialVariables={initialVariables}
      defaultEditorToolsVisibility="variables"
      forcedTheme="light"
    >
      <GraphiQL.Logo>
        <Logo />
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('playground')!).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
