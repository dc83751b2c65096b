"""Shared pieces of the admin's flat listings of one page type."""

from wagtail.admin.views.pages.listing import IndexView


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
