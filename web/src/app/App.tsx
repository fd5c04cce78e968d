import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { BrowserRouter, NavLink, Outlet, Route, Routes } from 'react-router';
import { SignIn } from '../auth/SignIn';
import { ConnectionIndicator } from '../ui/ConnectionIndicator';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { StaleBanner } from '../ui/StaleBanner';
import { ThemePicker } from '../ui/ThemePicker';
import { createApiClients } from './apolloClient';
import { LiveStateContext, useLiveState } from './liveContext';
import { StalenessContext, useStaleness, useStalenessMonitor } from './staleness';
import { useLiveEvents } from './useLiveEvents';

const WarRoomPage = lazy(() => import('../incidents/WarRoomPage'));
const IncidentPage = lazy(() => import('../incidents/IncidentPage'));
const HistoryPage = lazy(() => import('../history/HistoryPage'));
const WallboardPage = lazy(() => import('../wallboard/WallboardPage'));

/** The app: Apollo, the live feed, and the four pages. */
export function App() {
  const [clients] = useState(createApiClients);
  const live = useLiveEvents(clients);
  const staleness = useStalenessMonitor(live);
  return (
    <ApolloProvider client={clients.apollo}>
      <LiveStateContext value={live}>
        <StalenessContext value={staleness}>
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
        </StalenessContext>
      </LiveStateContext>
    </ApolloProvider>
  );
}

function Shell() {
  const live = useLiveState();
  const { stale } = useStaleness();
  return (
    <div className={`shell${stale ? ' is-stale' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <StaleBanner live={live} />
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
          <ThemePicker />
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
      <PageTitle name="Not found" />
      <h1>Not found</h1>
      <p>
        <NavLink to="/">Back to the war room</NavLink>
      </p>
    </div>
  );
}
