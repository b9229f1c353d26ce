#!/usr/bin/env bash
# Benchmarks ArchiveSite against Hugo on the same synthetic archive and writes BENCHMARKS.md.
#
#   bench/run.sh [SIZES] [RUNS]      e.g. bench/run.sh "1000 10000" 3   (default: "1000 10000", 3 runs)
#   bench/run.sh "1000 10000 50000" 3
#
# For each size N: generates the corpus (cached in $BENCH_DIR, default /tmp/archivesite-bench), writes an
# equivalent Hugo site (with and without related articles), then alternates runs — Hugo builds, ArchiveSite
# import, ArchiveSite build, ArchiveSite rebuild after one article changed — measuring each with /usr/bin/time -v (wall, user CPU, peak RSS), plus the
# HTML pages and bytes each wrote — and the rebuild inside a running `serve` after one article changed, as
# serve reports it. ArchiveSite's builds are the default ones, search index included (Hugo has no search); a build
# without it (--no-search) is measured too, to show what the index costs, and the index files an edit rewrites
# are counted into search.tsv.
# Hugo with related articles is run up to $HUGO_RELATED_MAX articles (default 10000): past that its related
# search takes many minutes per run.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
sizes=${1:-"1000 10000"}
runs=${2:-3}
bench=${BENCH_DIR:-/tmp/archivesite-bench}
results=${RESULTS:-$bench/results.tsv}
search=${SEARCH_RESULTS:-$bench/search.tsv}
related_max=${HUGO_RELATED_MAX:-10000}
port=${BENCH_PORT:-8765}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

dotnet build tests/ArchiveSite.Benchmarks -c Release -v q -nologo >/dev/null
tool="dotnet $repo/tests/ArchiveSite.Benchmarks/bin/Release/net10.0/ArchiveSite.Benchmarks.dll"
app="dotnet $repo/src/ArchiveSite/bin/Release/net10.0/archivesite.dll"
mkdir -p "$bench"
: > "$results"
printf 'n\trun\tindex files\trewritten after one edit (meta.json included)\tindex bytes\n' > "$search"

# measure N TOOL STEP RUN OUTDIR -- command...
measure() {
  local n=$1 name=$2 step=$3 run=$4 out=$5; shift 6
  local log; log=$(mktemp)
  sync
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
  local wall user sys rss pages bytes
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
  user=$(awk -F': ' '/User time/ { print $2 }' "$log")
  sys=$(awk -F': ' '/System time/ { print $2 }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  pages=$(find "$out" -name '*.html' | wc -l)
  [ "$pages" -gt 0 ] || pages=$(find "$out" -name '*.md' | wc -l)
  bytes=$(du -sb "$out" | cut -f1)
  rm -f "$log"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$name" "$step" "$run" "$wall" "$user" "$sys" "$rss" "$pages" "$bytes" | tee -a "$results"
}

# retire DIR PATH...: moves the previous run's output out of the way, into DIR/trash, deleted after the last run
# of a size. Deleting tens of thousands of files just before a run slows the next run's file creation on ext4
# (it skips recently freed inodes) by several seconds, more for whichever tool runs next than for the others.
retire() {
  local dir=$1; shift
  mkdir -p "$dir/trash"
  for path in "$@"; do
    [ -e "$path" ] && mv "$path" "$(mktemp -u "$dir/trash/old.XXXXXX")"
  done
  return 0
}

# serve_rebuild N RUN DIR CHANGED: starts serve over DIR's input and output, changes one article's summary,
# and records the rebuild time serve prints; then puts the article back and stops serve.
serve_rebuild() {
  local n=$1 run=$2 dir=$3 changed=$4 log="$3/serve.log"
  (cd "$dir" && exec $app serve --port "$port" --seeds "$dir/no-seeds" --input "$dir/input" --output "$dir/output" --theme-assets "$dir/no-assets") >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do grep -q '^serve: http' "$log" && break; sleep 0.5; done
  sed -i "0,/^summary: \"/s//summary: \"Оновлено в serve $run. /" "$changed"
  for _ in $(seq 1 600); do grep -q '^serve: rebuilt in' "$log" && break; sleep 0.2; done
  local wall; wall=$(awk '/^serve: rebuilt in/ { print $4; exit }' "$log")
  cp "$dir/changed.orig" "$changed"
  for _ in $(seq 1 600); do [ "$(grep -c '^serve: rebuilt in' "$log")" -ge 2 ] && break; sleep 0.2; done
  kill -INT "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$wall" ] || { cat "$log" >&2; exit 1; }
  local pages bytes
  pages=$(find "$dir/output" -name '*.html' | wc -l)
  bytes=$(du -sb "$dir/output" | cut -f1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" archivesite serve-rebuild "$run" "$wall" 0 0 0 "$pages" "$bytes" | tee -a "$results"
}

for n in $sizes; do
  dir="$bench/n$n"
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir"
    $tool corpus "$n" "$dir"
    touch "$dir/.done"
  fi
  $tool hugo-site "$dir"
  # The article an editor changes for the incremental run: the first page, in path order.
  changed=$(find "$dir/input/articles" -name '*.md' | LC_ALL=C sort | awk 'NR == 1')
  cp "$changed" "$dir/changed.orig"
  for run in $(seq 1 "$runs"); do
    if [ "$n" -le "$related_max" ]; then
      retire "$dir" "$dir/hugo/public" "$dir/hugo/resources"
      measure "$n" hugo build "$run" "$dir/hugo/public" -- hugo --quiet --source "$dir/hugo" --destination "$dir/hugo/public"
    fi

    retire "$dir" "$dir/hugo-norelated/public" "$dir/hugo-norelated/resources"
    measure "$n" hugo-norelated build "$run" "$dir/hugo-norelated/public" -- hugo --quiet --source "$dir/hugo-norelated" --destination "$dir/hugo-norelated/public"

    retire "$dir" "$dir/imported"
    (cd "$dir" && measure "$n" archivesite import "$run" "$dir/imported/articles" -- $app import --seeds "$dir/seeds" --input "$dir/imported")

    retire "$dir" "$dir/output" "$dir/output.manifest" "$dir/output.search-keys"
    (cd "$dir" && measure "$n" archivesite build-nosearch "$run" "$dir/output" -- $app build --input "$dir/input" --output "$dir/output" --no-search)
    retire "$dir" "$dir/output" "$dir/output.manifest" "$dir/output.search-keys"
    (cd "$dir" && measure "$n" archivesite build "$run" "$dir/output" -- $app build --input "$dir/input" --output "$dir/output")

    # One article edited (its summary), then rebuilt on top of the previous build: by the command, and inside serve.
    (cd "$dir/output/search/index" && find . -type f | LC_ALL=C sort) > "$dir/index.before"
    sed -i "0,/^summary: \"/s//summary: \"Оновлено $run. /" "$changed"
    (cd "$dir" && measure "$n" archivesite rebuild "$run" "$dir/output" -- $app build --input "$dir/input" --output "$dir/output")
    (cd "$dir/output/search/index" && find . -type f | LC_ALL=C sort) > "$dir/index.after"
    printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$run" "$(wc -l < "$dir/index.after")" "$(( $(comm -13 "$dir/index.before" "$dir/index.after" | wc -l) + 1 ))" \
      "$(du -sb "$dir/output/search/index" | cut -f1)" | tee -a "$search"
    cp "$dir/changed.orig" "$changed"
    serve_rebuild "$n" "$run" "$dir" "$changed"
  done
  rm -rf "$dir/trash"
  sync
done

{
  cat <<MD
# Benchmarks

ArchiveSite against Hugo $(hugo version | sed -E 's/^hugo v([^ +]+).*/\1/') on the same synthetic archive, on this machine
($(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, .NET $(dotnet --version)), $(date -u +%Y-%m-%d).
Runs alternate (Hugo builds, ArchiveSite import, build, one-article rebuild, then again) so that a noisy disk
hurts every tool alike; each cell is the median with min–max over ${runs} runs. Wall, user CPU and peak RSS
come from \`/usr/bin/time -v\`; pages are the HTML files written; output is the size of the output folder.
Each run writes into a folder that does not exist; the previous run's folder is moved aside and deleted
after the last run of a size (deleting tens of thousands of files just before a run slows that run's file
creation on ext4 by seconds, whichever tool it is).

The corpus (\`tests/ArchiveSite.Benchmarks\`, \`SyntheticCorpus\`) is deterministic: N articles of about
3,500 characters of Ukrainian text, 2–6 tags and 0–6 persons each, drawn Zipf-like from about 300 tags and
400 persons, dated over ten years; each written as a seed document and as an \`input/\` page. The Hugo site
(\`HugoSite\`) renders the same \`input/\` pages: article pages with tags, persons, previous/next and five
related articles; home and article list paginated by 20; tags and persons taxonomies with an index and a
paginated page per term; RSS for the site and every term; sitemap; 404. Hugo has no date archives — its
paginated article section stands in for ArchiveSite's month archives. Hugo's related-content search is most
of its time here, so the same Hugo site without related articles (\`hugo-norelated\`) is measured too; the
targets are set against it, the cheaper of the two.

- **import**: seeds → \`input/\` pages, with entity extraction (persons, places, tags), into an empty folder.
- **build**: \`input/\` → \`output/\` from scratch (no previous output, no cache), the default build with its
  search index; **build-nosearch** the same with \`--no-search\`, to show what the index costs.
- **rebuild**: the same build after one article's summary changed, over the previous output.
- **serve-rebuild**: the same change seen by a running \`archivesite serve\`, which rebuilds in its warm
  process; the time is the one serve prints (\`serve: rebuilt in … s\`), so it has no CPU or memory figure.

Hugo has no search; ArchiveSite's **build** and **rebuild** include writing the search index.

MD
  $tool report "$results"
  printf '\n## Search index files\n\nIndex files in all, those an edit of one summary rewrote (meta.json included), and the index size (%s):\n\n' "search.tsv"
  awk -F'\t' 'NR == 1 { print "| " $1 " | " $2 " | " $3 " | " $4 " | " $5 " |"; print "|---:|---:|---:|---:|---:|"; next } { printf "| %s | %s | %s | %s (%.2f%%) | %s |\n", $1, $2, $3, $4, 100 * $4 / $3, $5 }' "$search"
  cat <<MD

## Reproduce

\`\`\`sh
bench/run.sh "1000 10000" 3            # sizes and runs; add 50000 for the large archive
bench/run.sh "1000 10000 50000" 3
dotnet run --project tests/ArchiveSite.Benchmarks -c Release -- micro --filter '*'   # BenchmarkDotNet: front matter, Markdown
\`\`\`

The corpus and the sites are kept in \`\$BENCH_DIR\` (default \`/tmp/archivesite-bench\`); the raw rows in \`results.tsv\` there.
MD
} > BENCHMARKS.md.new
echo "wrote BENCHMARKS.md.new: the tables; BENCHMARKS.md adds the targets and the profile by hand"
