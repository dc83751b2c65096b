"""What purges the caches: every change that can show on a page moves to the next generation.

The project's own models are handed in by the app that owns the wiring
(``CharityConfig.ready``), so that this floor never imports a page model.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.cache import patch_cache_control

from wagtail import hooks
from wagtail.contrib.forms.models import FormMixin
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from charity.caching.generation import purge_all, purge_hard
from charity.caching.lifetimes import forget_request_values


def keep_form_pages_private(serve):
    """An ``on_serve_page`` hook: a form page carries a CSRF token for one
    visitor, so no cache may keep it, here or downstream."""

    def serve_and_mark(page, request, serve_args, serve_kwargs):
        response = serve(page, request, serve_args, serve_kwargs)
        if isinstance(page, FormMixin):
            patch_cache_control(response, private=True, no_cache=True)
        return response

    return serve_and_mark


def purge_listings_from_frontend_cache(instance, **kwargs):
    """The CDN, when one is configured: Wagtail purges a published page itself,
    this purges the pages that list it (its index and the home page)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    ancestors = list(instance.get_ancestors().filter(depth__gt=1))
    transaction.on_commit(lambda: purge_pages_from_cache(ancestors))


def purge_after_page_save(instance, created=False, update_fields=None, **kwargs):
    """A draft (Wagtail saves only its revision fields) or a publish is soft; a page
    saved offline (a plain ``save()`` that unpublishes, in a script or an import) is
    hard, as it may have been public a moment before."""
    offline = not instance.live and not created
    if offline and (update_fields is None or "live" in update_fields):
        purge_hard()
    else:
        purge_all()


def purge_on_every_change(page_models, other_models):
    """Purge on every change that can show on a page: publishing, unpublishing,
    moving, saving or deleting any of ``page_models`` (every page type) and of
    ``other_models`` (snippets, settings), and of Wagtail's images, documents,
    redirects, privacy settings, sites and locales. Form pages are kept private.

    A change that may take a page away from a visitor who could see it is hard
    (no stale copy is served after it, see charity.caching.generation): any change
    to a privacy setting, unpublishing, moving (perhaps under a private section),
    deleting anything."""
    hooks.register("on_serve_page", keep_form_pages_private)
    uid = "charity.caching"
    page_published.connect(purge_all, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(purge_hard, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(purge_hard, dispatch_uid=f"{uid}.moved")
    for name, signal in (("published", page_published), ("unpublished", page_unpublished)):
        signal.connect(purge_listings_from_frontend_cache, dispatch_uid=f"{uid}.cdn.{name}")
    wagtail_models = [
        get_image_model(),
        get_document_model(),
        Redirect,
        PageViewRestriction,
        Site,
        Locale,
    ]
    # Page saves include drafts, which change nothing public: a purge for
    # them is a little waste, but it also catches a live page changed by a
    # plain save() (imports, scripts) rather than by publishing.
    for model in [*page_models, *other_models, *wagtail_models]:
        label = model._meta.label_lower
        if model in page_models:
            saved = purge_after_page_save
        elif model is PageViewRestriction:
            saved = purge_hard
        else:
            saved = purge_all
        post_save.connect(saved, sender=model, dispatch_uid=f"{uid}.saved.{label}")
        post_delete.connect(purge_hard, sender=model, dispatch_uid=f"{uid}.deleted.{label}")
    # A request that changes a privacy setting or a locale reads them again afterwards.
    for model in (PageViewRestriction, Locale):
        label = model._meta.label_lower
        post_save.connect(
            forget_request_values, sender=model, dispatch_uid=f"{uid}.request.saved.{label}"
        )
        post_delete.connect(
            forget_request_values, sender=model, dispatch_uid=f"{uid}.request.deleted.{label}"
        )
