"""Production settings refuse to start without secrets, and `check --deploy` is clean."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "siapekspor"]


def _env(tmp_path: Path, **extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIAPEKSPOR_")}
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set in-process by the browser tests
    env.update(
        {"SIAPEKSPOR_VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "siapekspor.settings"}
    )
    env.update(extra)
    return env


PRODUCTION = {
    "SIAPEKSPOR_DEBUG": "0",
    "SIAPEKSPOR_EMBEDDED": "0",
    "SIAPEKSPOR_SECRET_KEY": "x" * 20 + "-production-secret-key-with-enough-entropy-1234567890",
    # 32 random bytes each, in base64url (core.keys): what production requires.
    "SIAPEKSPOR_PII_KEYS": "k1:3q0Jt8WmQv2c1yS0kXy7fG5rLd9nHb4eZaUoVwPiTjM",
    "SIAPEKSPOR_PII_HMAC_KEY": "Qm8xR2Nz5VhYk3LpT0aWfE7dUj9sBg6iZoKvNyC4rHw",
    "SIAPEKSPOR_ALLOWED_HOSTS": "siapekspor.example.go.id",
}


@pytest.mark.parametrize(
    "missing", ["SIAPEKSPOR_SECRET_KEY", "SIAPEKSPOR_PII_KEYS", "SIAPEKSPOR_PII_HMAC_KEY"]
)
def test_production_without_a_secret_refuses_to_start(tmp_path, missing):
    env = _env(tmp_path, **{k: v for k, v in PRODUCTION.items() if k != missing})
    result = subprocess.run([*CLI, "check"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and missing in result.stderr


def test_secret_can_come_from_a_file(tmp_path):
    secret_file = tmp_path / "secret"
    secret_file.write_text("file-secret-key-" + "y" * 40)
    env = _env(
        tmp_path,
        **{k: v for k, v in PRODUCTION.items() if k != "SIAPEKSPOR_SECRET_KEY"},
        SIAPEKSPOR_SECRET_KEY_FILE=str(secret_file),
    )
    result = subprocess.run(
        [*CLI, "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_check_deploy_is_clean_in_production(tmp_path):
    result = subprocess.run(
        [*CLI, "check", "--deploy", "--fail-level", "WARNING"],
        env=_env(tmp_path, **PRODUCTION),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_embedded_mode_makes_its_own_secrets_once(tmp_path):
    env = _env(tmp_path)
    subprocess.run([*CLI, "check"], env=env, capture_output=True, timeout=120, check=True)
    first = (tmp_path / "dev-secrets.json").read_text()
    subprocess.run([*CLI, "check"], env=env, capture_output=True, timeout=120, check=True)
    assert (tmp_path / "dev-secrets.json").read_text() == first
    assert oct((tmp_path / "dev-secrets.json").stat().st_mode)[-3:] == "600"


def test_cli_accepts_hyphenated_command_names(tmp_path):
    result = subprocess.run(
        [*CLI, "load-reference", "--help"],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "--regions" in result.stdout


@pytest.mark.parametrize(
    ("variable", "weak"),
    [
        ("SIAPEKSPOR_PII_KEYS", "k1:short"),
        ("SIAPEKSPOR_PII_KEYS", "k1:production-pii-key-0123456789"),
        ("SIAPEKSPOR_PII_HMAC_KEY", "production-pepper-0123456789"),
    ],
)
def test_production_refuses_weak_personal_data_keys(tmp_path, variable, weak):
    env = _env(tmp_path, **{**PRODUCTION, variable: weak})
    result = subprocess.run([*CLI, "check"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "too weak" in result.stderr
    assert "secrets.token_urlsafe(32)" in result.stderr  # says how to make a good one


def test_deploy_check_warns_while_a_weak_retired_key_remains(tmp_path):
    ring = PRODUCTION["SIAPEKSPOR_PII_KEYS"] + ",k0:old-weak-text"
    result = subprocess.run(
        [*CLI, "check", "--deploy", "--fail-level", "WARNING"],
        env=_env(tmp_path, **{**PRODUCTION, "SIAPEKSPOR_PII_KEYS": ring}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "siapekspor.W001" in result.stdout + result.stderr


def test_database_and_data_directories_are_private(tmp_path):
    var = tmp_path / "var"
    env = _env(tmp_path, SIAPEKSPOR_VAR_DIR=str(var))
    probe = (
        "import os, stat\n"
        "from django.conf import settings\n"
        "from django.core.files.base import ContentFile\n"
        "from django.core.files.storage import default_storage\n"
        "from django.db import connection\n"
        "from siapekspor.core.models import AuditEntry\n"
        "AuditEntry.objects.create(action='probe', target_type='x', target_id='1')\n"
        "name = default_storage.save('imports/deep/probe.txt', ContentFile(b'x'))\n"
        "db = str(settings.DATABASES['default']['NAME'])\n"
        "paths = [settings.VAR_DIR, settings.MEDIA_ROOT, settings.MEDIA_ROOT / 'imports',\n"
        "         settings.MEDIA_ROOT / 'imports' / 'deep', default_storage.path(name),\n"
        "         db, db + '-wal', db + '-shm']\n"
        "for p in paths:\n"
        "    print('MODE', p, oct(stat.S_IMODE(os.stat(p).st_mode)))\n"
    )
    subprocess.run([*CLI, "migrate", "-v0"], env=env, check=True, capture_output=True, timeout=300)
    result = subprocess.run(
        [*CLI, "shell", "-c", probe], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    modes = dict(
        line[5:].rsplit(" ", 1) for line in result.stdout.splitlines() if line.startswith("MODE ")
    )
    assert len(modes) == 8
    for path, mode in modes.items():
        expected = "0o600" if path.endswith((".sqlite3", "-wal", "-shm", ".txt")) else "0o700"
        assert mode == expected, f"{path}: {mode}"


def _settings_of(tmp_path, *names, **extra) -> dict:
    code = (
        "import json; from django.conf import settings as s; "
        f"print(json.dumps({{n: str(getattr(s, n)) for n in {names!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        env=_env(tmp_path, **extra),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    import json

    return json.loads(result.stdout)


def test_debug_is_off_unless_asked_for_and_the_embedded_mode_serves_plain_http(tmp_path):
    got = _settings_of(
        tmp_path,
        "DEBUG",
        "EMBEDDED",
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_NAME",
        "CSRF_COOKIE_NAME",
    )
    assert got == {
        "DEBUG": "False",
        "EMBEDDED": "True",
        "SECURE_SSL_REDIRECT": "False",
        "SESSION_COOKIE_SECURE": "False",
        "SESSION_COOKIE_NAME": "sessionid",
        "CSRF_COOKIE_NAME": "csrftoken",
    }
    assert _settings_of(tmp_path, "DEBUG", SIAPEKSPOR_DEBUG="1") == {"DEBUG": "True"}


def test_a_server_deployment_needs_its_secrets_and_serves_https_only(tmp_path):
    env = {**PRODUCTION}
    del env["SIAPEKSPOR_EMBEDDED"]
    env["DATABASE_URL"] = "postgres://siapekspor@db.example/siapekspor"  # not embedded
    got = _settings_of(
        tmp_path,
        "EMBEDDED",
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_NAME",
        "SECURE_HSTS_SECONDS",
        **env,
    )
    assert got == {
        "EMBEDDED": "False",
        "SECURE_SSL_REDIRECT": "True",
        "SESSION_COOKIE_NAME": "__Host-sessionid",
        "SECURE_HSTS_SECONDS": "31536000",
    }
    del env["SIAPEKSPOR_SECRET_KEY"]
    result = subprocess.run(
        [*CLI, "check"], env=_env(tmp_path, **env), capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0 and "SIAPEKSPOR_SECRET_KEY" in result.stderr
