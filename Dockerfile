# The Callboard GitHub App server (docs/deploying.md). Node 24 runs the TypeScript source as it is; only the
# runtime dependencies are installed. The command below is the one the end-to-end tests start
# (test/support/server-command.ts reads it from here), so what the tests prove is what the image runs.
FROM node:24-bookworm-slim

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /callboard

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY app.yml ./
COPY app ./app
# The catalog site's assets (the browser's script, Redoc, AsyncAPI's component), built by npm run build.
COPY dist/site ./dist/site

# No root: the server needs none, and a file a repository holds is never written to disk.
USER node
EXPOSE 3000
# Liveness: /ping. Readiness (GitHub answers, the installations have their catalog repository): /ready.
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/ping').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "app/server/start.ts"]
