"""Requests carrying characters the database cannot store are refused with a 400.

PostgreSQL refuses a NUL character in any text value (``DataError``), and a lone
UTF-16 surrogate cannot be encoded for it at all. The path, the query string, cookies
and header values reach database lookups (Wagtail's redirects and routing match the
path, the login throttling stores the user agent, filters and searches read the query
string), so such a request would end in a 500 there, while SQLite stores it quietly.
No browser sends them: they come from scanners and broken clients, and get a plain
400 before anything reads them. Form fields are checked by the forms themselves
(Django's ``CharField`` refuses NUL with a form error).
"""

import re
from urllib.parse import unquote_to_bytes

from django.http import HttpResponseBadRequest

# A page of its own: the site's templates would read the refused request (its path, its
# language) to draw the menu and the language switcher.
REFUSAL_PAGE = """<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Requête invalide – Bad request</title></head>
<body>
<main>
<h1>Requête invalide</h1>
<p role="alert">L'adresse demandée contient un caractère non autorisé.</p>
<p><a href="/fr/">Aller à l'accueil</a></p>
<div lang="en">
<h2>Bad request</h2>
<p>The address contains a character that is not allowed.</p>
<p><a href="/en/">Go to the home page</a></p>
</div>
</main>
</body>
</html>
"""

# NUL, and the surrogate code points, which only a broken or hostile client produces.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def unstorable(text):
    """True when ``text`` holds a character the database refuses."""
    return bool(text) and UNSTORABLE.search(text) is not None


def _query_unstorable(query_string):
    # Percent-decoded as Django will decode it, so that "%00" is seen as the NUL it becomes.
    return b"\x00" in unquote_to_bytes(query_string.replace("+", " ")) or unstorable(query_string)


class UnstorableInputMiddleware:
    """Answers 400 to a request whose path, query string, cookies or headers hold a
    character the database refuses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._refused(request):
            return HttpResponseBadRequest(REFUSAL_PAGE, content_type="text/html; charset=utf-8")
        return self.get_response(request)

    def _refused(self, request):
        meta = request.META
        return (
            unstorable(request.path)
            or unstorable(request.path_info)
            or _query_unstorable(meta.get("QUERY_STRING", ""))
            or any(unstorable(name) or unstorable(value) for name, value in request.COOKIES.items())
            or any(
                unstorable(value)
                for name, value in meta.items()
                if name.startswith("HTTP_") and isinstance(value, str)
            )
        )
