"""Indonesian dates with the month written out ("29 Oktober 2026", "29 Oktober 2026, 18.45"),
as Indonesian official letters write them: Django's own `id` abbreviates in the AP style,
which mixes "1 Jan. 2026", "1 Maret 2026" and "1 Agu 2026" on one page."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, G.i"
