"""Django's Redis cache backend (django.core.cache.backends.redis, Django 5.2.19), opened up."""

from django.core.cache.backends.redis import RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django builds a new redis-py client for every cache call, and building one fills a
    table of 169 response callbacks: 0.15 ms, more than the call itself. The clients are
    thread-safe and share the connection pool: one per pool is kept.

    Mirrors ``RedisCacheClient.get_client`` with the private ``_get_connection_pool_index``,
    ``_get_connection_pool`` and ``_client`` it reads. Can go when Django keeps its clients.
    """

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        clients = self.__dict__.setdefault("_clients", {})
        if index not in clients:
            clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return clients[index]


def reuse_one_client_per_pool(cache):
    """Makes ``cache`` (a ``RedisCache`` being built) use ``ReusedClientRedisCacheClient``,
    through ``RedisCache._class``, the private attribute ``RedisCache.__init__`` sets and
    its ``_cache`` property instantiates. Can go with ``ReusedClientRedisCacheClient``."""
    cache._class = ReusedClientRedisCacheClient


def redis_servers(cache):
    """The Redis locations of ``cache``, ``RedisCache._servers`` (private)."""
    return cache._servers


def redis_client(cache):
    """The redis-py client that ``cache`` writes with (``RedisCache._cache``, private): the
    page cache listens to purges on it. Can go if Django exposes its client."""
    return cache._cache.get_client(write=True)
