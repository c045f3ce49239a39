"""Reference values for src/schema/datetime-format.ts: Python's datetime.strptime on each
(format, token) pair (the token trimmed, as the loader trims fields); the expected value is milliseconds since the Unix epoch (UTC, a naive time
taken as UTC), or null when strptime refuses the token.
Deliberate difference, not listed: strptime reads day 366 of a non-leap year ("2023-366" with
%Y-%j) as the next 1 January; mlgate refuses it as not a date.
Run: /usr/bin/python3 scripts/reference/datetime_formats.py > test/fixtures/validate-data/datetime-formats.json"""
import json
import sys
from datetime import datetime, timezone

PAIRS = [
    ("%Y-%m-%d", "2024-03-01"), ("%Y-%m-%d", "2024-02-29"), ("%Y-%m-%d", "2023-02-29"),
    ("%Y-%m-%d", "2024-3-1"), ("%Y-%m-%d", "2024-13-01"), ("%Y-%m-%d", "24-03-01"),
    ("%d/%m/%Y", "31/12/1999"), ("%d/%m/%Y", "31/11/1999"), ("%d/%m/%Y", "1/2/2000"),
    ("%m/%d/%y", "12/31/68"), ("%m/%d/%y", "12/31/69"), ("%m/%d/%y", "01/01/00"),
    ("%Y%m%d", "20240102"), ("%Y%m%d", "20241301"),
    ("%Y-%m-%d %H:%M:%S", "2024-03-01 23:59:59"), ("%Y-%m-%d %H:%M:%S", "2024-03-01 24:00:00"),
    ("%Y-%m-%d %H:%M", "2024-03-01 7:05"),
    ("%Y-%m-%dT%H:%M:%S.%f", "2024-03-01T12:00:00.5"), ("%Y-%m-%dT%H:%M:%S.%f", "2024-03-01T12:00:00.123456"),
    ("%Y-%m-%dT%H:%M:%S%z", "2024-03-01T12:00:00+02:00"), ("%Y-%m-%dT%H:%M:%S%z", "2024-03-01T12:00:00-0530"),
    ("%Y-%m-%dT%H:%M:%S%z", "2024-03-01T12:00:00Z"),
    ("%d %b %Y", "05 Mar 2024"), ("%d %b %Y", "05 mar 2024"), ("%d %B %Y", "5 September 2024"), ("%d %b %Y", "05 Mrz 2024"),
    ("%I:%M %p", "12:30 AM"), ("%I:%M %p", "12:30 PM"), ("%I:%M %p", "01:15 pm"), ("%I:%M %p", "13:15 PM"),
    ("%Y-%j", "2024-060"), ("%Y-%j", "2023-365"), ("%Y-%j", "2024-367"),
    ("%H:%M", "08:30"),
    ("%Y/%m/%d", "2024-03-01"), ("%Y-%m-%d", "2024-03-01 "),
    ("%F", "2024-03-01"), ("%F %T", "2024-03-01 10:20:30"),
    ("week %Y-%m-%d (%%)", "week 2024-03-01 (%)"),
]


def millis(fmt, token):
    try:
        # Python has no %F / %T in strptime on every platform: expand them as the code does.
        value = datetime.strptime(token.strip(), fmt.replace("%F", "%Y-%m-%d").replace("%T", "%H:%M:%S"))
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    delta = value - datetime(1970, 1, 1, tzinfo=timezone.utc)
    return (delta.days * 86400 + delta.seconds) * 1000 + delta.microseconds / 1000


json.dump({
    "oracle": f"Python {sys.version.split()[0]} datetime.strptime",
    "cases": [[fmt, token, millis(fmt, token)] for fmt, token in PAIRS],
}, sys.stdout, indent=1)
print()
