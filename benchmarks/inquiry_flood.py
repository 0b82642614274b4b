"""Spam and flood limits of the public inquiry form, tried against a real local server
(issue 16, "How we will check").

    .venv/bin/python benchmarks/inquiry_flood.py [--one-address 300] [--distributed 100]

A scratch database (SQLite in a temporary directory; a scratch PostgreSQL database next to
DATABASE_URL's when it is set), one product published in the catalogue, mail written to
files (`filebased` backend) so that confirmation mails can be counted. Then a BOUNDED loop
of inquiry submissions through `siapekspor runserver` (the phases of
`buyers/tests/flood.py`):

  1. honeypot filled in (answered like a success, nothing stored);
  2. 300 from one address (the address limit);
  3. X-Forwarded-For varied while the server trusts no proxy (must change nothing);
  4. garbage: oversized fields and bodies, numbers that overflow, NUL bytes, header
     injection in the e-mail, broken multipart, JSON, no CSRF token, unknown products;
  then, with the server restarted trusting one proxy (X-Forwarded-For names the client):
  5. many addresses sending to one victim's e-mail (the per-recipient limit);
  6. the same victim with +tags and upper case (one mailbox);
  7. rotating IPv6 addresses inside one /64 (one client);
  8. a distributed flood, a new address and e-mail each time (the site's hourly cap).

Prints sent / accepted / rate-limited / honeypot / invalid / 5xx per phase, the Inquiry rows
and confirmation mails that resulted, and /healthz. Exits 1 on any 5xx, on more inquiries or
mails than the limits allow, or an unhealthy server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("SIAPEKSPOR_EMBEDDED", "1")


def main() -> int:
    from siapekspor.buyers.tests.flood import Limits, Plan, run_flood, scratch_server_env

    parser = argparse.ArgumentParser()
    parser.add_argument("--one-address", type=int, default=300)
    parser.add_argument("--distributed", type=int, default=100)
    parser.add_argument("--address-limit", type=int, default=5)
    parser.add_argument("--email-limit", type=int, default=3)
    parser.add_argument("--hourly-limit", type=int, default=40)
    args = parser.parse_args()
    limits = Limits(address=args.address_limit, email=args.email_limit, hourly=args.hourly_limit)
    plan = Plan(one_address=args.one_address, distributed=args.distributed)
    scratch = Path(tempfile.mkdtemp(prefix="inquiry-flood-"))
    database = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"
    print(f"inquiry flood, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {database}")
    try:
        with scratch_server_env(scratch, limits) as env:
            started = time.perf_counter()
            outcome = run_flood(env, scratch, limits, plan)
            elapsed = time.perf_counter() - started
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(outcome.table())
    for phase in outcome.phases:
        codes = ", ".join(f"{code}×{n}" for code, n in sorted(phase.codes.items()))
        print(f"  {phase.name}: HTTP {codes}")
    sent = sum(p.sent for p in outcome.phases)
    print(f"{sent} requests in {elapsed:.1f} s")
    for text in sorted(outcome.refusal_texts):
        print("refusal shown:", text)
    problems = outcome.problems()
    for problem in problems:
        print("FAIL:", problem)
    print("limits held" if not problems else "LIMITS BROKEN")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
