"""A bounded flood of the public inquiry form against a real server (issue 16: "spam and
flood limits tried"), shared by `benchmarks/inquiry_flood.py` and `test_inquiry_flood.py`.

`scratch_server_env` prepares a scratch database (SQLite, or PostgreSQL with DATABASE_URL)
with one published listing and mail written to files; `run_flood` sends the phases of a
`Plan` to a `LiveServer` (two servers: one that trusts no proxy, then one that trusts one
proxy, so that X-Forwarded-For can stand for many client addresses) and counts what
happened: answers by kind, Inquiry rows and confirmation mails (per recipient). `problems`
names every broken limit; an empty list means the limits held.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from siapekspor.core.tests.live import LiveServer, cli, payload, scratch_env

SETUP = r"""
import json
from siapekspor.accounts.models import Role
from siapekspor.buyers.tests.factories import make_product
from siapekspor.catalogue.tests.helpers import publish
from siapekspor.registry import reference
from siapekspor.registry.tests.factories import make_enterprise, make_user
reference.load_regions_builtin()
reference.load_kbli_builtin()
reference.load_hs_builtin()
admin = make_user(Role.ADMIN, username="flood-admin")
enterprise = make_enterprise(actor=admin, regency="18.71", name="Kopi Flood Jaya")
owner = make_user(Role.ENTERPRISE_OWNER, enterprise=enterprise, username="flood-owner")
product = make_product(admin, enterprise, "090111", "Kopi robusta biji", 5000)
publish(owner, product)
print("SETUP=" + json.dumps({"product": product.pk}))
"""

COUNT = r"""
import json
from siapekspor.buyers.models import Inquiry
print("COUNT=" + json.dumps({"inquiries": Inquiry.objects.count()}))
"""

# The refusal of the form, in Indonesian (the page's default language).
REFUSAL_ID = "Terlalu banyak"


@dataclass
class Limits:
    address: int = 5  # SIAPEKSPOR_INQUIRY_ADDRESS_LIMIT
    email: int = 3  # SIAPEKSPOR_INQUIRY_EMAIL_LIMIT
    hourly: int = 40  # SIAPEKSPOR_INQUIRY_HOURLY_LIMIT (the whole site)

    def env(self) -> dict[str, str]:
        return {
            "SIAPEKSPOR_INQUIRY_ADDRESS_LIMIT": str(self.address),
            "SIAPEKSPOR_INQUIRY_EMAIL_LIMIT": str(self.email),
            "SIAPEKSPOR_INQUIRY_HOURLY_LIMIT": str(self.hourly),
        }


@dataclass
class Plan:
    """How many requests each phase sends (every loop is bounded by these numbers)."""

    honeypot: int = 50
    one_address: int = 300
    spoofed_untrusted: int = 50
    garbage_rounds: int = 3
    victim_addresses: int = 40
    plus_addresses: int = 40
    ipv6_addresses: int = 40
    distributed: int = 100


@dataclass
class Phase:
    name: str
    allowed: int  # at most this many may be accepted
    at_least: int = 0  # and at least this many (else the flood missed the form)
    sent: int = 0
    codes: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)

    @property
    def accepted(self) -> int:
        return self.kinds["accepted"]


@dataclass
class Outcome:
    limits: Limits
    phases: list[Phase]
    inquiries: int
    mails: int
    mails_per_recipient: Counter
    health: list[int]
    refusal_texts: set[str]

    @property
    def accepted(self) -> int:
        return sum(p.accepted for p in self.phases)

    @property
    def allowed(self) -> int:
        return min(self.limits.hourly, sum(p.allowed for p in self.phases))

    def problems(self) -> list[str]:
        out = []
        for p in self.phases:
            if p.kinds["5xx"]:
                out.append(f"{p.name}: {p.kinds['5xx']} answers 5xx")
            if p.accepted > p.allowed:
                out.append(f"{p.name}: {p.accepted} accepted, at most {p.allowed} allowed")
            if p.accepted < p.at_least:
                out.append(f"{p.name}: {p.accepted} accepted, {p.at_least} expected")
        if self.inquiries > self.allowed:
            out.append(f"{self.inquiries} inquiries stored, at most {self.allowed} allowed")
        if self.inquiries != self.accepted:
            out.append(f"{self.inquiries} inquiries stored for {self.accepted} accepted")
        if self.mails != self.inquiries:
            out.append(f"{self.mails} confirmation mails for {self.inquiries} inquiries")
        over = {to: n for to, n in self.mails_per_recipient.items() if n > self.limits.email}
        if over:
            out.append(f"recipients over the per-address limit: {over}")
        if any(code != 200 for code in self.health):
            out.append(f"/healthz answered {self.health}")
        return out

    def table(self) -> str:
        head = (
            f"{'phase':<44}{'sent':>6}{'accepted':>10}{'limited':>9}{'honeypot':>10}"
            f"{'invalid':>9}{'5xx':>5}{'allowed':>9}"
        )
        lines = [head, "-" * len(head)]
        for p in self.phases:
            k = p.kinds
            lines.append(
                f"{p.name:<44}{p.sent:>6}{k['accepted']:>10}{k['limited']:>9}"
                f"{k['honeypot']:>10}{k['invalid']:>9}{k['5xx']:>5}{p.allowed:>9}"
            )
        lines.append("-" * len(head))
        total = Counter()
        for p in self.phases:
            total.update(p.kinds)
        lines.append(
            f"{'total':<44}{sum(p.sent for p in self.phases):>6}{total['accepted']:>10}"
            f"{total['limited']:>9}{total['honeypot']:>10}{total['invalid']:>9}"
            f"{total['5xx']:>5}{self.allowed:>9}"
        )
        top = max(self.mails_per_recipient.values(), default=0)
        lines.append(
            f"Inquiry rows: {self.inquiries}   confirmation mails: {self.mails} "
            f"(to {len(self.mails_per_recipient)} addresses, at most {top} to one)   "
            f"/healthz: {sorted(set(self.health))}"
        )
        lines.append(
            f"limits: {self.limits.address}/address/hour, {self.limits.email}/recipient/hour, "
            f"{self.limits.hourly}/hour for the site"
        )
        return "\n".join(lines)


@contextlib.contextmanager
def scratch_server_env(directory: Path, limits: Limits):
    """A migrated scratch database with one published product; mail goes to files."""
    mail_dir = directory / "mail"
    extra = {
        "SIAPEKSPOR_EMBEDDED": "1",
        "SIAPEKSPOR_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "SIAPEKSPOR_EMAIL_FILE_PATH": str(mail_dir),
        **limits.env(),
    }
    with scratch_env(directory, **extra) as env:
        cli(env, "migrate", "--no-input", "-v0")
        if not env.get("DJANGO_SETTINGS_MODULE", "").endswith("settings_test"):
            cli(env, "collectstatic", "--no-input", "-v0")  # pages as in production
        setup = payload(cli(env, "shell", "-c", SETUP), "SETUP=")
        env["FLOOD_PRODUCT"] = str(setup["product"])
        env["FLOOD_MAIL_DIR"] = str(mail_dir)
        yield env


def _form(email: str, **overrides: str) -> dict[str, str]:
    values = {
        "company": "Flood Trading Co",
        "country": "JPN",
        "contact_name": "Robot Tester",
        "email": email,
        "quantity": "1000",
        "unit": "kg",
        "message": "Please send a quotation for robusta beans.",
        "website": "",
    }
    values.update(overrides)
    return values


class Client:
    """A browser-like client: fetches the form once (CSRF cookie and token), then posts."""

    def __init__(self, server: LiveServer, product: int):
        self.server = server
        self.path = f"/buyers/inquiry/?product={product}"
        self.cookies = http.cookiejar.CookieJar()
        page = server.request("GET", self.path, cookies=self.cookies)
        assert page.status == 200, page.status
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.body)
        assert found, "no CSRF token on the inquiry form"
        self.token = found.group(1)

    def post(self, form: dict[str, str], *, headers: dict | None = None, csrf: bool = True):
        body = dict(form)
        if csrf:
            body["csrfmiddlewaretoken"] = self.token
        return self.server.request(
            "POST", self.path, form=body, headers=headers, cookies=self.cookies
        )

    def raw(self, body: bytes, content_type: str, *, headers: dict | None = None):
        """A request with a body the form never sends (the CSRF token in a header)."""
        all_headers = {"Content-Type": content_type, "X-CSRFToken": self.token}
        all_headers.update(headers or {})
        return _raw(self.server, self.path, body, all_headers, self.cookies)


def _raw(server: LiveServer, path: str, body: bytes, headers: dict, cookies):
    import urllib.error
    import urllib.request

    from siapekspor.core.tests.live import Response, _headers

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
    # Always http://127.0.0.1:<port>: the URL is ours.
    req = urllib.request.Request(  # noqa: S310
        server.url + path, data=body, headers=headers, method="POST"
    )
    try:
        with opener.open(req, timeout=120) as resp:  # nosec B310
            return Response(resp.status, _headers(resp.headers), resp.read().decode())
    except urllib.error.HTTPError as exc:
        return Response(exc.code, _headers(exc.headers), exc.read().decode(errors="replace"))
    except (ConnectionError, urllib.error.URLError) as exc:
        # The server may close the connection on a body it refuses to read: not a 5xx.
        return Response(0, {}, str(exc))


def classify(response, *, honeypot: bool = False) -> str:
    if response.status >= 500:
        return "5xx"
    if response.status == 429:
        return "limited"
    if response.status == 200 and 'name="website"' not in response.body:
        return "honeypot" if honeypot else "accepted"
    return "invalid"  # 400, 403, 404, 413, or the form again with its errors


def _send(phase: Phase, response, refusals: set[str], *, honeypot: bool = False) -> None:
    phase.sent += 1
    phase.codes[response.status] += 1
    kind = classify(response, honeypot=honeypot)
    phase.kinds[kind] += 1
    if kind == "limited":
        found = re.search(
            r'<div class="form-errors" role="alert"><p><strong>([^<]+)</strong>', response.body
        ) or re.search(r'<p class="error"[^>]*>([^<]+)</p>', response.body)
        refusals.add(found.group(1).strip() if found else response.body[:200])


def _garbage(client: Client, phase: Phase, refusals: set[str], rounds: int, email: str) -> None:
    big = "x" * 200_000
    cases = [
        ("form", _form(email, message=big)),
        ("form", _form(email, company=big[:5000], contact_name=big[:5000])),
        ("form", _form(email, quantity="9" * 40)),
        ("form", _form(email, quantity="1e30")),
        ("form", _form(email, quantity="-5")),
        ("form", _form(email, quantity="NaN")),
        ("form", _form(email, quantity="Infinity")),
        ("form", _form(email, country="ZZZ", unit="ton-of-bricks")),
        ("form", _form(email, message="\x00\x01 nul")),
        ("form", _form("not-an-address")),
        ("form", _form("a@b.c\nBcc: victim@example.test")),
        ("form", _form("x" * 300 + "@example.test")),
        ("form", {"email": email}),
        ("nocsrf", _form(email)),
        ("raw", (b"\xff\xfe\x00garbage=\xc3\x28&&&==", "application/x-www-form-urlencoded")),
        ("raw", (b'{"email": "a@b.c"}', "application/json")),
        ("raw", (b"--x\r\nbroken multipart", "multipart/form-data; boundary=x")),
        ("raw", (b"a=" + b"y" * (6 * 1024 * 1024), "application/x-www-form-urlencoded")),
        (
            "raw",
            (b"&".join(b"f%d=1" % i for i in range(2000)), "application/x-www-form-urlencoded"),
        ),
    ]
    for _ in range(rounds):
        for kind, value in cases:
            if kind == "form":
                response = client.post(value)
            elif kind == "nocsrf":
                response = client.post(value, csrf=False)
            else:
                body, content_type = value
                response = client.raw(body, content_type)
            _send(phase, response, refusals)
    # Unknown and garbage product ids.
    for path in ("/buyers/inquiry/?product=999999999", "/buyers/inquiry/?product=%00abc"):
        form = dict(_form(email), csrfmiddlewaretoken=client.token)
        response = client.server.request("POST", path, form=form, cookies=client.cookies)
        _send(phase, response, refusals)


def _mails(mail_dir: Path) -> tuple[int, Counter]:
    """Confirmation mails written by the file backend, and how many went to each address."""
    count, per_recipient = 0, Counter()
    for path in sorted(mail_dir.glob("*.log")) if mail_dir.exists() else []:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("Subject: "):
                count += 1
            elif line.startswith("To: "):
                per_recipient[line[4:].strip().lower()] += 1
    return count, per_recipient


def run_flood(env: dict, directory: Path, limits: Limits, plan: Plan) -> Outcome:
    """Send every phase of `plan`; count answers, stored inquiries and mails."""
    product = int(env["FLOOD_PRODUCT"])
    phases: list[Phase] = []
    refusals: set[str] = set()
    health: list[int] = []

    with LiveServer(dict(env, SIAPEKSPOR_TRUSTED_PROXIES="0"), directory) as server:
        client = Client(server, product)
        phase = Phase("honeypot filled (one address)", allowed=0)
        for i in range(plan.honeypot):
            _send(
                phase,
                client.post(_form(f"hp{i}@example.test", website="http://spam.example")),
                refusals,
                honeypot=True,
            )
        phases.append(phase)
        phase = Phase(
            f"{plan.one_address} from one address", allowed=limits.address, at_least=limits.address
        )
        for i in range(plan.one_address):
            _send(phase, client.post(_form(f"one{i}@example.test")), refusals)
        phases.append(phase)
        phase = Phase("X-Forwarded-For varied, proxy not trusted", allowed=0)
        for i in range(plan.spoofed_untrusted):
            headers = {"X-Forwarded-For": f"198.51.100.{i % 250 + 1}"}
            _send(phase, client.post(_form(f"xff{i}@example.test"), headers=headers), refusals)
        phases.append(phase)
        phase = Phase("garbage, oversized, no CSRF", allowed=0)
        _garbage(client, phase, refusals, plan.garbage_rounds, "junk@example.test")
        phases.append(phase)
        health.append(server.request("GET", "/healthz").status)

    # One trusted proxy: X-Forwarded-For now names the client, so one machine can play many.
    with LiveServer(dict(env, SIAPEKSPOR_TRUSTED_PROXIES="1"), directory) as server:
        client = Client(server, product)

        def via(address: str) -> dict[str, str]:
            return {"X-Forwarded-For": address}

        phase = Phase(
            "many addresses, one victim's e-mail", allowed=limits.email, at_least=limits.email
        )
        for i in range(plan.victim_addresses):
            response = client.post(_form("victim@example.test"), headers=via(f"203.0.113.{i + 1}"))
            _send(phase, response, refusals)
        phases.append(phase)
        phase = Phase("many addresses, victim+tag / case varied", allowed=0)
        for i in range(plan.plus_addresses):
            email = f"victim+{i}@example.test" if i % 2 else f"Victim+{i}@EXAMPLE.test"
            _send(phase, client.post(_form(email), headers=via(f"192.0.2.{i + 1}")), refusals)
        phases.append(phase)
        phase = Phase("IPv6 addresses of one /64", allowed=limits.address, at_least=1)
        for i in range(plan.ipv6_addresses):
            response = client.post(
                _form(f"six{i}@example.test"), headers=via(f"2001:db8:16:1::{i + 1:x}")
            )
            _send(phase, response, refusals)
        phases.append(phase)
        phase = Phase("distributed: new address + new e-mail each", allowed=limits.hourly)
        for i in range(plan.distributed):
            address = f"10.{16 + i // 250}.{i % 250}.7"
            _send(phase, client.post(_form(f"d{i}@example.test"), headers=via(address)), refusals)
        phases.append(phase)
        health.append(server.request("GET", "/healthz").status)

    count = payload(cli(env, "shell", "-c", COUNT), "COUNT=")
    mails, per_recipient = _mails(Path(env["FLOOD_MAIL_DIR"]))
    return Outcome(
        limits=limits,
        phases=phases,
        inquiries=count["inquiries"],
        mails=mails,
        mails_per_recipient=_by_mailbox(per_recipient),
        health=health,
        refusal_texts=refusals,
    )


def _by_mailbox(per_recipient: Counter) -> Counter:
    """Mails per mailbox: `victim+3@example.test` and `Victim@EXAMPLE.test` reach one."""
    out: Counter = Counter()
    for address, n in per_recipient.items():
        local, _, domain = address.rpartition("@")
        out[f"{local.split('+', 1)[0]}@{domain}"] += n
    return out


def as_json(outcome: Outcome) -> str:
    return json.dumps(
        {
            "phases": [
                {"name": p.name, "sent": p.sent, "kinds": dict(p.kinds), "codes": dict(p.codes)}
                for p in outcome.phases
            ],
            "inquiries": outcome.inquiries,
            "mails": outcome.mails,
        },
        default=str,
    )
