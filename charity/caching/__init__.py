"""The caching that makes the site fast, one module per job.

- ``lifetimes``: how long a computed value is kept (for the request, on the instance,
  until the next change): the API the rest of the project uses.
- ``generation``: the number everything kept until the next change is filed under, and
  the thread that hears of purges made by other processes.
- ``fragments``: the cache behind ``{% wagtailcache %}``, on the same generation.
- ``stored_pages`` and ``middleware``: whole pages for visitors who are not logged in, and
  the same pages with their user bar for signed-in staff.
- ``renderer``: the process that renders stale pages again, most visited first.
- ``invalidation``: which changes purge (handed the project's models by its app config).
- ``backend``: the Redis cache, failing safe.
"""
