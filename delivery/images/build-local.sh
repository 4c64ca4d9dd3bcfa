#!/usr/bin/env bash
# Builds the two production images on this machine with podman, from service/Dockerfile and
# frontend/Dockerfile exactly as they are (nothing in them is changed for a local build), with the same contexts and
# ignore files as the deploy workflow, and prints
#   backend=<image>
#   frontend=<image>
#
# The base images the Dockerfiles name cannot be pulled here (no image registry is reachable), so this script first
# makes STAND-IN bases from Debian packages and tags them with the exact names the Dockerfiles use:
#   eclipse-temurin:17.0.13_11-jre-jammy       <- Debian 12 + Debian's OpenJDK 17 JRE at /opt/java/openjdk
#   maven:3.9.9-eclipse-temurin-17             <- Debian 12 + Debian's OpenJDK 17 JDK + Apache Maven 3.9.9 (Maven Central)
#   node:20.19.5-alpine3.22                    <- Debian 12 + this machine's Node.js 20 binary + npm 10.8.2 (npm registry)
#   nginxinc/nginx-unprivileged:1.28.0-alpine  <- Debian 12 + Debian's nginx 1.22.1, laid out as the unprivileged image
# delivery/images/bases/*.Containerfile say what each one keeps and what differs. Images built on them behave like the
# real ones as far as paths, users, environment and the Dockerfile steps go; they are not the images the deploy
# workflow pushes, and their sizes and JVM/nginx builds differ.
#
# Cache: the Debian root filesystem (debootstrap, minutes) and the inputs of the bases are kept under
# ${XDG_CACHE_HOME:-$HOME/.cache}/howler/images, keyed by a hash of everything that goes into them; a base image whose
# label carries the same hash is reused. The image builds themselves reuse podman's layer cache.
#
# Needs: root or rootless podman, runc, debootstrap (installed from Debian when missing and run as root), curl, npm
# and a Node.js 20.19+ on PATH (the frontend's build machine already has them), network access to Debian's mirror,
# Maven Central and the npm registry.
#
# Where the real bases CAN be pulled (a GitHub runner: ci.yml's images job), --bases registry (or
# HOWLER_IMAGE_BASES=registry) skips the stand-ins and lets podman pull the bases the Dockerfiles name.
# HOWLER_CONTAINERS_CONF replaces delivery/images/containers.conf (podman settings for these machines).
#
# Usage: delivery/images/build-local.sh [--only backend|frontend] [--bases standin|registry]
# Exit: 0 built, 1 a build failed, 2 bad arguments, 3 this machine cannot build images (says why).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/howler/images
export CONTAINERS_CONF=${HOWLER_CONTAINERS_CONF:-$HERE/containers.conf}

DEBIAN_RELEASE=bookworm
DEBIAN_MIRROR=http://deb.debian.org/debian
MAVEN_VERSION=3.9.9
NPM_VERSION=10.8.2
MIN_NODE=20.19
# One tag per checkout: several worktrees on one machine share podman's storage, and must not test each other's build.
CHECKOUT=$(printf '%s' "$ROOT" | sha256sum | cut -c1-8)
BACKEND_IMAGE=localhost/sql-studio-backend:local-$CHECKOUT
FRONTEND_IMAGE=localhost/sql-studio-frontend:local-$CHECKOUT
# Build and run limits the sandbox allows (see containers.conf); podman build has its own default of nproc 32768.
ULIMITS=(--ulimit nofile=1024:1024 --ulimit nproc=1024:1024)

only=""
bases=${HOWLER_IMAGE_BASES:-standin}
while (($#)); do
  case $1 in
    --only) only=${2:-}; shift 2 || true ;;
    --bases) bases=${2:-}; shift 2 || true ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "build-local.sh: unknown argument '$1' (usage: build-local.sh [--only backend|frontend] [--bases standin|registry])" >&2; exit 2 ;;
  esac
done
case $bases in standin|registry) ;; *) echo "build-local.sh: --bases takes standin or registry, not '$bases'" >&2; exit 2 ;; esac
case $only in ""|backend|frontend) ;; *) echo "build-local.sh: --only takes backend or frontend, not '$only'" >&2; exit 2 ;; esac

log() { echo "build-local: $*" >&2; }
die() { echo "build-local: $*" >&2; exit 1; }
# exit 3: this machine cannot build images at all (as opposed to a build that fails); the image tests report it
unavailable() { echo "build-local: cannot build images on this machine: $*" >&2; exit 3; }
sha() { sha256sum "$@" | cut -c1-64; }

# --- tools ---------------------------------------------------------------------------------------------------------
apt_install() {
  if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
    unavailable "missing $*: install them (Debian: sudo apt-get install -y $*) and run again"
  fi
  log "installing Debian packages: $*"
  # Never let a package's init script start a daemon on this machine.
  local policy=/usr/sbin/policy-rc.d created=0
  if [[ ! -e $policy ]]; then printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created=1; fi
  local rc=0
  { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null; } || rc=$?
  ((created)) && rm -f "$policy"
  ((rc == 0)) || die "apt-get install $* failed (exit $rc)"
}

need_tools() {
  local missing=()
  command -v podman >/dev/null || missing+=(podman)
  command -v runc >/dev/null || missing+=(runc)
  [[ $bases == registry ]] || command -v debootstrap >/dev/null || missing+=(debootstrap)
  # what podman only recommends on Debian 12 but the tests need: the bridge network and its port publishing (CNI
  # plugins, iptables), and, without root, slirp4netns, fuse-overlayfs and the subordinate id tools
  [[ -x /usr/lib/cni/bridge ]] || command -v netavark >/dev/null || missing+=(containernetworking-plugins)
  command -v iptables >/dev/null || missing+=(iptables)
  command -v slirp4netns >/dev/null || missing+=(slirp4netns)
  if [[ $(id -u) != 0 ]]; then
    command -v fuse-overlayfs >/dev/null || missing+=(fuse-overlayfs)
    command -v newuidmap >/dev/null || missing+=(uidmap)
  fi
  command -v curl >/dev/null || missing+=(curl)
  ((${#missing[@]} == 0)) || apt_install "${missing[@]}"
  podman info >/dev/null 2>"$CACHE/podman-info.err" ||
    unavailable "podman is installed but does not work here: $(tail -n 3 "$CACHE/podman-info.err")"
  [[ $bases == registry ]] && return
  command -v node >/dev/null && command -v npm >/dev/null ||
    unavailable "node and npm (Node.js $MIN_NODE or newer) must be on PATH: the node base stand-in uses this machine's node binary"
  node -e "const [a,b]=process.versions.node.split('.').map(Number);const [x,y]='$MIN_NODE'.split('.').map(Number);process.exit(a>x||(a===x&&b>=y)?0:1)" ||
    unavailable "Node.js $(node --version) is too old for the frontend build (Vite 8): $MIN_NODE or newer is needed on PATH"
}

host_ca_bundle() {
  local f
  for f in /etc/ssl/certs/ca-certificates.crt /etc/pki/tls/certs/ca-bundle.crt; do [[ -s $f ]] && { echo "$f"; return; }; done
  die "no system CA bundle found (/etc/ssl/certs/ca-certificates.crt): install ca-certificates"
}

host_java_cacerts() {
  local f
  for f in /etc/ssl/certs/java/cacerts "${JAVA_HOME:-/nonexistent}/lib/security/cacerts"; do
    [[ -s $f ]] && { echo "$f"; return; }
  done
  die "no Java trust store found (/etc/ssl/certs/java/cacerts): install ca-certificates-java"
}

# --- Debian root filesystem ----------------------------------------------------------------------------------------
# Prints the podman image name of the minimal Debian root filesystem all stand-in bases start from.
debian_base() {
  local key tarball image
  key=$(printf '%s\n' "$DEBIAN_RELEASE" "$DEBIAN_MIRROR" minbase "$(cat "$HERE/bases/debian.sources")" | sha | cut -c1-16)
  tarball=$CACHE/debian-$DEBIAN_RELEASE-$key.tar
  image=localhost/howler-standin/debian:$DEBIAN_RELEASE-$key
  if podman image exists "$image"; then echo "$image"; return; fi
  if [[ ! -s $tarball ]]; then
    log "debootstrap $DEBIAN_RELEASE (minbase) from $DEBIAN_MIRROR: takes a few minutes, cached as $tarball"
    local dir; dir=$(mktemp -d "$CACHE/rootfs.XXXXXX")
    if ! debootstrap --variant=minbase "$DEBIAN_RELEASE" "$dir" "$DEBIAN_MIRROR" >"$CACHE/debootstrap.log" 2>&1; then
      rm -rf "$dir"
      die "debootstrap failed; its log: $CACHE/debootstrap.log ($(tail -n 2 "$CACHE/debootstrap.log" | tr '\n' ' '))"
    fi
    rm -f "$dir/etc/apt/sources.list"
    cp "$HERE/bases/debian.sources" "$dir/etc/apt/sources.list.d/debian.sources"
    # as in Debian's own container images: no recommends, no docs, no stale package lists
    printf 'APT::Install-Recommends "false";\n' >"$dir/etc/apt/apt.conf.d/99-no-recommends"
    rm -rf "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/archives/*.deb "$dir"/var/log/*.log
    tar --numeric-owner -C "$dir" -cf "$tarball.tmp" .
    rm -rf "$dir"
    mv "$tarball.tmp" "$tarball"
  fi
  podman import --quiet \
    --change 'CMD ["/bin/bash"]' \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    "$tarball" "$image" >/dev/null
  echo "$image"
}

# --- stand-in bases ------------------------------------------------------------------------------------------------
# stand_in NAME TAG CONTEXT_DIR: builds bases/NAME.Containerfile in CONTEXT_DIR as TAG unless an image TAG built from
# the same inputs exists.
stand_in() {
  local name=$1 tag=$2 ctx=$3 debian=$4 file=$HERE/bases/$1.Containerfile key have
  key=$( (echo "$debian"; cat "$file"; cd "$ctx" && find . -type f | LC_ALL=C sort | xargs -r sha256sum) | sha)
  have=$(podman image inspect --format '{{index .Config.Labels "app.sqlstudio.howler.standin-key"}}' "$tag" 2>/dev/null || true)
  if [[ $have == "$key" ]]; then return; fi
  log "stand-in base $tag (bases/$name.Containerfile)"
  podman build --quiet --format docker --pull=never --network host "${ULIMITS[@]}" \
    --build-arg "DEBIAN_BASE=$debian" \
    --label "app.sqlstudio.howler.standin-key=$key" \
    --label "app.sqlstudio.howler.standin-for=$tag" \
    -f "$file" -t "$tag" "$ctx" >"$CACHE/base-$name.log" 2>&1 ||
    die "building the stand-in base $tag failed; log: $CACHE/base-$name.log ($(tail -n 3 "$CACHE/base-$name.log" | tr '\n' ' '))"
}

# copy SRC DEST: copies only when the content differs, so unchanged inputs keep their mtime and hash
copy() { cmp -s "$1" "$2" 2>/dev/null || cp "$1" "$2"; }

maven_dist() {
  local f=$CACHE/apache-maven-$MAVEN_VERSION-bin.tar.gz
  local url=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/$MAVEN_VERSION/apache-maven-$MAVEN_VERSION-bin.tar.gz
  if [[ ! -s $f ]]; then
    log "downloading Maven $MAVEN_VERSION from Maven Central"
    curl -fsSL -o "$f.tmp" "$url" || die "cannot download $url"
    local want; want=$(curl -fsSL "$url.sha512" | cut -c1-128) || die "cannot download $url.sha512"
    [[ $(sha512sum "$f.tmp" | cut -c1-128) == "$want" ]] || { rm -f "$f.tmp"; die "$url does not match its .sha512"; }
    mv "$f.tmp" "$f"
  fi
  echo "$f"
}

npm_dist() {
  local f=$CACHE/npm-$NPM_VERSION.tgz
  if [[ ! -s $f ]]; then
    log "fetching npm $NPM_VERSION from the npm registry"
    local dir; dir=$(mktemp -d)
    (cd "$dir" && npm pack --silent "npm@$NPM_VERSION" >/dev/null) || { rm -rf "$dir"; die "npm pack npm@$NPM_VERSION failed"; }
    mv "$dir/npm-$NPM_VERSION.tgz" "$f" && rm -rf "$dir"
  fi
  echo "$f"
}

make_bases() {
  local debian=$1 ctx=$CACHE/context
  mkdir -p "$ctx"/{jre,maven,node,nginx}
  if [[ $only != frontend ]]; then
    stand_in eclipse-temurin-jre docker.io/library/eclipse-temurin:17.0.13_11-jre-jammy "$ctx/jre" "$debian"
    copy "$(maven_dist)" "$ctx/maven/apache-maven-bin.tar.gz"
    copy "$(host_ca_bundle)" "$ctx/maven/host-ca-certificates.crt"
    copy "$(host_java_cacerts)" "$ctx/maven/host-java-cacerts"
    stand_in maven-temurin docker.io/library/maven:3.9.9-eclipse-temurin-17 "$ctx/maven" "$debian"
  fi
  if [[ $only != backend ]]; then
    copy "$(readlink -f "$(command -v node)")" "$ctx/node/node"
    copy "$(npm_dist)" "$ctx/node/npm.tgz"
    copy "$(host_ca_bundle)" "$ctx/node/host-ca-certificates.crt"
    stand_in node-alpine docker.io/library/node:20.19.5-alpine3.22 "$ctx/node" "$debian"
    copy "$HERE/bases/nginx.conf" "$ctx/nginx/nginx.conf"
    copy "$HERE/bases/default.conf" "$ctx/nginx/default.conf"
    copy "$HERE/bases/nginx-entrypoint.sh" "$ctx/nginx/nginx-entrypoint.sh"
    stand_in nginx-unprivileged docker.io/nginxinc/nginx-unprivileged:1.28.0-alpine "$ctx/nginx" "$debian"
  fi
}

# --- the images ----------------------------------------------------------------------------------------------------
# build TAG CONTEXT DOCKERFILE: as deploy.yml builds it (context, file, per-Dockerfile ignore file). With stand-ins,
# --pull=never: a base that is not the local stand-in fails loudly instead of being looked for in a registry.
build() {
  local tag=$1 context=$2 dockerfile=$3 ignore=() t0=$SECONDS name ctx=${2#"$ROOT"}
  name=$(basename "$(dirname "$dockerfile")")
  if [[ -f $dockerfile.dockerignore ]]; then ignore=(--ignorefile "$dockerfile.dockerignore")
  elif [[ -f $context/.dockerignore ]]; then ignore=(--ignorefile "$context/.dockerignore"); fi
  log "building $tag from ${dockerfile#"$ROOT"/} (context .${ctx:-/}; log $CACHE/build-$name-$CHECKOUT.log)"
  podman build --format docker --pull="$pull" --network host "${ULIMITS[@]}" "${ignore[@]}" \
    --label org.opencontainers.image.revision="$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)" \
    -f "$dockerfile" -t "$tag" "$context" >"$CACHE/build-$name-$CHECKOUT.log" 2>&1 ||
    die "podman build of ${dockerfile#"$ROOT"/} failed; log: $CACHE/build-$name-$CHECKOUT.log
$(tail -n 15 "$CACHE/build-$name-$CHECKOUT.log")"
  log "built $tag in $((SECONDS - t0)) s"
}

mkdir -p "$CACHE"
need_tools
if [[ $bases == standin ]]; then
  log "NOTE: the base images are local STAND-INS made from Debian 12 packages, not the real ones (no image registry"
  log "is reachable here); they carry the real names so the Dockerfiles build unchanged (delivery/images/bases/):"
  log "  eclipse-temurin:17.0.13_11-jre-jammy      <- Debian's OpenJDK 17 JRE at /opt/java/openjdk"
  log "  maven:3.9.9-eclipse-temurin-17            <- Debian's OpenJDK 17 JDK + Apache Maven 3.9.9 (+ this host's CAs)"
  log "  node:20.19.5-alpine3.22                   <- this host's Node.js $(node --version 2>/dev/null) + npm $NPM_VERSION (+ this host's CAs)"
  log "  nginxinc/nginx-unprivileged:1.28.0-alpine <- Debian's nginx 1.22.1 laid out as the unprivileged image (UID 101)"
  pull=never
  debian=$(debian_base)
  make_bases "$debian"
else
  log "bases: pulled from their registries as the Dockerfiles name them"
  pull=missing
fi
if [[ $only != frontend ]]; then
  build "$BACKEND_IMAGE" "$ROOT" "$ROOT/service/Dockerfile"
  echo "backend=$BACKEND_IMAGE"
fi
if [[ $only != backend ]]; then
  build "$FRONTEND_IMAGE" "$ROOT/frontend" "$ROOT/frontend/Dockerfile"
  echo "frontend=$FRONTEND_IMAGE"
fi
