"""Shared pieces of the admin's flat listings of one page type."""

from wagtail.admin.views.pages.choose_parent import ChooseParentView
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet

from charity.foundations.localization import in_source_language


def page_listing_columns(*columns):
    """The page listing's own columns around ``columns``: title first, publication last."""
    base = {column.name: column for column in IndexView.base_columns}
    return [
        base["bulk_actions"],
        base["title"],
        *columns,
        base["status"],
        base["latest_revision_created_at"],
    ]


class SourceLanguageChooseParentView(ChooseParentView):
    """The listing's "Add" button goes straight to the form under the page type's index in
    the source language, where pages are written before they are translated: Wagtail asks
    for a parent whenever there are two, one index a language."""

    def get_valid_parent_pages(self, user):
        return in_source_language(super().get_valid_parent_pages(user))


class PageTypeListingViewSet(PageListingViewSet):
    choose_parent_view_class = SourceLanguageChooseParentView
