"""Arabic with Latin digits, as CLDR's `ar` writes them through Babel (1,234.5): Django's own
`ar` groups nothing (95000, 750000000) and has no short date-time format, so the US order
(11/29/2026 3:39 م) showed next to Arabic dates."""

DATETIME_FORMAT = "j F، Y H:i"
SHORT_DATETIME_FORMAT = "d\u200f/m\u200f/Y H:i"  # right-to-left marks, as Django's date
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
