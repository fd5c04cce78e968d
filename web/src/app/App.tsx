import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { BrowserRouter, NavLink, Outlet, Route, Routes } from 'react-router';
import { SignIn } from '../auth/SignIn';
import { ConnectionIndicator } from '../ui/ConnectionIndicator';
import { Loading } from '../ui/Loading';
import { createApiClients } from './apolloClient';
import { LiveStateContext, useLiveState } from './liveContext';
import { useLiveEvents } from './useLiveEvents';

const WarRoomPage = lazy(() => import('../incidents/WarRoomPage'));
const IncidentPage = lazy(() => import('../incidents/IncidentPage'));
const HistoryPage = lazy(() => import('../history/HistoryPage'));
const WallboardPage = lazy(() => import('../wallboard/WallboardPage'));

/** The app: Apollo, the live feed, and the four pages. */
export function App() {
  const [clients] = useState(createApiClients);
  const live = useLiveEvents(clients);
  return (
    <ApolloProvider client={clients.apollo}>
      <LiveStateContext value={live}>
        <BrowserRouter>
          <Routes>
            <Route element={<Shell />}>
              <Route index element={<WarRoomPage />} />
              <Route path="incidents/:id" element={<IncidentPage />} />
              <Route path="history" element={<HistoryPage />} />
              <Route path="*" element={<NotFound />} />
            </Route>
            <Route
              path="wallboard"
              element={
                <Suspense fallback={<div className="wallboard" />}>
                  <WallboardPage />
                </Suspense>
              }
            />
          </Routes>
        </BrowserRouter>
      </LiveStateContext>
    </ApolloProvider>
  );
}

function Shell() {
  const live = useLiveState();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand" end>
          <span className="brand-mark" aria-hidden="true" />
          War Room
        </NavLink>
        <nav aria-label="Main">
          <NavLink to="/" end>
            War room
          </NavLink>
          <NavLink to="/history">History</NavLink>
          <NavLink to="/wallboard">Wallboard</NavLink>
        </nav>
        <div className="topbar-right">
          <ConnectionIndicator state={live} />
          <SignIn />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading label="Loading" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

function NotFound() {
  return (
    <div className="page">
      <h1>Not found</h1>
      <p>
        <NavLink to="/">Back to the war room</NavLink>
      </p>
    </div>
  );
}
