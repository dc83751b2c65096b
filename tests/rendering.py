"""Reading rendered pages in tests: the HTML, its main content, its visible text."""

import re

NBSP = "\u00a0"


def html_of(client, url, expected=200, **params):
    response = client.get(url, params)
    assert response.status_code == expected, url
    return response.content.decode()


def main_of(html):
    """The page's own content, without the head's metadata, header and footer."""
    return re.search(r'<main id="main".*</main>', html, re.S).group()


def text_of(html):
    """The visible words, tags removed and runs of spaces (not no-break spaces) joined."""
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", html)).strip()
