"""Number and date formats where Django's locale files leave a reader without grouping or with
the US date order (`FORMAT_MODULE_PATH`); every value not set here comes from Django's own
locale. Babel (CLDR), which formats the markets' figures and the charts, writes the same."""
