#!/usr/bin/env python3
"""Per-action table (requests, errors, p50/p95/p99 in ms, requests per second) from the statistics
   table of a Gatling report.   report.py target/gatling/portalsimulation-<timestamp>"""
import html, os, re, sys

page = open(os.path.join(sys.argv[1], "index.html"), encoding="utf-8").read()
# Each row: the action's name, then Total, OK, KO, % KO, Cnt/s, Min, 50th, 75th, 95th, 99th, Max, Mean, Std Dev.
rows = re.findall(r'class="ellipsed-name">([^<]+)</span>(.*?)</tr>', page, re.S)
print("| action | requests | errors | p50 ms | p95 ms | p99 ms | req/s |")
print("|---|---|---|---|---|---|---|")
for name, cells in rows:
    v = [c.strip() for c in re.findall(r'<td class="value[^"]*">([^<]*)</td>', cells)]
    if len(v) >= 10:
        print("| %s | %s | %s | %s | %s | %s | %s |" % (html.unescape(name), v[0], v[2].replace("-", "0"), v[6], v[8], v[9], v[4]))
