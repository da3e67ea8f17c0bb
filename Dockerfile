# copydesk in a container:
#   docker build -t copydesk .
#   docker run -i --rm copydesk < story.txt
# The first stage builds the package from this clone; the second installs
# that package alone (runtime dependencies only) and runs it unprivileged.
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build && npm pack --ignore-scripts && mv copydesk-*.tgz /tmp/copydesk.tgz

FROM node:20-slim
COPY --from=build /tmp/copydesk.tgz /tmp/copydesk.tgz
RUN npm install --global --no-audit --no-fund /tmp/copydesk.tgz \
  && rm /tmp/copydesk.tgz \
  && npm cache clean --force
USER node
WORKDIR /work
ENTRYPOINT ["copydesk"]
