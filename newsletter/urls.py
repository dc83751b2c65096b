from django.urls import path
from django.utils.translation import gettext_lazy as _

from newsletter import views

app_name = "newsletter"

# Included under a translated prefix: /fr/lettre-d-information/..., /en/newsletter/...
urlpatterns = [
    path("", views.signup, name="signup"),
    path(_("thanks/"), views.thanks, name="thanks"),
    path(_("confirmed/"), views.confirmed, name="confirmed"),
    path(_("unsubscribed/"), views.unsubscribed, name="unsubscribed"),
    path(_("confirm/<str:token>/"), views.confirm, name="confirm"),
    path(_("unsubscribe/<str:token>/"), views.unsubscribe, name="unsubscribe"),
]
