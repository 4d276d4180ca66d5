# The actorgraph API, with the explorer and the GraphQL playground it serves. It needs a Neo4j 5.26 or newer
# (NEO4J_URI): docker-compose.yml starts one beside it.
#   docker build -t actorgraph .
#   docker run --rm -p 4000:4000 -e NEO4J_URI=bolt://<neo4j host>:7687 -e NEO4J_PASSWORD=<password> actorgraph

# Stage 1: the web pages (web/ -> web/dist), built with Vite, a development dependency.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web ./web
RUN npm run build:web

# Stage 2: what runs. Only the runtime dependencies; tsx is one of them: the TypeScript sources run as they
# are, with no build step.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# What the server reads at run time: the sources, the GraphQL schema files, the seed facts and the web build.
COPY tsconfig.json ./
COPY schema ./schema
COPY src ./src
COPY seed ./seed
COPY --from=web /app/web/dist ./web/dist

# The files stay root-owned and read-only to the server; tsx keeps its cache under /tmp.
USER node

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
EXPOSE 4000

# /health answers 200 when the API can reach Neo4j, 503 when it cannot.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# node itself is PID 1, with tsx loaded as a module: `docker stop` (SIGTERM) reaches src/main.ts, which closes
# the Neo4j driver and exits at once. Behind `npx tsx` or `npm start`, npm would be PID 1 and the signal would
# not reach the server (and `npm start` would rebuild the web pages first).
CMD ["node", "--import", "tsx", "src/main.ts"]
