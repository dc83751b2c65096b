"""What staff use across the page types in the admin: the dashboard's panels, editorial and
translation reports, moderation, translations through moderation, and the page pickers."""
