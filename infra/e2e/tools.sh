#!/usr/bin/env bash
# tools.sh — builds (or finds in the cache) every binary the real-engine suite needs, from the Go modules pinned under
# infra/e2e/tools/<family>/ (go.mod + go.sum), and prints the directory holding them as its last line of output.
#
#   infra/e2e/tools.sh            # build what is missing, print the directory
#   infra/e2e/tools.sh --check    # build nothing; exit 1 (and say what is missing) unless everything is cached
#   infra/e2e/tools.sh --family kubernetes   # build only that family (e.g. two families side by side)
#
# Nothing can be downloaded from release pages here, so every tool comes from its Go module through the Go module proxy.
# Each family is its own module because k8s.io/kubernetes needs its staging modules replaced by the published k8s.io/*
# modules, which would fight the Kubernetes libraries the Pulumi provider and kwok are built against.
#
# Cache: ${HOWLER_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/howler/tools}/<family>-<hash of the family's files
# (go.mod, go.sum, sources) and build recipe>/, so a changed pin rebuilds only its family, and a cached family is
# reused by every clone on this machine.
# A first build of everything takes long (the Pulumi CLI and the Kubernetes control plane are large Go programs);
# builds compile two packages at a time (HOWLER_TOOLS_BUILD_JOBS): the machine has two cores.
#
# Not built, and why: the real pulumi-language-java. Its module github.com/pulumi/pulumi-java/pkg is refused by the Go
# module proxy (`go list -m -versions github.com/pulumi/pulumi-java/pkg` and `@v1.36.1` answer "403 Forbidden: This
# module version is not available"). howler does not need it (it runs the program in-process through the Automation
# API); a bare `pulumi preview`/`up` of the project (runtime: java in Pulumi.yaml) does, so tools/java-host-standin is
# built in its place under that name: a STAND-IN language host that runs the project's jar as the real one does
# (see its main.go for what it leaves out).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${HOWLER_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/howler/tools}"
jobs="${HOWLER_TOOLS_BUILD_JOBS:-2}"
check_only=false
only=""
case "${1:-}" in
  --check) check_only=true ;;
  --family) only="${2:?--family needs a name: pulumi, pulumi-kubernetes, etcd, kubernetes, kwok, java-host-standin}" ;;
  "") ;;
  *) echo "usage: infra/e2e/tools.sh [--check | --family NAME]" >&2; exit 2 ;;
esac

# The Kubernetes provider module is published only as pseudo-versions (its tags are not module tags); the commit
# pinned in tools/pulumi-kubernetes/go.mod comes after its 4.24.0 release, so the binary calls itself 4.25.0-dev.0.
kubernetes_provider_version=4.25.0-dev.0

# family | binary | main package | extra -ldflags (the version the binary reports; Pulumi checks them)
recipes=(
  "pulumi|pulumi|github.com/pulumi/pulumi/pkg/v3/cmd/pulumi|-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v3.276.0"
  "pulumi-kubernetes|pulumi-resource-kubernetes|howler.local/e2e/tools/pulumi-kubernetes/cmd/pulumi-resource-kubernetes|-X github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/version.Version=$kubernetes_provider_version"
  "etcd|etcd|go.etcd.io/etcd/server/v3|"
  "kubernetes|kube-apiserver|k8s.io/kubernetes/cmd/kube-apiserver|-X k8s.io/component-base/version.gitVersion=v1.34.4 -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=34"
  "kubernetes|kube-controller-manager|k8s.io/kubernetes/cmd/kube-controller-manager|-X k8s.io/component-base/version.gitVersion=v1.34.4 -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=34"
  "kubernetes|kube-scheduler|k8s.io/kubernetes/cmd/kube-scheduler|-X k8s.io/component-base/version.gitVersion=v1.34.4 -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=34"
  "kubernetes|kubectl|k8s.io/kubernetes/cmd/kubectl|-X k8s.io/component-base/version.gitVersion=v1.34.4 -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=34"
  "kwok|kwok|sigs.k8s.io/kwok/cmd/kwok|"
  "java-host-standin|pulumi-language-java|howler.local/e2e/tools/java-host-standin|"
)

family_dir() { # family -> cache directory named by the hash of its pins and its recipes
  local family="$1" sum
  sum="$( { find "$here/tools/$family" -type f ! -name '*-embed.json' | LC_ALL=C sort | xargs cat; printf '%s\n' "${recipes[@]}" | grep "^$family|"; go_version; } \
    | sha256sum | cut -c1-16)"
  echo "$cache/$family-$sum"
}

go_version() { if command -v go >/dev/null 2>&1; then go env GOVERSION; else echo "no-go"; fi; }

missing=()
for r in "${recipes[@]}"; do
  IFS='|' read -r family bin _ _ <<<"$r"
  [ -x "$(family_dir "$family")/$bin" ] || missing+=("$family/$bin")
done

if [ "${#missing[@]}" -gt 0 ]; then
  if $check_only; then
    echo "tools.sh: not built yet: ${missing[*]} (run infra/e2e/tools.sh to build them)" >&2
    exit 1
  fi
  if ! command -v go >/dev/null 2>&1; then
    echo "tools.sh: Go (1.26 or later) is needed to build ${missing[*]}; install it (https://go.dev/doc/install) and retry." >&2
    exit 1
  fi
  for r in "${recipes[@]}"; do
    IFS='|' read -r family bin pkg ldflags <<<"$r"
    [ -n "$only" ] && [ "$family" != "$only" ] && continue
    dir="$(family_dir "$family")"
    [ -x "$dir/$bin" ] && continue
    mkdir -p "$dir"
    echo "tools.sh: building $bin from $pkg (module infra/e2e/tools/$family; a first build can take many minutes)…" >&2
    started=$(date +%s)
    if [ "$family" = pulumi-kubernetes ] && ! (cd "$here/tools/$family/cmd/pulumi-resource-kubernetes" &&
          go run generate.go "$kubernetes_provider_version") >&2; then
      echo "tools.sh: generating the Kubernetes provider's embedded schema failed (output above)" >&2
      exit 1
    fi
    # -mod=mod with the committed go.sum: every module is verified against it, nothing is resolved afresh.
    if ! (cd "$here/tools/$family" && GOFLAGS="-trimpath -mod=mod" \
          go build -p "$jobs" -ldflags "-s -w $ldflags" -o "$dir/$bin.tmp.$$" "$pkg") >&2; then
      rm -f "$dir/$bin.tmp.$$"
      echo "tools.sh: building $bin failed (output above); its pins are in infra/e2e/tools/$family/go.mod" >&2
      exit 1
    fi
    mv "$dir/$bin.tmp.$$" "$dir/$bin"
    echo "tools.sh: built $bin in $(( $(date +%s) - started )) s" >&2
  done
fi

if [ -n "$only" ]; then
  exit 0
fi

# One directory with every tool, named by the hashes of the families it links, so concurrent clones never race on it.
set_id="$(for r in "${recipes[@]}"; do IFS='|' read -r family _ _ _ <<<"$r"; family_dir "$family"; done | sort -u | sha256sum | cut -c1-16)"
set_dir="$cache/bin-$set_id"
if [ ! -d "$set_dir" ]; then
  tmp="$(mktemp -d "$cache/.bin-XXXXXX")" && chmod 755 "$tmp"
  for r in "${recipes[@]}"; do
    IFS='|' read -r family bin _ _ <<<"$r"
    ln -s "$(family_dir "$family")/$bin" "$tmp/$bin"
  done
  mv -T "$tmp" "$set_dir" 2>/dev/null || rm -rf "$tmp"
fi
echo "tools.sh: pulumi-language-java is the stand-in of tools/java-host-standin: github.com/pulumi/pulumi-java/pkg is refused by the Go module proxy (403)" >&2
echo "$set_dir"
