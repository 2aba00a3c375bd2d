"""Schemathesis hooks of NDIP (loaded through SCHEMATHESIS_HOOKS by tools/fuzz/schemathesis.js).

Custom check: every 4xx answer of the gateway is RFC 9457 application/problem+json with a status and a code.
"""
import json

import schemathesis


@schemathesis.check
def problem_json_4xx(ctx, response, case):
    if not 400 <= response.status_code < 500:
        return None
    content_type = (response.headers.get("content-type") or response.headers.get("Content-Type") or [""])
    if isinstance(content_type, list):
        content_type = content_type[0] if content_type else ""
    if not content_type.startswith("application/problem+json"):
        raise AssertionError(f"{response.status_code} answered as {content_type!r}, expected application/problem+json")
    try:
        body = json.loads(response.content or b"null")
    except ValueError as e:
        raise AssertionError(f"{response.status_code} problem body is not JSON: {e}") from e
    if not isinstance(body, dict) or body.get("status") != response.status_code or not isinstance(body.get("code"), str):
        raise AssertionError(f"{response.status_code} problem body lacks a matching status or a code: {str(body)[:300]}")
    return None
