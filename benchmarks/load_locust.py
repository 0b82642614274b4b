"""Load test: 50 signed-in users mixing the enterprise list, search, dashboard and the API.

Runs against a server on this machine only (127.0.0.1 / localhost: refused otherwise), for a
bounded time. Prepare a PostgreSQL database with the demo data (95,000 enterprises) and the
production server, then run locust headless (docs/deployment.md, "Load test"):

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/siapekspor_load SIAPEKSPOR_EMBEDDED=1
    siapekspor migrate && make demo-like steps … && siapekspor collectstatic --no-input
    siapekspor serve --bind 127.0.0.1:8115 &
    SIAPEKSPOR_LOAD_TOKEN=$(siapekspor shell -c "…api_token_issue…") \\
      locust -f benchmarks/load_locust.py --headless -u 50 -r 10 --run-time 5m \\
        --host http://127.0.0.1:8115 --only-summary

At the end it prints, per request type, the count, throughput (requests/s), median and p95.
Users sign in with the demo accounts (password `siapekspor-demo`): the province officer and
the Bandar Lampung regency officer, half each. The API calls use SIAPEKSPOR_LOAD_TOKEN.
"""

from __future__ import annotations

import os
import random
from urllib.parse import urlsplit

from locust import HttpUser, between, events, task

PASSWORD = os.environ.get("SIAPEKSPOR_LOAD_PASSWORD", "siapekspor-demo")
ACCOUNTS = ["provinsi", "bandarlampung"]
WORDS = ["keripik", "kopi", "batik", "tapis", "kelapa", "madu", "pisang", "lada", "maju", "jaya"]


@events.init.add_listener
def _only_this_machine(environment, **_kwargs):
    host = urlsplit(environment.host or "").hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"Refusing to load {host!r}: this script targets 127.0.0.1 only.")
    if environment.parsed_options and not environment.parsed_options.run_time:
        raise SystemExit("Give --run-time: the load must stop by itself.")


class Officer(HttpUser):
    wait_time = between(0.5, 1.5)

    def on_start(self):
        self.account = ACCOUNTS[id(self) % len(ACCOUNTS)]
        self.client.get("/accounts/login/", name="login")
        token = self.client.cookies.get("csrftoken", "")
        self.client.post(
            "/accounts/login/",
            {"username": self.account, "password": PASSWORD, "csrfmiddlewaretoken": token},
            headers={"Referer": self.host + "/accounts/login/"},
            name="login",
        )
        self.api = {"Authorization": f"Bearer {os.environ.get('SIAPEKSPOR_LOAD_TOKEN', '')}"}

    @task(3)
    def enterprise_list(self):
        page = random.randint(1, 200)
        self.client.get(f"/registry/enterprises/?page={page}", name="list")

    @task(2)
    def enterprise_search(self):
        self.client.get(f"/registry/enterprises/?q={random.choice(WORDS)}", name="search")

    @task(2)
    def dashboard(self):
        self.client.get("/", name="dashboard")

    @task(2)
    def api_enterprises(self):
        page = random.randint(1, 200)
        self.client.get(f"/api/v1/enterprises?page={page}", headers=self.api, name="api list")

    @task(1)
    def api_kpi(self):
        self.client.get("/api/v1/kpi/summary", headers=self.api, name="api kpi")


@events.quitting.add_listener
def _summary(environment, **_kwargs):
    stats = environment.stats
    print()
    print(f"{'request':<12} {'count':>7} {'fail':>5} {'req/s':>7} {'median ms':>10} {'p95 ms':>8}")
    for entry in sorted(stats.entries.values(), key=lambda e: e.name):
        print(
            f"{entry.name:<12} {entry.num_requests:>7} {entry.num_failures:>5} "
            f"{entry.total_rps:>7.1f} {entry.median_response_time:>10.0f} "
            f"{entry.get_response_time_percentile(0.95):>8.0f}"
        )
    total = stats.total
    print(
        f"{'total':<12} {total.num_requests:>7} {total.num_failures:>5} {total.total_rps:>7.1f} "
        f"{total.median_response_time:>10.0f} {total.get_response_time_percentile(0.95):>8.0f}"
    )
