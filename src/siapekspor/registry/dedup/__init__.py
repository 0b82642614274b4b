"""Duplicate detection in the registry: blocking, scoring, review queue, merge and undo."""
