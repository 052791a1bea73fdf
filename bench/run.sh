#!/usr/bin/env bash
# Disclose against Hugo on the same N releases (see docs/performance.md).
#   bench/run.sh [N ...]                  default: 1000 10000 100000
#   SHAPE=releases RUNS=3 bench/run.sh 1000 10000
# Environment:
#   SHAPE  full (default): the full-site corpus, where Disclose also builds N/2 complaint rows, 200 tasks and
#            30 indicators while Hugo builds the releases only (generate.py N OUT PROJECT);
#          releases: the same-work corpus, both tools get only the N releases, and Hugo is set up to write what
#            Disclose writes as far as it can: release pages, the release list, tag and year pages by 20, a feed,
#            a sitemap and a search index (generate.py N OUT PROJECT --releases-only).
#   RUNS   timed runs per tool and size, median reported (default 3).
#   WORK   where the corpora are generated (default bench/work, git-ignored).
# Prints a Markdown table of wall time, CPU time (user+sys) and peak RSS for both tools and the Disclose/Hugo
# ratios; then, at each size, a Disclose rebuild with nothing changed and one after a sentence is appended to one
# release (r000001.md), so that its pages really re-render. A second table gives the number of files and folders
# each tool wrote in its last timed build, and how many of Disclose's files are .gz.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
project=$(dirname "$here")
work=${WORK:-$here/work}
runs=${RUNS:-3}
shape=${SHAPE:-full}
case "$shape" in
  full) gen_flags=(); prefix=n ;;
  releases) gen_flags=(--releases-only); prefix=releases-n ;;
  *) echo "bench: SHAPE must be full or releases, not '$shape'" >&2; exit 2 ;;
esac
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)

command -v hugo >/dev/null || { echo "bench: hugo is not installed (apt-get install hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is not installed (apt-get install time)" >&2; exit 2; }
"$project/disclose" --version >/dev/null   # builds the jar (and its class-data archive) if needed
jar="$project/target/disclose.jar"

# one timed run: prints "wall cpu rss_kb"
measure() {
  local t
  t=$(mktemp)
  if ! /usr/bin/time -o "$t" -f "%e %U %S %M" "$@" >/dev/null 2>"$t.err"; then
    cat "$t.err" >&2
  fi
  awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }' "$t"
  rm -f "$t" "$t.err"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

row() { # name wall cpu rss
  printf "| %-28s | %8s s | %8s s | %8s MiB |\n" "$1" "$2" "$3" "$(awk -v k="$4" 'BEGIN { printf "%.0f", k / 1024 }')"
}

# "files folders gz" of one output folder (gz: files ending in .gz)
count() {
  echo "$(find "$1" -type f | wc -l) $(find "$1" -type d | wc -l) $(find "$1" -type f -name '*.gz' | wc -l)"
}
counts=()

echo "Shape: $shape, median of $runs run(s)"
echo
echo "| run                          |     wall   |      cpu   |     peak RSS |"
echo "|------------------------------|------------|------------|--------------|"
for n in "${sizes[@]}"; do
  dir="$work/$prefix$n"
  python3 "$here/generate.py" "$n" "$dir" "$project" ${gen_flags[@]+"${gen_flags[@]}"}
  declare -A wall cpu rss
  for tool in disclose hugo; do
    w=(); c=(); r=()
    for ((i = 1; i <= runs; i++)); do
      if [ "$tool" = disclose ]; then
        rm -rf "$dir/disclose/site" "$dir/disclose/.disclose-cache"
        set -- $(measure "$project/disclose" build --root "$dir/disclose" --quiet)
      else
        rm -rf "$dir/hugo/public"
        set -- $(cd "$dir/hugo" && measure hugo --quiet -d public)
      fi
      w+=("$1"); c+=("$2"); r+=("$3")
    done
    wall[$tool]=$(printf '%s\n' "${w[@]}" | median)
    cpu[$tool]=$(printf '%s\n' "${c[@]}" | median)
    rss[$tool]=$(printf '%s\n' "${r[@]}" | median)
    if [ "$tool" = disclose ]; then set -- $(count "$dir/disclose/site"); else set -- $(count "$dir/hugo/public"); fi
    counts+=("$(printf "| %-28s | %8s | %8s | %11s |" "$tool N=$n" "$1" "$2" "$([ "$tool" = disclose ] && echo "$3" || echo -)")")
    row "$tool N=$n" "${wall[$tool]}" "${cpu[$tool]}" "${rss[$tool]}"
  done
  printf "| %-28s | %8.2f x | %8.2f x | %8.2f x   |\n" "Disclose/Hugo N=$n" \
    "$(awk -v a="${wall[disclose]}" -v b="${wall[hugo]}" 'BEGIN { print a / b }')" \
    "$(awk -v a="${cpu[disclose]}" -v b="${cpu[hugo]}" 'BEGIN { print a / b }')" \
    "$(awk -v a="${rss[disclose]}" -v b="${rss[hugo]}" 'BEGIN { print a / b }')"
  set -- $(measure "$project/disclose" build --root "$dir/disclose" --quiet)
  row "disclose rebuild, no change" "$1" "$2" "$3"
  # one release's text changes: a sentence appended to its body
  printf '\n本次通报内容已于基准测试中更新，特此说明。\n' >>"$dir/disclose/content/releases/r000001.md"
  set -- $(measure "$project/disclose" build --root "$dir/disclose" --quiet)
  row "disclose rebuild, 1 edited" "$1" "$2" "$3"
done

echo
echo "| output (last timed build)    |    files |  folders |  .gz files |"
echo "|------------------------------|----------|----------|-------------|"
printf '%s\n' "${counts[@]}"
