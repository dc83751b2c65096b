"""Run the stale-page renderer (charity.caching.renderer) until stopped."""

import signal
import sys

from django.core.management.base import BaseCommand, CommandError
from django.core.wsgi import get_wsgi_application

from charity.caching import renderer
from charity.caching.generation import redis_client_of_default_cache


class Command(BaseCommand):
    help = (
        "Render the pages a change made stale, most visited first, so that the web "
        "workers never do it (needs REDIS_URL; `make serve` runs it)."
    )

    def handle(self, *args, **options):
        if redis_client_of_default_cache() is None:
            raise CommandError("The stale-page renderer needs the cache in Redis: set REDIS_URL.")
        # Stopped by its supervisor: say at once that no renderer runs any more, so that
        # the web workers render stale pages themselves until another one starts.
        signal.signal(signal.SIGTERM, lambda *args: sys.exit(0))
        self.stdout.write("Rendering stale pages, most visited first.")
        renderer.StalePageRenderer(get_wsgi_application()).run_forever()
