from django import template
from django.urls import reverse

register = template.Library()


@register.inclusion_tag("charity/admin/translation_moderation_actions.html", takes_context=True)
def translation_moderation_actions(context, page, translation):
    """What the person translating ``page`` may do with it: save, submit or (in
    wagtail-localize's own footer) publish."""
    user = context["request"].user
    permissions = page.permissions_for_user(user)
    lock = page.get_lock()
    state = page.current_workflow_state
    in_moderation = state is not None and state.status == state.STATUS_IN_PROGRESS
    can_edit = permissions.can_edit() and not (lock and lock.for_user(user))
    return {
        "csrf_token": context.get("csrf_token"),
        "locale_name": translation.target_locale.get_display_name(),
        "live": page.live,
        "in_moderation": in_moderation,
        "can_edit": can_edit,
        "can_submit": can_edit and not in_moderation and permissions.can_submit_for_moderation(),
        "can_publish": permissions.can_publish(),
        "preview_url": reverse("wagtail_localize:preview_translation", args=[translation.pk]),
    }
