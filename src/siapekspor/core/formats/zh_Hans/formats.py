"""Simplified Chinese grouped by thousands with a comma, as CLDR's `zh` writes numbers
through Babel (95,000): Django's own groups by four with no separator, which shows nothing."""

THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
