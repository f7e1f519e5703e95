#!/bin/sh
# Copy the browser builds the pages use from node_modules (installed by `npm ci` from
# package-lock.json) into static/vendor/, which is not committed.
set -eu
cd "$(dirname "$0")/.."
build=node_modules/vis-timeline/standalone/umd
if [ ! -f "$build/vis-timeline-graph2d.min.js" ]; then
    echo "vis-timeline is not installed: run 'npm ci' first" >&2
    exit 1
fi
mkdir -p static/vendor/vis-timeline
# The source maps too: the builds reference them, and collectstatic's manifest storage refuses
# a reference to a missing file.
cp "$build/vis-timeline-graph2d.min.js" "$build/vis-timeline-graph2d.min.js.map" \
    node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css \
    node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css.map \
    node_modules/vis-timeline/LICENSE.MIT.txt static/vendor/vis-timeline/
echo "static/vendor/vis-timeline: $(ls static/vendor/vis-timeline | tr '\n' ' ')"
