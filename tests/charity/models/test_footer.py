import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_footer_links_pages_kept_out_of_the_main_menu(client, home_page):
    statement = StandardPageFactory(
        parent=home_page, title="Déclaration d'accessibilité", show_in_menus=False
    )
    about = StandardPageFactory(parent=home_page, title="À propos", show_in_menus=True)
    html = client.get("/fr/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert f'href="{statement.url}"' in footer
    assert f'href="{about.url}"' in footer
    header = html[: html.index("<main")]
    assert f'href="{statement.url}"' not in header


def test_footer_leaves_out_drafts(client, home_page):
    draft = StandardPageFactory(parent=home_page, title="Brouillon", show_in_menus=False)
    draft.unpublish()
    assert "Brouillon" not in client.get("/fr/").content.decode()
