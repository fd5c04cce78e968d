/**
 * GraphiQL, bundled from npm with its editor workers: the IDE works with no network beyond
 * this server (served at /graphiql and to browsers at GET /graphql).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './page.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createWarRoomFetcher } from './fetcher';

const httpUrl = new URL('/graphql', window.location.href).href;
const wsUrl = httpUrl.replace(/^http/, 'ws');

/** The dashboard's signed-in token, if any, so the IDE acts as the same person. */
const token = window.localStorage.getItem('warroom.token');

const defaultQuery = `# War Room GraphQL API. The schema's documentation is under the book icon.
#
# Reads need no token unless the server runs with PUBLIC_READ=false. Mutations need one:
# create it with  npm run token -- --role COMMANDER --name "you"  and put
#   { "Authorization": "Bearer <secret>" }
# in Headers below. Subscriptions run over WebSocket (graphql-ws) with the same header.

query RecentIncidents {
  incidents(first: 5) {
    totalCount
    edges {
      node {
        id
        title
        status
        impact
      }
    }
  }
}

subscription LiveEvents {
  events {
    cursor
    type
    at
    incidentId
  }
}
`;

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL
        fetcher={createWarRoomFetcher(httpUrl, wsUrl)}
        defaultQuery={defaultQuery}
        defaultHeaders={
          token ? JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2) : '{}'
        }
        defaultEditorToolsVisibility="headers"
      />
    </StrictMode>,
  );
}
