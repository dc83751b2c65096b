from django.core.management.base import BaseCommand

from charity.operations.demo.loader import DemoContentLoader, has_content_pages


class Command(BaseCommand):
    help = (
        "Build the site with the charity's programs, diseases, partners, events and people, "
        "in French and English. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the demo content, including editors' changes to it, and build it again.",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has pages below the home pages.",
        )

    def handle(self, *args, reset=False, if_empty=False, **options):
        if if_empty and not reset and has_content_pages():
            self.stdout.write("The site already has content: no demo content loaded.")
            return
        loader = DemoContentLoader()
        created = loader.reset() if reset else loader.load()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {created['pages']} pages, {created['snippets']} people "
                f"and testimonials, {created['images']} images created."
            )
        )
