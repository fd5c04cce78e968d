/**
 * Security headers for every response (helmet), with a Content-Security-Policy that the
 * dashboard and the GraphiQL IDE run under: everything from this origin, nothing from elsewhere.
 */
import helmet from 'helmet';

export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Charts, gauges and the IDE's editor set element styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        // HTTP and WebSocket to this origin only.
        connectSrc: ["'self'"],
        // The IDE's editor runs its language services in workers built next to it.
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Served over plain HTTP on loopback and behind TLS-terminating proxies alike: HSTS belongs
    // to the proxy that terminates TLS, and upgrading requests would break plain-HTTP installs.
    strictTransportSecurity: false,
  });
}
