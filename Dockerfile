# syntax=docker/dockerfile:1
# War Room API + dashboard + GraphQL IDE, compiled. `npm run build` compiles the server (and the
# embedded engine) to JavaScript in dist/ and builds the web into web/dist; the runtime image
# holds only that output and the production dependencies, and runs as the unprivileged `node`.
#
#   docker build -t war-room .
#   docker run -p 4000:4000 -e MONGODB_URI=mongodb://db1:27017/warroom?replicaSet=rs0 war-room
#
# Without MONGODB_URI the embedded engine keeps its files in /data (mount a volume there).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/data \
    RUN_DIR=/tmp/war-room \
    WEB_DIST=/app/web/dist
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
# dist/: the compiled server (dist/server/src/main.js) with the SDL and demo data beside it;
# the engine package is a workspace link in node_modules, so its manifest and dist/ come too.
COPY --from=build /app/dist ./dist
COPY --from=build /app/packages/embedded-mongo/package.json ./packages/embedded-mongo/package.json
COPY --from=build /app/packages/embedded-mongo/bin ./packages/embedded-mongo/bin
COPY --from=build /app/packages/embedded-mongo/dist ./packages/embedded-mongo/dist
COPY --from=build /app/web/dist ./web/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4000
# /readyz answers 200 only while the database answers: the balancer and the orchestrator agree.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains HTTP and WebSocket (clients resume elsewhere) before the process exits.
STOPSIGNAL SIGTERM
CMD ["node", "dist/server/src/main.js"]
