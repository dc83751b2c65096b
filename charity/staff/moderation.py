"""Moderation as editors and moderators see it in the admin.

- A page in moderation is locked for its editor (Wagtail's workflow lock). Wagtail still
  shows the edit form, whose "locked" style only stops the mouse, with "Cancel workflow"
  as its main button: the form's fields are made inert, so that nobody types what could
  not be saved, and Wagtail's disabled "Page locked" becomes the main button, cancelling
  staying in the menu.
- Approving or requesting changes from the dashboard's "Awaiting your review" panel, in
  Wagtail, brings the moderator back to the dashboard without a word: the panel's actions
  go through Wagtail's own view, followed by a message saying what became of the page.
"""

from django.templatetags.static import static
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.admin.views.pages.workflow import WorkflowAction
from wagtail.models import Page, TaskState, WorkflowState

PAGE_LOCKED_ACTION = "action-page-locked"


def page_locked_first(menu_items, request, context):
    """The ``construct_page_action_menu`` hook: for a user the page is locked for, the
    main button is Wagtail's disabled "Page locked"."""
    if context.get("locked_for_user"):
        menu_items.sort(key=lambda item: item.name != PAGE_LOCKED_ACTION)


def locked_form_script():
    """The ``insert_editor_js`` hook."""
    return format_html('<script src="{}"></script>', static("js/admin/locked-form.js"))


def report_outcome(request, page, task_state):
    """Tell the moderator what their action did to the page."""
    title = page.get_admin_display_title()
    workflow_state = task_state.workflow_state
    go_live_at = task_state.revision.approved_go_live_at
    buttons = []
    if task_state.status == TaskState.STATUS_REJECTED:
        message = _("Changes requested on “%(title)s”: it is back with its author.") % {
            "title": title
        }
    elif workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        message = _("“%(title)s” approved, and passed on to “%(task)s”.") % {
            "title": title,
            "task": workflow_state.current_task_state.task.name,
        }
    elif go_live_at and go_live_at > timezone.now():
        message = _("“%(title)s” approved: it will be published on %(date)s.") % {
            "title": title,
            "date": date_format(timezone.localtime(go_live_at), "DATETIME_FORMAT"),
        }
    else:
        message = _("“%(title)s” approved and published.") % {"title": title}
        if page.url:
            buttons.append(messages.button(page.url, _("View live")))
    messages.success(request, message, buttons=buttons)


class ReportedWorkflowAction(WorkflowAction):
    """Wagtail's moderation action on a page, followed by a message saying what it did
    (nothing is said when the moderator's comment form comes back with an error)."""

    # The comment form of "Approve with comment" and "Request changes" posts back here.
    submit_url_name = "reported_workflow_action"

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db()
        if self.task_state.status != TaskState.STATUS_IN_PROGRESS:
            self.task_state.workflow_state.refresh_from_db()
            page = self.object.specific
            page.refresh_from_db()
            report_outcome(request, page, self.task_state)
        return response


class AwaitingReviewPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Awaiting your review", its page actions reported."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            if isinstance(state["obj"], Page):
                state["workflow_action_url_name"] = "reported_workflow_action"
        return context


def with_reported_actions(panels):
    """The dashboard's panels, Wagtail's "Awaiting your review" replaced by ours."""
    return [
        AwaitingReviewPanel() if panel.name == AwaitingReviewPanel.name else panel
        for panel in panels
    ]


def moderation_urls():
    return [
        path(
            "moderation/<int:page_id>/<str:action_name>/<int:task_state_id>/",
            ReportedWorkflowAction.as_view(),
            name="reported_workflow_action",
        )
    ]
