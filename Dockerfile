# The explorer's app image, used by docker-compose.yml next to Neo4j.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:client
ENV PORT=3000
# Reachable from outside the container: import then needs IMPORT_TOKEN (see docker-compose.yml).
ENV HOST=0.0.0.0
EXPOSE 3000
CMD ["npx", "tsx", "server/main.ts"]
