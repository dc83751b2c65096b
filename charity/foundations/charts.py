"""Bar charts drawn on the server as SVG: readable without JavaScript, printable, accessible.

Each bar has its label written above it and its value after it, so nothing is
told by colour alone; the chart's description lists every value for screen
readers, and pages show the same figures in a table next to it.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.text import Truncator

WIDTH = 360
ROW_HEIGHT = 40
BAR_HEIGHT = 14
LABEL_SIZE = 13
# Room right of the longest bar for its value.
VALUE_ROOM = 84
LABEL_CHARACTERS = 46
SEPARATOR = "; "


@dataclass(frozen=True)
class Bar:
    label: str
    value_label: str
    label_y: int
    bar_y: int
    width: int
    value_x: int
    value_y: int


def bar_chart(chart_id, title, items, format_value=str):
    """The geometry of a horizontal bar chart of ``items`` (each with ``label`` and ``amount``)."""
    items = list(items)
    largest = max((item.amount for item in items), default=Decimal(0))
    room = WIDTH - VALUE_ROOM
    bars = []
    for index, item in enumerate(items):
        top = index * ROW_HEIGHT
        width = int(room * item.amount / largest) if largest > 0 else 0
        if item.amount > 0:
            # The smallest amount still shows as a bar.
            width = max(width, 2)
        bar_y = top + LABEL_SIZE + 8
        bars.append(
            Bar(
                label=Truncator(item.label).chars(LABEL_CHARACTERS),
                value_label=format_value(item.amount),
                label_y=top + LABEL_SIZE + 2,
                bar_y=bar_y,
                width=width,
                value_x=width + 6,
                value_y=bar_y + BAR_HEIGHT - 3,
            )
        )
    return {
        "id": chart_id,
        "title": title,
        "description": SEPARATOR.join(
            f"{item.label}: {format_value(item.amount)}" for item in items
        ),
        "bars": bars,
        "width": WIDTH,
        "height": max(len(bars), 1) * ROW_HEIGHT,
        "bar_height": BAR_HEIGHT,
        "label_size": LABEL_SIZE,
    }
