#!/usr/bin/env bash
# pr-comment.sh PR_NUMBER FILE — posts FILE as a comment on the pull request, or updates the comment this workflow
# posted before: the first line of FILE is a hidden HTML marker (e.g. <!-- howler-plan-comment -->) that identifies it,
# so each push edits one comment instead of adding another. Needs GH_TOKEN (pull-requests: write) and GITHUB_REPOSITORY.
set -euo pipefail

if [ $# -ne 2 ] || [ ! -f "$2" ]; then
  echo "usage: $0 PR_NUMBER FILE (FILE's first line is the comment's marker)" >&2
  exit 2
fi
pr="$1"
file="$2"
repo="${GITHUB_REPOSITORY:?set GITHUB_REPOSITORY to owner/name}"
marker="$(head -n 1 "$file")"
case "$marker" in
  '<!--'*'-->') ;;
  *) echo "error: the first line of $file must be an HTML comment marker, got: $marker" >&2; exit 2 ;;
esac

# The bot's earlier comment carrying the marker, if any (paginated: long discussions have many comments).
id="$(gh api --paginate "repos/$repo/issues/$pr/comments" \
  --jq '.[] | select(.user.type == "Bot") | "\(.id)\t\(.body | split("\n") | .[0])"' \
  | awk -F '\t' -v marker="$marker" '$2 == marker { print $1; exit }')"

if [ -n "$id" ]; then
  gh api --method PATCH "repos/$repo/issues/comments/$id" -F "body=@$file" > /dev/null
  echo "updated comment $id on #$pr"
else
  gh api --method POST "repos/$repo/issues/$pr/comments" -F "body=@$file" > /dev/null
  echo "commented on #$pr"
fi
