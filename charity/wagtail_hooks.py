from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from charity.models import Person, Testimonial


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["full_name", "role", "organisation", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "role"]
    ordering = ["name"]


class TestimonialViewSet(SnippetViewSet):
    model = Testimonial
    icon = "openquote"
    menu_label = _("Testimonials")
    list_display = [Column("__str__", label=_("Testimonial")), "show_on_home_page", "locale"]
    list_filter = ["show_on_home_page", "locale"]
    search_fields = ["quote"]


class PeopleGroup(SnippetViewSetGroup):
    items = (PersonViewSet, TestimonialViewSet)
    menu_icon = "group"
    menu_label = _("People and quotes")
    menu_name = "people"


register_snippet(PeopleGroup)
