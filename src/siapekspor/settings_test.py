"""Settings of the test suite: the real settings (`siapekspor.settings`) in the embedded mode
(generated secrets, plain http, whatever the database), with static files read from the
source tree instead of a collected manifest."""

import os

os.environ.setdefault("SIAPEKSPOR_EMBEDDED", "1")

from siapekspor.settings import *  # noqa: F403
from siapekspor.settings import STATIC_ROOT, STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
