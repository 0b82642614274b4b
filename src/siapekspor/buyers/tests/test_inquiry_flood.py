"""A small bounded flood of the public inquiry form against a real server (the same phases as
`benchmarks/inquiry_flood.py`, fewer requests): the limits hold, the rest is refused with
the Indonesian message, nothing answers 5xx and the server stays healthy.

SQLite in a temporary directory, or a scratch PostgreSQL database with DATABASE_URL
(core/tests/live.py).
"""

from __future__ import annotations

import pytest

from siapekspor.buyers.tests.flood import Limits, Plan, run_flood, scratch_server_env

LIMITS = Limits(address=3, email=2, hourly=12)
PLAN = Plan(
    honeypot=5,
    one_address=12,
    spoofed_untrusted=5,
    garbage_rounds=1,
    victim_addresses=6,
    plus_addresses=4,
    ipv6_addresses=8,
    distributed=15,
)


@pytest.mark.slow
def test_a_bounded_flood_of_inquiries_stays_within_the_limits(tmp_path):
    with scratch_server_env(tmp_path, LIMITS) as env:
        outcome = run_flood(env, tmp_path, LIMITS, PLAN)
    assert outcome.problems() == [], outcome.table()
    accepted = {p.name: p.accepted for p in outcome.phases}
    by_phase = list(accepted.values())
    # honeypot, one address, spoofed header, garbage, one victim, victim+tags, one /64, rest
    assert by_phase[:7] == [0, 3, 0, 0, 2, 0, 3], outcome.table()
    assert by_phase[7] == LIMITS.hourly - sum(by_phase[:7])  # the site's cap
    assert outcome.inquiries == LIMITS.hourly == outcome.mails
    honeypot = outcome.phases[0]
    assert honeypot.kinds["honeypot"] == PLAN.honeypot  # answered like a success
    garbage = outcome.phases[3]
    assert garbage.kinds["invalid"] == garbage.sent and not garbage.kinds["5xx"]
    assert 403 in garbage.codes  # no CSRF token
    # Every refusal in Indonesian (the page's default language), one per limit.
    assert outcome.refusal_texts == {
        "Terlalu banyak permintaan dari alamat Anda. Silakan coba lagi satu jam lagi.",
        "Terlalu banyak permintaan dikirim ke alamat surel ini. Silakan coba lagi satu jam lagi.",
        "SiapEkspor sedang menerima terlalu banyak permintaan. Silakan coba lagi satu jam lagi.",
    }, outcome.refusal_texts
    assert outcome.health == [200, 200]
