"""Staff browsing the site get Wagtail's user bar with its accessibility checker."""

import pytest

pytestmark = pytest.mark.django_db

CHECKER = 'id="checker-axe-configuration"'


def test_staff_see_the_accessibility_checker_on_public_pages(client_for, editor, home_page):
    html = client_for(editor).get(home_page.url).content.decode()
    assert "<wagtail-userbar" in html
    assert CHECKER in html


def test_visitors_get_no_user_bar(client, home_page):
    html = client.get(home_page.url).content.decode()
    assert "<wagtail-userbar" not in html
    assert CHECKER not in html
