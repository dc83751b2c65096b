"""Staff browsing the public site get the page the page cache stored for visitors, with
their own user bar: as an Editor and as a Moderator (who signs in with a second factor)."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_staff_get_the_stored_page_and_edit_it_from_their_user_bar(
    role, site, page_cache_in_redis, staff, sign_in, open_context
):
    member = sign_in(staff(role, language="fr"))
    url = site.urls["fr"]["program"]
    visitor = open_context().new_page()
    visitor.goto(url)
    assert visitor.goto(url).headers["x-page-cache"] == "hit"

    response = member.goto(url)

    assert response.headers["x-page-cache"] == "hit"
    assert "private" in response.headers["cache-control"]
    expect(member.get_by_role("heading", level=1)).to_have_text(site.program.acronym)
    userbar = member.locator("wagtail-userbar")
    userbar.locator("#wagtail-userbar-trigger").click()
    userbar.get_by_role("menuitem", name="Modifier cette page").click()
    member.wait_for_url(f"**/admin/pages/{site.program.pk}/edit/")
    expect(member.locator("input[name=title]")).to_have_value(site.program.title)
