"""Subscribers in the admin: a listing to filter, search and export for the e-mailing tool.

Only Moderators and Administrators may see it (newsletter/migrations/0002): these are
people's addresses. Nobody adds a subscriber by hand, since a subscriber is someone who
gave consent through the sign-up form and confirmed their address.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from newsletter.models import Subscriber

# Characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@")


def spreadsheet_safe(value):
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, without adding: subscribers come from the sign-up form."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


class SubscriberIndexView(IndexView):
    # An address may start with "=" or "+", which a spreadsheet opening the CSV would
    # run as a formula (the XLSX export already stores every cell as text).
    custom_field_preprocess = {"email": {"csv": spreadsheet_safe}}


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    index_view_class = SubscriberIndexView
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    add_to_admin_menu = True
    menu_order = 400
    permission_policy = SubscriberPermissionPolicy(Subscriber)
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["language"]
    list_display = ["email", "language", "status", "created_at", "confirmed_at"]
    list_filter = ["language", "status"]
    search_fields = ["email"]
    search_backend_name = None
    list_per_page = 50
    list_export = [
        "email",
        "language",
        "status",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "consent_at",
        "consent_language",
        "consent_text",
    ]
    # Column names that stay the same whatever the admin's language, so that the e-mailing
    # tool's import can be set up once ("email" is the column such tools look for).
    export_headings = {field: field for field in list_export}
    export_filename = "newsletter-subscribers"
    inspect_view_fields = [*list_export]


subscriber_viewset = SubscriberViewSet("newsletter_subscribers")


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return subscriber_viewset
