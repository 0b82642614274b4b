"""Bulk import of enterprises from regency spreadsheets (see docs/import.md)."""
