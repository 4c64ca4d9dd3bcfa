#!/bin/sh
# Stand-in for the nginx image's /docker-entrypoint.sh: runs the /docker-entrypoint.d hooks when the command is
# nginx, then execs the command. The real image's hooks (IPv6 listen, envsubst of templates, worker tuning) do
# nothing for this image: its default.conf is replaced and it has no templates.
set -e
if [ "$1" = nginx ] || [ "$1" = nginx-debug ]; then
  for f in /docker-entrypoint.d/*.sh; do
    [ -x "$f" ] && "$f"
  done
fi
exec "$@"
