"""Django's QuerySet (Django 5.2.19), opened up."""


def already_read(queryset):
    """Whether ``queryset`` holds its rows already (read, or prefetched for a listing), in
    the private ``QuerySet._result_cache``: filtering it again would cost a query where
    its rows answer at once. Can go if Django tells it through a public name."""
    return queryset._result_cache is not None
