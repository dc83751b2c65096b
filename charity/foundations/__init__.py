"""What every page app builds with: stream blocks, cards, admin panels and listings, pagination,
links resolved in the visitor's language, navigation, formatting of amounts and dates, charts.

Nothing here knows a page type: the page models (programs, diseases, partners,
charity.models) stand on it, never the other way round.
"""
