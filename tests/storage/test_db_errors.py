"""A failed statement's error (which is logged) carries no member's text or address."""

from __future__ import annotations

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from storage.db import Database
from storage.models import MemberRow


async def test_a_database_error_names_no_values(db: Database) -> None:
    secret = "Hemligt meddelande till anna@vaxjo.se"
    with pytest.raises(IntegrityError) as caught:
        async with db.transaction() as session:
            values = {"platform": "slack", "user_id": "U1", "display_name": secret}
            await session.execute(insert(MemberRow), [values, values])  # the same account twice
    assert "Hemligt" not in str(caught.value) and "anna@" not in str(caught.value)
    assert "hidden due to hide_parameters" in str(caught.value)
