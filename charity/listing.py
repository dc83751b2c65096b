from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def paginate(request, queryset, per_page):
    """The requested page of a listing; a missing, malformed or out-of-range page is a 404."""
    paginator = Paginator(queryset, per_page)
    number = request.GET.get("page", "1")
    if not (number.isascii() and number.isdigit()) or len(number) > 6:
        raise Http404(_("This page number does not exist."))
    try:
        return paginator.page(int(number))
    except InvalidPage as error:
        raise Http404(_("This page number does not exist.")) from error
