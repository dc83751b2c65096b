"""An anonymous visitor never sees a draft, an unpublished change or a private page."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import PageViewRestriction

import pytest

from tests.factories import ProgramPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def restrict(page, restriction_type, groups=()):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=restriction_type)
    restriction.groups.set(groups)
    return restriction


def test_a_draft_page_is_not_found(client, home_page):
    draft = StandardPageFactory(parent=home_page, title="Projet de communiqué", live=False)
    response = client.get(f"/fr/{draft.slug}/")
    assert response.status_code == 404
    assert "Projet de communiqué" not in response.content.decode()


def test_unpublished_changes_stay_invisible(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Nos missions", intro="Texte publié.")
    page.intro = "Texte en cours de relecture."
    page.save_revision()

    html = client.get(page.url).content.decode()

    assert "Texte publié." in html
    assert "Texte en cours de relecture." not in html


def test_drafts_are_previewed_only_inside_the_admin(client, home_page):
    draft = StandardPageFactory(parent=home_page, live=False)
    draft.save_revision()
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[draft.pk]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_a_page_for_signed_in_people_sends_visitors_to_sign_in(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Espace bénévoles", intro="Planning.")
    restrict(page, PageViewRestriction.LOGIN)

    response = client.get(page.url)

    assert response.status_code == 302
    assert "login" in response.url
    assert "Planning." not in response.content.decode()


def test_a_page_for_a_group_is_shown_to_its_members_only(client, client_for, home_page, editor):
    board = Group.objects.create(name="Conseil d'administration")
    page = StandardPageFactory(parent=home_page, title="Procès-verbaux", intro="Séance du 3 mars.")
    restrict(page, PageViewRestriction.GROUPS, groups=[board])

    assert client.get(page.url).status_code == 302
    member_client = client_for(editor)
    assert member_client.get(page.url).status_code == 302, "staff outside the group are refused"
    editor.groups.add(board)
    response = member_client.get(page.url)
    assert response.status_code == 200
    assert "Séance du 3 mars." in response.content.decode()


def test_children_of_a_private_page_are_private_too(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Espace chercheurs")
    child = StandardPageFactory(parent=page, title="Protocoles", intro="Version 4.")
    restrict(page, PageViewRestriction.LOGIN)

    response = client.get(child.url)

    assert response.status_code == 302
    assert "Version 4." not in response.content.decode()


def test_private_and_draft_programs_are_left_out_of_listings(program_index):
    public = ProgramPageFactory(acronym="MAPPYACTS")
    private = ProgramPageFactory(acronym="CONFIDENTIEL")
    ProgramPageFactory(acronym="BROUILLON", live=False)
    restrict(private, PageViewRestriction.LOGIN)

    assert list(program_index.programs()) == [public]
