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
RUN npm pack && mv copydesk-*.tgz copydesk.tgz

FROM node:20-slim
WORKDIR /work
# The package is copied next to where copydesk will run, installed, then deleted.
COPY --from=build /src/copydesk.tgz ./copydesk.tgz
RUN npm install --global --no-audit --no-fund ./copydesk.tgz \
  && rm ./copydesk.tgz \
  && npm cache clean --force
USER node
ENTRYPOINT ["copydesk"]
