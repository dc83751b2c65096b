"""Placeholder illustrations and logos, drawn with Pillow in the site's colours.

They stand in for real photographs and logos until the charity uploads its own: soft
abstract shapes with the subject's name for pages, a plain wordmark for partners. The
same name always gives the same picture, so a rebuild draws identical files.
"""

import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

INK = "#2b2233"
BRAND = "#a3284f"
BRAND_DARK = "#7d1c3b"
ACCENT = "#f4b942"
CREAM = "#fbf6f1"
WARM_CREAM = "#f6e7d8"
BLUSH = "#e9b9c6"
SHAPE_COLOURS = [BRAND, ACCENT, BLUSH, WARM_CREAM, BRAND_DARK]

ILLUSTRATION_SIZE = (1600, 900)
LOGO_SIZE = (800, 400)
# Shapes are painted small, blurred and scaled up: smooth gradients in a few milliseconds.
SKETCH_SCALE = 10


def _font(size):
    for name in ("DejaVuSerif-Bold.ttf", "LiberationSerif-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _seeded_random(text):
    return random.Random(hashlib.sha256(text.encode()).digest())


def _wrap(draw, text, font, max_width):
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _fit_text(draw, text, box_width, box_height, largest, smallest=28):
    """The largest font size at which the wrapped text fits the box, and its lines."""
    size = largest
    while True:
        font = _font(size)
        lines = _wrap(draw, text, font, box_width)
        line_height = int(size * 1.2)
        widest = max(draw.textlength(line, font=font) for line in lines)
        if (widest <= box_width and line_height * len(lines) <= box_height) or size <= smallest:
            return font, lines, line_height
        size -= 4


def illustration(text):
    """A 1600×900 JPEG: blurred shapes in the brand colours with ``text`` on a cream card."""
    width, height = ILLUSTRATION_SIZE
    rng = _seeded_random(text)
    sketch = Image.new("RGB", (width // SKETCH_SCALE, height // SKETCH_SCALE), CREAM)
    draw = ImageDraw.Draw(sketch)
    for colour in rng.sample(SHAPE_COLOURS, k=4):
        radius = rng.randint(18, 42)
        x = rng.randint(0, sketch.width)
        y = rng.randint(0, sketch.height)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    picture = sketch.filter(ImageFilter.GaussianBlur(9)).resize(
        ILLUSTRATION_SIZE, Image.Resampling.BICUBIC
    )

    draw = ImageDraw.Draw(picture, "RGBA")
    # Centred and narrow enough that the name survives the crops of cards and banners,
    # down to the home page's 4:3 hero.
    card = (240, height // 2 - 135, width - 240, height // 2 + 135)
    draw.rounded_rectangle(card, radius=36, fill=(251, 246, 241, 235))
    draw.rectangle((card[0] + 48, card[1] + 44, card[0] + 168, card[1] + 54), fill=BRAND)
    text_box = (card[0] + 48, card[1] + 84, card[2] - 48, card[3] - 36)
    font, lines, line_height = _fit_text(
        draw, text, text_box[2] - text_box[0], text_box[3] - text_box[1], largest=96
    )
    y = text_box[1]
    for line in lines:
        draw.text((text_box[0], y), line, font=font, fill=INK)
        y += line_height

    output = io.BytesIO()
    picture.save(output, "JPEG", quality=80, optimize=True, progressive=True)
    return output.getvalue()


def wordmark(text):
    """An 800×400 PNG logo: the partner's name in the brand colour on cream."""
    width, height = LOGO_SIZE
    picture = Image.new("RGB", LOGO_SIZE, CREAM)
    draw = ImageDraw.Draw(picture)
    font, lines, line_height = _fit_text(draw, text, width - 120, height - 160, largest=110)
    y = (height - line_height * len(lines)) // 2
    for line in lines:
        line_width = draw.textlength(line, font=font)
        draw.text(((width - line_width) / 2, y), line, font=font, fill=BRAND)
        y += line_height
    draw.rectangle((width / 2 - 60, height - 70, width / 2 + 60, height - 62), fill=ACCENT)

    output = io.BytesIO()
    picture.quantize(colors=32).save(output, "PNG", optimize=True)
    return output.getvalue()
