/**
 * The GraphQL playground served on a browser's GET /graphql: GraphiQL, bundled with its Monaco
 * editor and language workers, so nothing is fetched from a CDN.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { getOperationAST, parse } from 'graphql';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GRAPHQL_URL } from '../shared/graphql';
import { liveClient } from '../shared/live';
import { authHeaders, readToken, saveToken } from '../shared/token';
import { EXAMPLE_TABS } from './examples';

type Fetcher = GraphiQLProps['fetcher'];
type FetcherParams = Parameters<Fetcher>[0];

function isSubscription({ query, operationName }: FetcherParams): boolean {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation === 'subscription';
  } catch {
    return false; // the server says what is wrong with it
  }
}

/**
 * Queries and mutations: POST to this server's /graphql with the pasted token, then the headers of GraphiQL's
 * headers editor (which win). Subscriptions: over graphql-ws on the same path, each payload as it comes.
 */
const fetcher: Fetcher = async (params, options) => {
  if (isSubscription(params)) return liveClient().iterate(params);
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...authHeaders(),
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

/** Where to paste a token: mutations need one with the write scope (docs/writes.md). Kept for this tab only. */
function TokenBar() {
  const [token, setToken] = useState(readToken);
  const [saved, setSaved] = useState(readToken() !== '');
  return (
    <form
      className="token-bar"
      onSubmit={(e) => {
        e.preventDefault();
        saveToken(token);
        setSaved(token.trim() !== '');
      }}
    >
      <label htmlFor="api-token">API token</label>
      <input
        id="api-token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder="Paste a token to send it as Authorization: Bearer …"
        value={token}
        data-testid="token-input"
        onChange={(e) => {
          setToken(e.target.value);
          setSaved(false);
        }}
      />
      <button type="submit">Use</button>
      <span className="token-state" data-testid="token-state">
        {saved ? 'Sent with every request from this tab.' : 'Reads need none; writes do.'}
      </span>
    </form>
  );
}

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
    <div className="playground-page">
      <TokenBar />
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
    </div>
  );
}

createRoot(document.getElementById('playground')!).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
