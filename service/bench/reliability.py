#!/usr/bin/env python3
"""Reliability runs for RELIABILITY.md (service section). Loopback only, every loop bounded.

  python3 service/bench/reliability.py [concurrency|kill9|sigterm|fuzz|all]

Needs service/target/service.jar. Each run starts its own service on 127.0.0.1:18700 with a fresh SQLite file.
"""
import http.client, json, os, random, signal, subprocess, sys, tempfile, threading, time

JAR = os.path.join(os.path.dirname(__file__), "..", "target", "service.jar")
PORT = 18700


def start(db, extra=None):
    env = dict(os.environ, TURSO_URL=f"file:{db}", JWT_SECRET="reliability-secret-reliability-secret-0123",
               RATE_LIMIT_API_PER_MINUTE="100000000", RATE_LIMIT_AUTH_PER_MINUTE="100000000",
               SERVER_HTTP_PORT=str(PORT), SERVER_METRICS_PORT=str(PORT + 1), **(extra or {}))
    p = subprocess.Popen(["java", "-Xmx256m", "-jar", JAR], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(400):
        try:
            if req("GET", "/health")[0] == 200:
                return p
        except OSError:
            time.sleep(0.05)
    p.kill()
    raise SystemExit("service did not start")


def req(method, path, body=None, token=None, raw=None, ctype="application/json", conn=None):
    c = conn or http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    headers = {}
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    if data is not None:
        headers["Content-Type"] = ctype
    if token:
        headers["Authorization"] = "Bearer " + token
    c.request(method, path, body=data, headers=headers)
    r = c.getresponse()
    payload = r.read()
    if conn is None:
        c.close()
    return r.status, payload


def signup(name):
    s, b = req("POST", "/api/auth/signup", {"username": name, "email": f"{name}@example.com", "password": "reliability pass"})
    assert s == 201, (s, b)
    return json.loads(b)["token"]


def download_ids(token):
    ids, cursor = set(), ""
    for _ in range(1000):
        s, b = req("GET", "/api/sync/download?limit=1000" + (f"&cursor={cursor}" if cursor else ""), token=token)
        assert s == 200, (s, b)
        d = json.loads(b)
        ids |= {x["id"] for x in d["query_history"]}
        cursor = d["next_cursor"]
        if not d["has_more"]:
            return ids
    raise AssertionError("too many pages")


def concurrency(clients=16, per_client=60):
    with tempfile.TemporaryDirectory() as t:
        p = start(os.path.join(t, "c.db"))
        try:
            tokens = [signup(f"conc{i}") for i in range(clients)]
            failures, acked = [], [set() for _ in range(clients)]

            def work(i):
                conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
                for n in range(per_client):
                    item = f"u{i}-h{n}"
                    ch = {"item_type": "query_history", "item_id": item, "action": "create", "data": {"query": f"select {n}"}}
                    s, b = req("POST", "/api/sync/upload", {"device_id": f"d{i}", "changes": [ch]}, tokens[i], conn=conn)
                    if s == 200 and json.loads(b)["success"]:
                        acked[i].add(item)
                    else:
                        failures.append((s, b[:200]))
                conn.close()

            t0 = time.time()
            threads = [threading.Thread(target=work, args=(i,)) for i in range(clients)]
            [x.start() for x in threads]
            [x.join() for x in threads]
            secs = time.time() - t0
            stored = [download_ids(tok) for tok in tokens]
            lost = sum(len(acked[i] - stored[i]) for i in range(clients))
            foreign = sum(len(stored[i] - acked[i]) for i in range(clients))
            total = sum(len(a) for a in acked)
            print(f"concurrency: {clients} clients x {per_client} uploads in {secs:.1f}s ({total / secs:.0f} writes/s): "
                  f"acknowledged={total} failed={len(failures)} stored={sum(map(len, stored))} lost={lost} foreign={foreign}")
            return not failures and lost == 0 and foreign == 0 and total == clients * per_client
        finally:
            p.terminate(); p.wait(30)


def kill9(seconds=6, writers=4):
    with tempfile.TemporaryDirectory() as t:
        db = os.path.join(t, "k.db")
        p = start(db)
        token = signup("killed")
        acked, stop = set(), threading.Event()
        lock = threading.Lock()

        def writer(w):
            n = 0
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
            while not stop.is_set() and n < 100000:
                item = f"w{w}-{n}"
                try:
                    s, b = req("POST", "/api/sync/upload", {"device_id": "k", "changes": [
                        {"item_type": "query_history", "item_id": item, "action": "create", "data": {"q": n}}]}, token, conn=conn)
                    if s == 200 and json.loads(b)["success"]:
                        with lock:
                            acked.add(item)
                except (OSError, http.client.HTTPException):
                    return
                n += 1

        threads = [threading.Thread(target=writer, args=(w,)) for w in range(writers)]
        [x.start() for x in threads]
        time.sleep(seconds)
        p.send_signal(signal.SIGKILL)
        p.wait()
        stop.set()
        [x.join(15) for x in threads]
        p = start(db)
        try:
            stored = download_ids(token)
            lost = acked - stored
            print(f"kill -9 during writes: acknowledged={len(acked)} present after restart={len(acked & stored)} lost={len(lost)} "
                  f"(unacknowledged but stored: {len(stored - acked)})")
            return not lost and len(acked) > 0
        finally:
            p.terminate(); p.wait(30)


def sigterm(workers=16, seconds_before=4):
    with tempfile.TemporaryDirectory() as t:
        p = start(os.path.join(t, "s.db"), {"SHUTDOWN_DELAY": "3s"})
        token = signup("draining")
        ok, failed, draining = [0], [], threading.Event()
        lock = threading.Lock()

        def worker():
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            for _ in range(1000000):
                if draining.is_set():  # the load balancer has taken the pod out of rotation
                    break
                try:
                    s, _ = req("GET", "/api/auth/me", token=token, conn=conn)
                    with lock:
                        (ok.__setitem__(0, ok[0] + 1) if s == 200 else failed.append(s))
                except (OSError, http.client.HTTPException) as e:
                    with lock:
                        failed.append(repr(e))
                    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            conn.close()

        def prober():  # what the kubelet / endpoints controller does
            for _ in range(2000):
                try:
                    if req("GET", "/health/ready")[0] == 503:
                        draining.set()
                        return
                except OSError:
                    draining.set()
                    return
                time.sleep(0.05)

        threads = [threading.Thread(target=worker) for _ in range(workers)]
        [x.start() for x in threads]
        time.sleep(seconds_before)
        pr = threading.Thread(target=prober)
        pr.start()
        t0 = time.time()
        p.send_signal(signal.SIGTERM)
        [x.join(60) for x in threads]
        pr.join(60)
        code = p.wait(60)
        print(f"SIGTERM under load: requests ok={ok[0]} failed={len(failed)} {failed[:3]} exit={code} "
              f"stopped {time.time() - t0:.1f}s after SIGTERM")
        return not failed


def fuzz(n=3000, seed=1234):
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as t:
        p = start(os.path.join(t, "f.db"))
        try:
            token = signup("fuzzer")
            s, b = req("POST", "/api/organizations", {"name": "Fuzz Org"}, token)
            org = json.loads(b)["id"]
            targets = [("POST", "/api/auth/signup"), ("POST", "/api/auth/login"), ("POST", "/api/auth/refresh"),
                       ("POST", "/api/auth/password"), ("POST", "/api/sync/upload"), ("POST", "/api/sync/conflicts/x/resolve"),
                       ("POST", "/api/organizations"), ("PUT", f"/api/organizations/{org}"),
                       ("POST", f"/api/organizations/{org}/invitations"), ("PUT", f"/api/organizations/{org}/members/x"),
                       ("GET", "/api/sync/download?limit=%s&cursor=%s&since=%s"), ("GET", f"/api/organizations/{org}/audit-logs?limit=%s&offset=%s")]
            values = [None, True, 0, -1, 2 ** 63, 1.5e308, "", "x" * 100000, "\u0000\ud7ff\u202e", [], {}, [1, [2, [3]]], {"a": {"b": {}}}]
            keys = ["username", "email", "password", "refresh_token", "device_id", "changes", "strategy", "chosen_version", "name",
                    "description", "max_members", "role", "current_password", "new_password", "item_type", "data", "action", "sync_version"]

            def rand_value(depth=0):
                r = rnd.random()
                if depth < 3 and r < 0.15:
                    return {rnd.choice(keys): rand_value(depth + 1) for _ in range(rnd.randint(0, 5))}
                if depth < 3 and r < 0.25:
                    return [rand_value(depth + 1) for _ in range(rnd.randint(0, 5))]
                return rnd.choice(values)

            def body():
                k = rnd.random()
                if k < 0.15:
                    return bytes(rnd.getrandbits(8) for _ in range(rnd.randint(0, 300))), "application/json"
                if k < 0.25:
                    s = json.dumps({rnd.choice(keys): rand_value() for _ in range(3)})
                    return s[:rnd.randint(0, len(s))].encode(), "application/json"
                if k < 0.30:
                    return b"[" * 5000, "application/json"
                if k < 0.35:
                    return b'{"a":"' + b"x" * (rnd.randint(1, 3) * 1024 * 1024) + b'"}', "application/json"
                if k < 0.40:
                    return b"name=x", rnd.choice(["text/plain", "application/x-www-form-urlencoded", "application/xml"])
                if k < 0.55:
                    changes = [{rnd.choice(keys): rand_value() for _ in range(rnd.randint(0, 6))} for _ in range(rnd.randint(0, 20))]
                    return json.dumps({"device_id": rand_value(), "changes": changes}).encode(), "application/json"
                return json.dumps({rnd.choice(keys): rand_value() for _ in range(rnd.randint(0, 8))}).encode(), "application/json"

            counts, five = {}, []
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            for i in range(n):
                method, path = rnd.choice(targets)
                if "%s" in path:
                    path = path % tuple(rnd.choice(["", "0", "-5", "abc", "99999999999", "%00", "v1:9", "dGVzdA"]) for _ in range(path.count("%s")))
                data, ctype = body() if method != "GET" else (None, None)
                try:
                    s, b = req(method, path, token=token, raw=data, ctype=ctype, conn=conn)
                except (OSError, http.client.HTTPException):
                    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
                    s, b = -1, b""
                counts[s] = counts.get(s, 0) + 1
                if s >= 500 or s < 0:
                    five.append((method, path, s, b[:200]))
            alive = req("GET", "/health")[0] == 200
            print(f"fuzz: {n} malformed requests, statuses {dict(sorted(counts.items()))}, 5xx={len(five)} {five[:3]}, alive={alive}")
            return not five and alive
        finally:
            p.terminate(); p.wait(30)


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    runs = {"concurrency": concurrency, "kill9": kill9, "sigterm": sigterm, "fuzz": fuzz}
    results = {k: f() for k, f in runs.items() if which in (k, "all")}
    print("results:", results)
    sys.exit(0 if all(results.values()) else 1)
