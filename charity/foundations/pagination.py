from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext as _


def paginate(request, queryset, per_page):
    """The requested page of a listing; a missing, malformed or out-of-range page is a 404."""
    paginator = Paginator(queryset, per_page)
    number = request.GET.get("page", "1")
    if not (number.isascii() and number.isdigit()) or len(number) > 6:
        raise Http404(_("This page number does not exist."))
    try:
        page = paginator.page(int(number))
    except InvalidPage as error:
        raise Http404(_("This page number does not exist.")) from error
    # The first and last pages and two on each side of this one: "1 … 5 6 7 8 9 … 20".
    page.numbers_shown = list(
        paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    )
    return page


class Concatenation:
    """Querysets listed one after another, for a paginator: each page reads the
    size of each once and only the rows it shows."""

    def __init__(self, *querysets):
        self.querysets = querysets

    @cached_property
    def sizes(self):
        return [queryset.count() for queryset in self.querysets]

    def count(self):
        return sum(self.sizes)

    def __getitem__(self, window):
        if not isinstance(window, slice) or window.step is not None:
            raise TypeError("Concatenation only takes windows (start:stop)")
        start, stop = window.start or 0, window.stop
        rows = []
        for queryset, size in zip(self.querysets, self.sizes, strict=True):
            end = size if stop is None else min(stop, size)
            if start < end:
                rows.extend(queryset[start:end])
            start = max(0, start - size)
            stop = None if stop is None else max(0, stop - size)
        return rows
