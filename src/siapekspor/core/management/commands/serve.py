"""`siapekspor serve`: the production web server (gunicorn) with these settings.

Static files are served by WhiteNoise from STATIC_ROOT (`siapekspor collectstatic` first).
The access log never shows query strings: a search may hold a person's name.
"""

from __future__ import annotations

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

# Path without the query string, status, size, duration in milliseconds.
ACCESS_LOG_FORMAT = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'


def _default_workers() -> int:
    return min(4, 2 * (os.cpu_count() or 1)) if not settings.DEBUG else 1


class Command(BaseCommand):
    help = "Serve SiapEkspor with gunicorn (production server; WhiteNoise serves static files)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--bind",
            default=os.environ.get("SIAPEKSPOR_BIND", "127.0.0.1:8000"),
            help="Address to listen on (default: $SIAPEKSPOR_BIND or 127.0.0.1:8000).",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=int(os.environ.get("SIAPEKSPOR_WEB_WORKERS", "0")) or _default_workers(),
            help="Worker processes (default: $SIAPEKSPOR_WEB_WORKERS or 2 per core, at most 4).",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=int(os.environ.get("SIAPEKSPOR_WEB_THREADS", "4")),
            help="Threads per worker process (default: $SIAPEKSPOR_WEB_THREADS or 4).",
        )
        parser.add_argument(
            "--timeout",
            type=int,
            default=int(os.environ.get("SIAPEKSPOR_WEB_TIMEOUT", "60")),
            help="Seconds before a stuck request's worker is restarted (default: 60).",
        )
        parser.add_argument("--no-access-log", action="store_true", help="Do not log each request.")

    def handle(self, *args, **options):
        from gunicorn.app.base import BaseApplication

        manifest = settings.STATIC_ROOT / "staticfiles.json"
        if not settings.DEBUG and not manifest.exists():
            raise CommandError(
                f"Static files are not collected ({manifest} is missing): "
                "run `siapekspor collectstatic --no-input` first."
            )
        from django.core.wsgi import get_wsgi_application

        application = get_wsgi_application()
        connections.close_all()  # never share a connection of this process with the workers
        config = {
            "bind": options["bind"],
            "workers": max(1, options["workers"]),
            "threads": max(1, options["threads"]),
            "worker_class": "gthread",
            "timeout": options["timeout"],
            "graceful_timeout": 30,
            "keepalive": 5,
            # Restart workers now and then: a slow leak cannot grow for ever.
            "max_requests": 5000,
            "max_requests_jitter": 500,
            "forwarded_allow_ips": os.environ.get("SIAPEKSPOR_FORWARDED_ALLOW_IPS", "127.0.0.1"),
            "accesslog": None if options["no_access_log"] else "-",
            "access_log_format": ACCESS_LOG_FORMAT,
            "errorlog": "-",
            "limit_request_line": 8190,
            "limit_request_fields": 100,
            "proc_name": "siapekspor-web",
            "control_socket_disable": True,
        }

        class Server(BaseApplication):
            def load_config(self):
                for key, value in config.items():
                    self.cfg.set(key, value)

            def load(self):
                return application

        self.stdout.write(f"SiapEkspor serving on http://{options['bind']} (gunicorn)")
        Server().run()
