# syntax=docker/dockerfile:1
# The 善治 shanzhi reference server as an OCI image (docs/server-operations.md#deploying).
#
#   docker build -t shanzhi-server .
#   docker run -d -p 8080:8080 -v shanzhi-data:/data \
#     -e SHANZHI_CORS_ORIGINS=https://portal.example.gov.cn -e SHANZHI_SERVICE_KEYS=on shanzhi-server
#   docker exec <container> shanzhi-server keys create --role cadre --village v-qs-01 --expires 90d
#
# Production mode by default: it REQUIRES SHANZHI_CORS_ORIGINS and a way to sign in (SHANZHI_OIDC_ISSUER,
# SHANZHI_OIDC_AUDIENCE and SHANZHI_OIDC_JWKS_URL, and/or SHANZHI_SERVICE_KEYS=on) and refuses to start without
# them (exit 2, one line per missing setting). SQLite in the /data volume unless SHANZHI_DATABASE_URL names
# PostgreSQL. `-e SHANZHI_MODE=demo` runs the seeded demo county instead.
#
# Node 22 LTS (the Node test suite passes on 20, 22 and 24; Node 20 is past its end of life). Pin a digest in production.
ARG NODE_IMAGE=node:22-bookworm

# 1. build: the esbuild bundle of the server (TypeScript sources of server, sdk and rules → one ESM file).
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY . .
# No install scripts: the bundle needs esbuild's JavaScript API and the sources only, never a native addon.
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && node packages/server/scripts/build.mjs --out /out

# 2. deps: the bundle's runtime dependencies only (better-sqlite3 compiled for this Node, pg for PostgreSQL).
FROM ${NODE_IMAGE} AS deps
WORKDIR /out
COPY --from=build /out/package.json ./
RUN npm install --omit=dev --no-audit --no-fund --no-package-lock \
 && node -e "new (require('better-sqlite3'))(':memory:').close()"

# 3. runtime: slim Node, the bundle, its production dependencies, nothing else.
FROM ${NODE_IMAGE}-slim AS runtime
ENV NODE_ENV=production \
    SHANZHI_MODE=production \
    SHANZHI_DB=/data/shanzhi.sqlite \
    SHANZHI_HOST=0.0.0.0 \
    PORT=8080
WORKDIR /app
COPY --from=build /out/ /app/
COPY --from=deps /out/node_modules /app/node_modules
# The database folder belongs to the unprivileged `node` user (uid 1000) and nobody else (it holds personal data).
RUN ln -s /app/shanzhi-server.mjs /usr/local/bin/shanzhi-server \
 && mkdir -p /data && chown node:node /data && chmod 700 /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# node itself is the probe (no curl in the image): exit 0 on 200 from /v1/health, 1 otherwise.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/v1/health').then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/shanzhi-server.mjs"]
CMD ["serve"]
