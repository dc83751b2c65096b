"""Infrastructure that knows Django and Wagtail but no page model: security headers, login
throttling, the search backend, and the admin's names in each staff member's language."""
