"""Images kept in a cache: their renditions are looked up again where they are served.
Renditions found in Wagtail's rendition cache are not written back to it. Image tags: their
filters are read once per tag."""

import functools

from wagtail.images.models import AbstractImage, Filter
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode

from charity.caching.lifetimes import keep_on_instance


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


def read_image_tag_filters_once():
    """Wraps ``ImageNode.get_filter`` and ``SrcsetImageNode.get_filters`` of
    ``wagtail.images.templatetags.wagtailimages_tags`` (Wagtail 7.4.4), which build a new
    ``Filter`` of the tag's fixed specs each time the tag is rendered, whose
    ``operations`` then parse the spec again (an ``inspect.getcallargs`` per operation):
    a program card's ``{% picture %}`` with four renditions spent a third of its time
    there. The filters are kept on the tag's node, which lives as long as its compiled
    template; a ``Filter`` and its operations are not changed once built.

    Can go when Wagtail builds a tag's filters once. On upgrade, check that both methods
    still depend only on the node's ``filter_specs`` and that operations keep no state.
    """
    get_filter = ImageNode.get_filter
    get_filters = SrcsetImageNode.get_filters

    @functools.wraps(get_filter)
    def get_filter_once(node):
        return keep_on_instance(node, "filter", lambda: get_filter(node))

    @functools.wraps(get_filters)
    def get_filters_once(node):
        return keep_on_instance(node, "filters", lambda: get_filters(node))

    ImageNode.get_filter = get_filter_once
    SrcsetImageNode.get_filters = get_filters_once


def write_renditions_to_the_cache_once():
    """Wraps ``find_existing_renditions`` and replaces ``get_rendition`` of
    ``wagtail.images.models.AbstractImage`` (Wagtail 7.4.4), as Wagtail's commit c1c39fe
    (after 7.4.4) fixes them: a rendition read from the rendition cache is marked
    ``_from_cache``, which Wagtail already reads to skip writing it back
    (``get_renditions``), and ``get_rendition`` (the ``{% image %}`` tag) checks the mark
    too. In 7.4.4 every rendition an image tag found was written to the cache again at
    every render: a round trip to Redis for each of the partner index's hundred logos.

    The wrapper reads the cache as Wagtail does (the renditions are not prefetched) and
    lets Wagtail look for the rest, which reads the cache again for those only, then the
    database. ``get_rendition`` copies Wagtail's body with the one check added.

    Can go with Wagtail 7.4.5 or later if it carries c1c39fe. On upgrade, compare with
    the new bodies (tests/charity/patches/test_image_tags.py counts the cache writes).
    """
    find_existing = AbstractImage.find_existing_renditions
    original_get_rendition = AbstractImage.get_rendition

    @functools.wraps(find_existing)
    def find_existing_renditions(image, *filters):
        if image._get_prefetched_renditions() is not None:
            return find_existing(image, *filters)
        rendition_model = image.get_rendition_model()
        by_key = {
            rendition_model.construct_cache_key(image, f.get_cache_key(image), f.spec): f
            for f in filters
        }
        found = {}
        for key, rendition in rendition_model.cache_backend.get_many(list(by_key)).items():
            rendition.image = image
            rendition._from_cache = True
            found[by_key[key]] = rendition
        missing = [f for f in filters if f not in found]
        if missing:
            found.update(find_existing(image, *missing))
        return found

    @functools.wraps(original_get_rendition)
    def get_rendition(image, filter):
        if not isinstance(filter, (str, Filter)):
            # Wagtail's error for a filter of another type.
            return original_get_rendition(image, filter)
        rendition_model = image.get_rendition_model()
        if isinstance(filter, str):
            filter = Filter(spec=filter)
        filter = image.clean_filter_for_svg(filter)
        try:
            rendition = image.find_existing_rendition(filter)
        except rendition_model.DoesNotExist:
            rendition = image.create_rendition(filter)
            image._add_to_prefetched_renditions(rendition)
        if not getattr(rendition, "_from_cache", False):
            cache_key = rendition_model.construct_cache_key(
                image, filter.get_cache_key(image), filter.spec
            )
            rendition_model.cache_backend.set(cache_key, rendition)
        return rendition

    AbstractImage.find_existing_renditions = find_existing_renditions
    AbstractImage.get_rendition = get_rendition
