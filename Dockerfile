# Tally's API and web app; the database runs in its own container (see docker-compose.yml).

# The dashboard: built once into plain static files.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY web ./web
RUN npm run build:web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund
COPY api ./api
COPY migrations ./migrations
COPY --from=web /app/web/dist ./web/dist
ENV HOST=0.0.0.0 PORT=8080
EXPOSE 8080
# Folders the app writes to (scheduled exports; the embedded database if DATABASE_URL is unset).
RUN mkdir -p /app/exports /app/data /app/archive && chown node:node /app/exports /app/data /app/archive
USER node
CMD ["node", "--import", "tsx", "api/server.ts"]
