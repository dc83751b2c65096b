"""Admin reports that tell staff what to fix: programs missing key data, overdue medical reviews."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    LiveStatusTagColumn,
    LocaleColumn,
    TitleColumn,
)
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from charity.foundations.localization import in_source_language
from diseases.models import DiseasePage
from programs.models import ProgramPage

STAFF_PAGE_PERMISSIONS = ["add", "change", "publish"]


class EditorialReportView(ReportView):
    """A report on pages the user may edit, each linking to its editor."""

    permission_policy = page_permission_policy
    any_permission_required = STAFF_PAGE_PERMISSIONS

    def editable(self, pages):
        editable = page_permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return pages.filter(pk__in=editable.values("pk"))

    def get_filename(self):
        return f"{self.export_name}-{timezone.localdate():%Y-%m-%d}"


class IncompleteProgramsReportView(EditorialReportView):
    page_title = _("Programs missing key data")
    header_icon = "warning"
    index_url_name = "incomplete_programs_report"
    index_results_url_name = "incomplete_programs_report_results"
    export_name = "programs-missing-key-data"
    default_ordering = "title"
    columns = [
        TitleColumn(
            "title", label=_("Program"), url_name="wagtailadmin_pages:edit", sort_key="title"
        ),
        Column("missing_key_data_text", label=_("Missing")),
        LiveStatusTagColumn(),
        DateColumn(
            "latest_revision_created_at",
            label=_("Last edited"),
            sort_key="latest_revision_created_at",
        ),
    ]
    list_export = ["title", "acronym", "missing_key_data_text", "status_string"]
    export_headings = {
        "title": _("Program"),
        "acronym": _("Acronym"),
        "missing_key_data_text": _("Missing"),
        "status_string": _("Status"),
    }

    @property
    def no_results_message(self):
        return _("Every program has a disease, a lead investigator and a funding figure.")

    def get_queryset(self):
        # One row a program: its translations share its links
        # (see charity.foundations.localization).
        self.queryset = self.editable(
            in_source_language(ProgramPage.objects.missing_key_data())
            .defer_streamfields()
            .annotate_approved_schedule()
            .prefetch_workflow_states()
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, programs):
        for program in programs:
            program.missing_key_data_text = ", ".join(map(str, program.missing_key_data))
        return programs


class OverdueMedicalReviewsReportView(EditorialReportView):
    page_title = _("Overdue medical reviews")
    header_icon = "time"
    index_url_name = "overdue_medical_reviews_report"
    index_results_url_name = "overdue_medical_reviews_report_results"
    export_name = "overdue-medical-reviews"
    default_ordering = ("next_review_due", "title")
    columns = [
        TitleColumn(
            "title", label=_("Disease page"), url_name="wagtailadmin_pages:edit", sort_key="title"
        ),
        DateColumn("next_review_due", label=_("Review was due"), sort_key="next_review_due"),
        DateColumn("reviewed_on", label=_("Last reviewed")),
        Column("reviewed_by", label=_("Reviewed by")),
        LocaleColumn(label=_("Language")),
        LiveStatusTagColumn(),
    ]
    list_export = ["title", "next_review_due", "reviewed_on", "reviewed_by", "locale"]
    export_headings = {
        "title": _("Disease page"),
        "next_review_due": _("Review was due"),
        "reviewed_on": _("Last reviewed"),
        "reviewed_by": _("Reviewed by"),
        "locale": _("Language"),
    }

    @property
    def no_results_message(self):
        return _("No disease page is past its medical review date.")

    def get_queryset(self):
        self.queryset = self.editable(
            DiseasePage.objects.filter(next_review_due__lt=timezone.localdate())
            .defer_streamfields()
            .select_related("locale", "reviewed_by")
            .annotate_approved_schedule()
            .prefetch_workflow_states()
        )
        return super().get_queryset()


class StaffReportMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, STAFF_PAGE_PERMISSIONS)


REPORTS = [
    ("programs-missing-key-data", "incomplete_programs_report", IncompleteProgramsReportView),
    ("overdue-medical-reviews", "overdue_medical_reviews_report", OverdueMedicalReviewsReportView),
]


def report_urls():
    urls = []
    for slug, name, view in REPORTS:
        urls += [
            path(f"reports/{slug}/", view.as_view(), name=name),
            path(
                f"reports/{slug}/results/",
                view.as_view(results_only=True),
                name=f"{name}_results",
            ),
        ]
    return urls


def incomplete_programs_menu_item():
    return StaffReportMenuItem(
        _("Programs missing key data"),
        reverse("incomplete_programs_report"),
        name="programs-missing-key-data",
        icon_name="warning",
        order=760,
    )


def overdue_medical_reviews_menu_item():
    return StaffReportMenuItem(
        _("Overdue medical reviews"),
        reverse("overdue_medical_reviews_report"),
        name="overdue-medical-reviews",
        icon_name="time",
        order=770,
    )
