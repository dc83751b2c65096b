from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from charity.models import Person, Testimonial
from charity.platform import two_factor
from charity.staff import dashboard as admin_panels
from charity.staff import (
    editorial_reports,
    moderation,
    pickers,
    search_report,
    translation_moderation,
)
from charity.staff.translation_report import TranslationParityReportView


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


@hooks.register("register_admin_urls")
def register_translation_parity_urls():
    return [
        path(
            "reports/translation-parity/",
            TranslationParityReportView.as_view(),
            name="translation_parity",
        ),
        path(
            "reports/translation-parity/results/",
            TranslationParityReportView.as_view(results_only=True),
            name="translation_parity_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_parity_menu_item():
    return MenuItem(
        _("Translation parity"),
        reverse("translation_parity"),
        name="translation-parity",
        icon_name="globe",
        order=750,
    )


hooks.register("construct_homepage_panels", admin_panels.add_dashboard_panels)
# Before wagtail-localize's own hook, which answers every request to a translation's editor.
hooks.register("before_edit_page", translation_moderation.moderate_translation, order=-1)
hooks.register("register_admin_urls", editorial_reports.report_urls)
hooks.register("register_reports_menu_item", editorial_reports.incomplete_programs_menu_item)
hooks.register("register_reports_menu_item", editorial_reports.overdue_medical_reviews_menu_item)
hooks.register("register_admin_urls", search_report.report_urls)
hooks.register("register_reports_menu_item", search_report.menu_item)
hooks.register("construct_page_chooser_queryset", pickers.source_language_only)
hooks.register("construct_page_action_menu", moderation.page_locked_first)
hooks.register("insert_editor_js", moderation.locked_form_script)
hooks.register("register_admin_urls", moderation.moderation_urls)
# After wagtail-2fa's own hook, which leaves someone still to verify an English "2FA Setup".
hooks.register("construct_main_menu", two_factor.setup_menu, order=1)
