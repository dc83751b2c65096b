"""redis-py (8.1.0), opened up."""


def pubsub_socket(pubsub):
    """The socket a subscribed ``redis.client.PubSub`` reads from (its connection's private
    ``_sock``): the page cache polls it with ``select`` to know, without a round trip,
    whether a purge was announced. Can go if redis-py tells whether a message waits
    without reading it."""
    return pubsub.connection._sock
