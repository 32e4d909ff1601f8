# Tally's API and web app; the database runs in its own container (see docker-compose.yml).
# Node 24 (the current LTS; Node 20 is past its end of life). engines still allow >= 20.19.

# Build: the dashboard into web/dist and the API into dist/server.js (npm run build).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY api ./api
COPY scripts ./scripts
COPY web ./web
RUN npm run build

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY migrations ./migrations
# Data files read at run time (found from the project folder, see api/paths.ts).
COPY api/sample-data/articles.json ./api/sample-data/articles.json
COPY api/series/source-aliases.json ./api/series/source-aliases.json
ENV HOST=0.0.0.0 PORT=8080
EXPOSE 8080
# Folders the app writes to (scheduled exports; the embedded database if DATABASE_URL is unset).
RUN mkdir -p /app/exports /app/data /app/archive && chown node:node /app/exports /app/data /app/archive
USER node
CMD ["node", "--enable-source-maps", "dist/server.js"]
