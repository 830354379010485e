"""Everything kept about one person, gathered for them to see (GDPR's right of access)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.discussion_models import WishCommentRow, WishFollowRow
from storage.mail_models import MailSubscriberRow
from storage.meeting_models import AgendaItemRow, RegistrationRow
from storage.mirror_models import AnnouncementRow, BridgedMessageRow
from storage.models import MemberRow
from storage.people_models import AffiliationChangeRow, PersonRow, VerificationCodeRow
from storage.portal_models import SignInRow, WebSessionRow
from storage.round_models import RoundPointChangeRow
from storage.survey_models import SurveyAnswerRow
from storage.wish_models import WishRow, WishSupportRow


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


Fields = dict[str, str | Callable[[Any], Any]]  # output name -> attribute, or a function


def _value(row: Any, field: str | Callable[[Any], Any]) -> Any:
    value = field(row) if callable(field) else getattr(row, field)
    return _when(value) if isinstance(value, datetime) else value


async def _section(
    session: AsyncSession, column: Any, ids: Sequence[int | str], fields: Fields
) -> list[dict[str, Any]]:
    """Every row whose `column` is one of `ids` (or addresses), oldest first, as the chosen
    fields."""
    model = column.class_
    result = await session.execute(select(model).where(column.in_(ids)).order_by(model.id))
    return [
        {name: _value(row, field) for name, field in fields.items()} for row in result.scalars()
    ]


async def personal_data(session: AsyncSession, person: PersonRow) -> dict[str, Any]:
    """A JSON-ready account of the person: their accounts, verification, settings, and every
    row that refers to them (to the person, to one of their accounts, or to their verified
    address: the web's sign-in links, which erasing removes with it). Codes are never
    stored, so none are shown; nor is a sign-in link's salt or a session's hash, from which
    a link or a cookie could be checked."""
    accounts = list(
        (await session.execute(select(MemberRow).where(MemberRow.person_id == person.id))).scalars()
    )
    mine, theirs = [person.id], [a.id for a in accounts]
    addresses = [person.email] if person.email else []
    by_account = {a.id: f"{a.platform}:{a.user_id}" for a in accounts}
    sections: dict[str, tuple[Any, Sequence[int | str], Fields]] = {
        "accounts": (
            MemberRow.person_id, mine,
            {"platform": "platform", "user_id": "user_id", "name": "display_name",
             "since": "created_at"},
        ),
        "municipality_changes": (
            AffiliationChangeRow.person_id, mine,
            {"before": "before", "after": "after", "how": "how", "at": "created_at"},
        ),
        "verification_requests": (
            VerificationCodeRow.person_id, mine,
            {"email": "email", "asked": "created_at", "used": "used_at"},
        ),
        "web_sign_ins": (
            SignInRow.email, addresses,
            {"email": "email", "municipality": "municipality", "language": "locale",
             "next": "next_path", "asked": "created_at", "expires": "expires_at",
             "used": "used_at"},
        ),
        "web_sessions": (
            WebSessionRow.member_id, theirs,
            {"account": lambda row: by_account[row.member_id], "started": "created_at",
             "last_seen": "last_seen_at", "expires": "expires_at"},
        ),
        "wishes_submitted": (
            WishRow.submitted_by_id, theirs,
            {"number": "id", "title": "title", "status": "status", "at": "created_at"},
        ),
        "supports": (WishSupportRow.person_id, mine, {"wish": "wish_id", "at": "created_at"}),
        "round_point_changes": (
            RoundPointChangeRow.person_id, mine,
            {"round": "round_id", "wish": "wish_id", "municipality": "municipality",
             "before": "before", "after": "after", "at": "created_at"},
        ),
        "survey_answers": (
            SurveyAnswerRow.person_id, mine,
            {"survey": "survey_id", "answers": "answers", "complete": "complete",
             "at": "updated_at"},
        ),
        "agenda_proposals": (
            AgendaItemRow.proposer_id, theirs,
            {"number": "id", "meeting": "meeting_id", "text": "text", "status": "status",
             "account": lambda item: by_account[item.proposer_id], "at": "created_at"},
        ),
        "meeting_registrations": (
            RegistrationRow.person_id, mine,
            {"meeting": "meeting_id", "workshop": "workshop_id", "status": "status",
             "at": "created_at"},
        ),
        "bridged_messages": (
            BridgedMessageRow.author_id, theirs,
            {"platform": "platform", "channel": "channel_id", "message": "message_id",
             "at": "created_at", "deleted": "deleted_at"},
        ),
        "wish_comments": (
            WishCommentRow.person_id, mine,
            {"number": "id", "wish": "wish_id", "where": "platform", "text": "text",
             "at": "created_at", "edited": "edited_at", "hidden": "hidden_at"},
        ),
        "wishes_followed": (
            WishFollowRow.person_id, mine,
            {"wish": "wish_id", "following": "following", "at": "updated_at"},
        ),
        "announcements": (
            AnnouncementRow.author_id, theirs,
            {"number": "id", "title": "title", "at": "created_at"},
        ),
    }  # fmt: skip
    data: dict[str, Any] = {
        "person": {
            "number": person.id,
            "name": person.display_name,
            "email": person.email,
            "municipality": person.municipality,
            "verified_via": person.verified_via,
            "verified_at": _when(person.verified_at),
            "language": person.locale,
            "notifications": person.notifications,
            "blocked": person.blocked_at is not None,
            "first_seen": _when(person.created_at),
        },
    }
    for name, (column, ids, fields) in sections.items():
        data[name] = await _section(session, column, ids, fields)
    data["email_subscription"] = await _subscription(session, person.email)
    return data


async def _subscription(session: AsyncSession, email: str | None) -> dict[str, Any] | None:
    """The e-mail list entry at the person's verified address, if there is one."""
    if not email:
        return None
    row = (
        await session.execute(select(MailSubscriberRow).where(MailSubscriberRow.address == email))
    ).scalar_one_or_none()
    if row is None:
        return None
    return {"address": row.address, "status": row.status, "since": _when(row.created_at)}
