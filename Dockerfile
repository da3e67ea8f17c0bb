# copydesk in a container:
#   docker build -t copydesk .
#   docker run -i --rm copydesk < story.txt
# The first stage packs copydesk from this clone (npm pack builds it); the
# second installs that package alone, with its runtime dependencies, and runs
# it as the unprivileged `node` user.
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm pack && mv copydesk-*.tgz /tmp/copydesk.tgz

FROM node:20-slim
COPY --from=build /tmp/copydesk.tgz /tmp/copydesk.tgz
RUN npm install --global --no-audit --no-fund /tmp/copydesk.tgz \
  && rm /tmp/copydesk.tgz \
  && npm cache clean --force
USER node
WORKDIR /work
ENTRYPOINT ["copydesk"]
