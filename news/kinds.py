from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleKind(models.TextChoices):
    RESEARCH_NEWS = "research-news", _("Research news")
    EVENT_RECAP = "event-recap", _("Event recap")
    PRESS_RELEASE = "press-release", _("Press release")
    YEARLY_REPORT = "yearly-report", _("Yearly report")
