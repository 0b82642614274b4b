"""API authentication: personal tokens (Authorization: Bearer sek_…) with a rate limit."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from ninja.security import HttpBearer

from siapekspor.accounts.services import api_token_authenticate, token_hash


class RateLimited(Exception):
    pass


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        user = api_token_authenticate(token)
        if user is None:
            return None
        window = int(time.time() // 60)
        key = f"api-rate:{token_hash(token)[:16]}:{window}"
        if cache.add(key, 1, timeout=90):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:
                count = 1
        if count > settings.API_RATE_LIMIT_PER_MINUTE:
            raise RateLimited
        request.user = user
        return user
