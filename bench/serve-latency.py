#!/usr/bin/env python3
"""Save-to-served latency of `disclose serve`: how long from saving one release to the new page being served.

Starts `disclose serve` on SITE (e.g. one made by `bench/generate.py 10000 /tmp/x .`, then SITE=/tmp/x/disclose),
waits for the first build and 5 s more (as an author opens the page before editing), then RUNS times: rewrites the title of one release, and polls its page every 5 ms until
the new title is served ("served"); it also listens to the reload events open pages get, and notes when the event
for that save arrives ("reload"), which is when a browser would start fetching the new page. Before each save it
waits until the previous rebuild has completely finished (including removing the previous build's folder, which
happens after the new page is served), so each figure is that of one save on its own. Prints each time and the
medians, then the server's log.

usage: serve-latency.py SITE [RUNS] [PORT] [RELEASE]   (uses target/disclose.jar; RELEASE defaults to r000001,
       the first release of a generated site; for the demo: serve-latency.py . 5 18313 2023-05-10-jilin-second-round-progress)
"""
import os, re, statistics, subprocess, sys, threading, time, urllib.request, urllib.error

SITE = sys.argv[1]
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 12
PORT = int(sys.argv[3]) if len(sys.argv) > 3 else 18313
JAR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "disclose.jar")
SLUG = sys.argv[4] if len(sys.argv) > 4 else "r000001"
RELEASE = os.path.join(SITE, "content", "releases", SLUG + ".md")
URL = f"http://127.0.0.1:{PORT}/releases/{SLUG}/"

def fetch():
    try:
        with urllib.request.urlopen(URL, timeout=30) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError):
        return 0, ""

events = []  # monotonic times of reload events
log = []     # the server's output, line by line

def read_log():
    for line in server.stdout:
        log.append(line)

def builds_finished():
    return sum(1 for line in log if line.startswith(("Built ", "Rebuilt ", "Build failed", "Nothing to rebuild")))

def listen():
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/__disclose/events", timeout=600) as r:
                for line in r:
                    if line.startswith(b"event: reload"):
                        events.append(time.monotonic())
        except Exception:
            time.sleep(0.2)

def wait_for(marker, limit):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        status, body = fetch()
        if status == 200 and marker in body:
            return True
        time.sleep(0.005)
    return False

sys.stdout.reconfigure(line_buffering=True)
original = open(RELEASE, encoding="utf-8").read()
server = subprocess.Popen(["java", "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8", "-jar", JAR, "serve", "--root", SITE,
                           "--port", str(PORT)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
threading.Thread(target=read_log, daemon=True).start()
try:
    t = time.monotonic()
    if not wait_for("<h1", 600):
        sys.exit("the first build did not finish")
    print(f"first build served after {time.monotonic() - t:.1f} s")
    threading.Thread(target=listen, daemon=True).start()
    time.sleep(5)  # as an author opens the page before editing; the server warms up meanwhile
    times = []
    reloads = []
    for i in range(RUNS):
        deadline = time.monotonic() + 300
        while builds_finished() < i + 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        marker = f"基准标题{i}-{time.time_ns()}"
        text = re.sub(r"^title: .*$", "title: " + marker, original, count=1, flags=re.M)
        t0 = time.monotonic()
        with open(RELEASE, "w", encoding="utf-8") as f:
            f.write(text)
        if not wait_for(marker, 300):
            sys.exit("the change was not served within 300 s")
        ms = (time.monotonic() - t0) * 1000
        times.append(ms)
        deadline = time.monotonic() + 300
        while not any(e > t0 for e in events) and time.monotonic() < deadline:
            time.sleep(0.005)
        reload = min((e for e in events if e > t0), default=None)
        reload_ms = (reload - t0) * 1000 if reload else float("nan")
        reloads.append(reload_ms)
        print(f"run {i + 1}: saved → served in {ms:.0f} ms, reload event after {reload_ms:.0f} ms")
    print(f"served: median {statistics.median(times):.0f} ms, min {min(times):.0f} ms, max {max(times):.0f} ms; "
          f"reload event: median {statistics.median(reloads):.0f} ms over {RUNS} runs")
finally:
    with open(RELEASE, "w", encoding="utf-8") as f:
        f.write(original)
    server.terminate()
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    time.sleep(0.2)
    print("server log:\n" + "".join(log))
