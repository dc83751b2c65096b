"""Images kept in a cache: their renditions are looked up again where they are served."""

import functools

from wagtail.images.models import AbstractImage


def forget_prefetched_renditions_when_kept():
    """Wraps ``__getstate__`` of ``wagtail.images.models.AbstractImage`` (Django 5.2.19's
    ``Model.__getstate__``, the state pickled when a cache keeps an object) to leave out
    the renditions read with the image: Django's private ``_prefetched_objects_cache``
    entry ``renditions`` and Wagtail 7.4.4's ``prefetched_renditions`` (the ``to_attr`` of
    ``ImageQuerySet.prefetch_renditions``).

    Wagtail trusts prefetched renditions as complete (``find_existing_renditions``): a
    rendition missing from them is made again, its file resized and encoded, even when it
    exists. A page, the people it names or the partners' logos kept in the fragment cache
    until the next change may have been read before their renditions were made (after a
    deployment, a restore, an upload); a rendition's creation changes no image, so nothing
    would forget that empty list, and every later request would make the renditions again.
    Without it, the kept image finds its renditions as any image does: in Wagtail's
    rendition cache (the ``renditions`` cache, else the default one), else the database,
    else it makes them, once. The object being served keeps what it read.

    Can go when Wagtail no longer trusts a prefetched list of renditions that outlived
    its request. On upgrade, check that ``find_existing_renditions`` still reads those two
    attributes and that Django models are still pickled through ``__getstate__``.
    """
    original = AbstractImage.__getstate__

    @functools.wraps(original)
    def __getstate__(self):
        state = original(self)
        prefetched = state.get("_prefetched_objects_cache")
        if prefetched and "renditions" in prefetched:
            state["_prefetched_objects_cache"] = {
                name: value for name, value in prefetched.items() if name != "renditions"
            }
        state.pop("prefetched_renditions", None)
        return state

    AbstractImage.__getstate__ = __getstate__
