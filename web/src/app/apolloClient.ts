import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
  ServerError,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { getToken, rejectToken } from '../auth/tokenStore';
import { graphql } from '../__generated__';
import type { LiveEventFieldsFragment } from '../__generated__/graphql';
import { KEEPALIVE_MS, PONG_TIMEOUT_MS, type SubscribeFn } from './liveFeed';
import { clockedFetch } from './serverClock';

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

/** The close code graphql-ws servers use when `connection_init` is refused (a bad token). */
const FORBIDDEN_CLOSE = 4403;

/** The bearer secret an operation was sent with, if any. */
function bearerOf(headers: unknown): string | null {
  if (typeof headers !== 'object' || headers === null || !('authorization' in headers)) return null;
  const value = headers.authorization;
  return typeof value === 'string' ? value.replace(/^Bearer\s+/i, '') : null;
}

/** Whether an HTTP operation failed because its token was refused. */
function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}

/** `GET /readyz`: the cheapest answer to "can the server take a subscription now?". */
export async function probeReady(): Promise<boolean> {
  const response = await clockedFetch('/readyz', { cache: 'no-store' });
  return response.ok;
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
    keepAlive: KEEPALIVE_MS,
    connectionAckWaitTimeout: 10_000,
    connectionParams: () => {
      const token = getToken();
      return token === null ? {} : { authorization: `Bearer ${token}` };
    },
  });
  installPongWatchdog(ws);
  // A token the server refuses is dropped, so a typo never blanks a page that public reads fill.
  let socketToken: string | null = null;
  ws.on('connecting', () => {
    socketToken = getToken();
  });
  ws.on('closed', (event) => {
    if (event instanceof CloseEvent && event.code === FORBIDDEN_CLOSE && socketToken !== null) {
      rejectToken(socketToken);
    }
  });
  // An operation may bring its own token (the sign-in check); the others get the stored one.
  const auth = new SetContextLink((previous) => {
    if (bearerOf(previous.headers) !== null) return {};
    const token = getToken();
    return token === null ? {} : { headers: { authorization: `Bearer ${token}` } };
  });
  const refused = new ErrorLink(({ error, operation }) => {
    const token = bearerOf(operation.getContext().headers);
    if (token !== null && isUnauthenticated(error)) {
      rejectToken(token);
    }
  });
  const http = new HttpLink({ uri: '/graphql', fetch: clockedFetch });
  const link = ApolloLink.split(
    (operation) => isSubscriptionOperation(operation.query),
    new GraphQLWsLink(ws),
    ApolloLink.from([auth, refused, http]),
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
    }, PONG_TIMEOUT_MS);
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
export function apolloSubscribe(
  clients: ApiClients,
  onHeard: () => void,
): SubscribeFn<LiveEventFieldsFragment> {
  return (after, sink) => {
    let ended = false;
    const end = (cursorRejected: boolean) => {
      if (ended) return;
      ended = true;
      sink.end({ cursorRejected });
    };
    const offConnected = clients.ws.on('connected', () => sink.open());
    const offClosed = clients.ws.on('closed', () => end(false));
    const offPong = clients.ws.on('pong', (received) => {
      if (received) onHeard();
    });
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
      offPong();
      subscription.unsubscribe();
    };
  };
}
