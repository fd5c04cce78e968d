import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { getToken } from '../auth/tokenStore';
import { graphql } from '../__generated__';
import type { LiveEventFieldsFragment } from '../__generated__/graphql';
import type { SubscribeFn } from './liveFeed';

/** The live event stream; `after` resumes behind the last event seen. */
export const LiveEventsSubscription = graphql(`
  subscription LiveEvents($after: String) {
    events(after: $after) {
      ...LiveEventFields
    }
  }
`);

/** The app's cache. Types without an id are kept inside their parent (recovery series, stats). */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Incident: {
        fields: {
          // Lists of unnormalised objects: the newest write is the whole truth.
          recovery: { merge: false },
          components: { merge: false },
        },
      },
      RecoverySeries: { keyFields: false },
      RecoverySample: { keyFields: false },
      IncidentStats: { keyFields: false },
      Viewer: { keyFields: false },
    },
  });
}

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

/** The Apollo client and the WebSocket client under it. */
export interface ApiClients {
  readonly apollo: ApolloClient;
  readonly ws: Client;
}

/**
 * HTTP for queries and mutations, graphql-ws for subscriptions. The WebSocket client does not
 * retry by itself: the live feed does, so that every reconnect resumes from the latest cursor.
 */
export function createApiClients(): ApiClients {
  const ws = createClient({
    url: wsUrl,
    lazy: true,
    retryAttempts: 0,
    keepAlive: 10_000,
    connectionAckWaitTimeout: 10_000,
    connectionParams: () => {
      const token = getToken();
      return token === null ? {} : { authorization: `Bearer ${token}` };
    },
  });
  installPongWatchdog(ws);
  const auth = new SetContextLink(() => {
    const token = getToken();
    return token === null ? {} : { headers: { authorization: `Bearer ${token}` } };
  });
  const http = new HttpLink({ uri: '/graphql' });
  const link = ApolloLink.split(
    (operation) => isSubscriptionOperation(operation.query),
    new GraphQLWsLink(ws),
    auth.concat(http),
  );
  const apollo = new ApolloClient({
    link,
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
  return { apollo, ws };
}

/** Closes a socket whose server stopped answering pings (a dead Wi-Fi link never says so). */
function installPongWatchdog(ws: Client): void {
  let socket: WebSocket | null = null;
  let timeout: ReturnType<typeof setTimeout> | undefined;
  ws.on('connected', (s) => {
    if (s instanceof WebSocket) socket = s;
  });
  ws.on('ping', (received) => {
    if (received) return;
    clearTimeout(timeout);
    timeout = setTimeout(() => {
      if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'Request Timeout');
    }, 5_000);
  });
  ws.on('pong', (received) => {
    if (received) clearTimeout(timeout);
  });
  ws.on('closed', () => {
    clearTimeout(timeout);
    socket = null;
  });
}

/** One subscription attempt of the live feed, over Apollo's WebSocket link. */
export function apolloSubscribe(clients: ApiClients): SubscribeFn<LiveEventFieldsFragment> {
  return (after, sink) => {
    let ended = false;
    const end = (cursorRejected: boolean) => {
      if (ended) return;
      ended = true;
      sink.end({ cursorRejected });
    };
    const offConnected = clients.ws.on('connected', () => sink.open());
    const offClosed = clients.ws.on('closed', () => end(false));
    const subscription = clients.apollo
      .subscribe({ query: LiveEventsSubscription, variables: { after }, fetchPolicy: 'no-cache' })
      .subscribe({
        next: (result) => {
          if (result.error) {
            end(after !== null && CombinedGraphQLErrors.is(result.error));
          } else if (result.data) {
            sink.next(result.data.events);
          }
        },
        error: () => end(false),
        complete: () => end(false),
      });
    return () => {
      ended = true;
      offConnected();
      offClosed();
      subscription.unsubscribe();
    };
  };
}
