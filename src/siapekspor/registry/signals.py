"""Signals other apps listen to (registry never imports them: the dependency points inward)."""

from __future__ import annotations

from django.dispatch import Signal

# Sent inside `demo.demo_clear()`'s transaction before demo enterprises are deleted, so that
# apps holding protected references to them (demo shipments, for example) remove their own
# demo rows first.
demo_clearing = Signal()
