"""A report of what visitors search for: the most frequent searches and those that
found nothing, per language, over the last weeks (counted by charity.models.search_statistics)."""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.permissions import page_permission_policy

from charity.models.search_statistics import SearchStatistic
from charity.staff.editorial_reports import STAFF_PAGE_PERMISSIONS, StaffReportMenuItem

DAYS = 30
ROWS = 30


def _top(rows, found_nothing=None):
    if found_nothing is not None:
        rows = rows.filter(found_nothing=found_nothing)
    return list(
        rows.values("query").annotate(searches=Sum("hits")).order_by("-searches", "query")[:ROWS]
    )


def search_report(request):
    if not page_permission_policy.user_has_any_permission(request.user, STAFF_PAGE_PERMISSIONS):
        raise PermissionDenied
    since = timezone.localdate() - datetime.timedelta(days=DAYS)
    recent = SearchStatistic.objects.filter(day__gte=since)
    languages = [
        {
            "code": code,
            "name": name,
            "frequent": _top(recent.filter(language_code=code)),
            "found_nothing": _top(recent.filter(language_code=code), found_nothing=True),
        }
        for code, name in settings.LANGUAGES
    ]
    return TemplateResponse(
        request,
        "charity/admin/search_report.html",
        {"languages": languages, "days": DAYS, "page_title": _("Site searches")},
    )


def report_urls():
    return [path("reports/site-searches/", search_report, name="site_searches_report")]


def menu_item():
    return StaffReportMenuItem(
        _("Site searches"),
        reverse("site_searches_report"),
        name="site-searches",
        icon_name="search",
        order=780,
    )
