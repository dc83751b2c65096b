"""The charity's content, in French and English, to build a complete site in one command.

The texts and figures come from the charity's own pages. ``loader`` writes them into the
database; ``python manage.py load_demo_content`` runs it.
"""
