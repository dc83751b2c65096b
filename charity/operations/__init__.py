"""What operators run: backups and restores of the whole site, and the demo content."""
