from django import template

from siapekspor.core.health import health_report

register = template.Library()


@register.simple_tag
def health():
    """The health report (`core.health`) for the admin index."""
    return health_report()
