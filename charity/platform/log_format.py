"""Log records as JSON lines, for a log collector (LOG_FORMAT=json).

One JSON object per line: the time in UTC, the level, the logger's name, the message,
the formatted exception when there is one, and, for a record about a request (those of
django.request and django.security), the request's path and the response's status.
A traceback or a message over several lines stays on one line, its newlines escaped.
"""

import json
import logging
from datetime import UTC, datetime


class JsonLinesFormatter(logging.Formatter):
    """Formats each record as one JSON object on one line."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        # runserver's records carry the socket as their "request": no path there.
        path = getattr(request, "path", None)
        if isinstance(path, str):
            entry["path"] = path
        status = getattr(record, "status_code", None)
        if isinstance(status, int):
            entry["status"] = status
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
