"""Translations go through moderation like any other change.

wagtail-localize's translation editor saves each translated string as it is typed and
offers one way to apply them to the page: "Publish", for those who may publish. An editor
translating a page had no way to save a draft of the translated page or to submit it,
and the settings make "Translate this page" create a draft rather than copy the source's
live status (``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE``). Here the translation
editor also offers "Save draft" and "Submit for moderation": the strings translated so
far are applied to a new revision of the translated page (the source's text standing in
for what is not translated yet), and submitting starts the page's workflow, as the page
editor's own "Submit" does, so that moderators are notified and approve it.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.coreutils import find_available_slug
from wagtail.models import WorkflowState
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation
from wagtail_localize.segments.ingest import ingest_segments

from charity.patches.wagtail_localize import segments_for_translation

SAVE_DRAFT = "save-draft"
SUBMIT = "submit"
ACTION_FIELD = "translation-action"


def translation_edited_on(page):
    """The synced translation whose editor replaces the page's edit view, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def apply_translation_to_draft(translation, page, user):
    """A new revision of ``page`` holding the strings translated so far.

    What ``Translation.save_target(publish=False)`` does, except that the page's own row
    is saved only while the page is not live (as Wagtail's page editor does): a live
    translation keeps showing its published text until a moderator approves the draft.
    """
    source = translation.source
    original = source.as_instance()
    copy_synchronised_fields(original, page)
    # The source's text stands in for strings not translated yet: it is a draft.
    segments = segments_for_translation(source, translation.target_locale)
    ingest_segments(original, page, source.locale, translation.target_locale, segments)
    if page.slug == original.slug and page.title != original.title:
        # Nobody translated the address: it follows the translated title.
        page.slug = find_available_slug(
            page.get_parent(), slugify(page.title), ignore_page_id=page.pk
        )
    if not page.live:
        page.save()
    return page.save_revision(user=user, log_action=True)


def submit_for_moderation(page, user):
    """Start the page's workflow, or resume it after a moderator asked for changes."""
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    elif state is None:
        page.get_workflow().start(page, user)


def moderate_translation(request, page):
    """``before_edit_page`` hook: the translation editor's "Save draft" and "Submit"."""
    action = request.POST.get(ACTION_FIELD) if request.method == "POST" else None
    if action not in (SAVE_DRAFT, SUBMIT):
        return None
    translation = translation_edited_on(page)
    if translation is None:
        return None
    page = page.specific
    permissions = page.permissions_for_user(request.user)
    lock = page.get_lock()
    if not permissions.can_edit() or (lock and lock.for_user(request.user)):
        raise PermissionDenied
    if action == SUBMIT and not permissions.can_submit_for_moderation():
        raise PermissionDenied
    locale = translation.target_locale.get_display_name()
    try:
        with transaction.atomic():
            apply_translation_to_draft(translation, page, request.user)
            if action == SUBMIT:
                submit_for_moderation(page, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The %(locale)s translation could not be saved: %(errors)s")
            % {"locale": locale, "errors": "; ".join(error.messages)},
        )
        return redirect(request.path)
    title = page.get_admin_display_title()
    if action == SUBMIT:
        message = _(
            "The %(locale)s translation of '%(title)s' has been submitted to moderators: "
            "it will be published when one of them approves it."
        )
    else:
        message = _(
            "A draft of the %(locale)s translation of '%(title)s' has been saved. "
            "Submit it for moderation when it is ready."
        )
    messages.success(request, message % {"locale": locale, "title": title})
    return redirect(request.path)
