"""What visitors use across the page types: the search, the language switcher, structured
data for search engines, the sitemap, and the views that are not pages (health check,
robots.txt, error pages)."""
