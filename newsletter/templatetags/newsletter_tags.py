from django import template
from django.utils.translation import get_language

from newsletter.forms import SignupForm

register = template.Library()


@register.inclusion_tag("newsletter/signup_form.html")
def newsletter_signup_form():
    """The footer's sign-up form: the same for every visitor of a language, so that it can
    be kept in the footer's fragment cache (no CSRF token, see newsletter.views)."""
    return {
        "form": SignupForm(language=get_language(), auto_id="newsletter-footer-%s"),
        "variant": "footer",
    }
