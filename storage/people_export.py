"""Everything kept about one person, gathered for them to see (GDPR's right of access)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.mail_models import MailSubscriberRow
from storage.meeting_models import AgendaItemRow
from storage.mirror_models import AnnouncementRow, BridgedMessageRow
from storage.models import MemberRow
from storage.people_models import AffiliationChangeRow, PersonRow, VerificationCodeRow
from storage.round_models import RoundPointChangeRow
from storage.survey_models import SurveyAnswerRow
from storage.wish_models import WishRow, WishSupportRow


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


async def _rows(session: AsyncSession, statement: Any) -> list[Any]:
    return list((await session.execute(statement)).scalars())


async def personal_data(session: AsyncSession, person: PersonRow) -> dict[str, Any]:
    """A JSON-ready account of the person: their accounts, verification, settings, and every
    row that refers to them. Codes are never stored, so none are shown."""
    accounts = await _rows(session, select(MemberRow).where(MemberRow.person_id == person.id))
    account_ids = [a.id for a in accounts]
    by_account = {a.id: f"{a.platform}:{a.user_id}" for a in accounts}
    return {
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
        "accounts": [
            {
                "platform": a.platform,
                "user_id": a.user_id,
                "name": a.display_name,
                "since": _when(a.created_at),
            }
            for a in accounts
        ],
        "municipality_changes": [
            {"before": c.before, "after": c.after, "how": c.how, "at": _when(c.created_at)}
            for c in await _rows(
                session,
                select(AffiliationChangeRow)
                .where(AffiliationChangeRow.person_id == person.id)
                .order_by(AffiliationChangeRow.id),
            )
        ],
        "verification_requests": [
            {"email": c.email, "asked": _when(c.created_at), "used": _when(c.used_at)}
            for c in await _rows(
                session,
                select(VerificationCodeRow)
                .where(VerificationCodeRow.person_id == person.id)
                .order_by(VerificationCodeRow.id),
            )
        ],
        "wishes_submitted": [
            {"number": w.id, "title": w.title, "status": w.status, "at": _when(w.created_at)}
            for w in await _rows(
                session,
                select(WishRow)
                .where(WishRow.submitted_by_id.in_(account_ids))
                .order_by(WishRow.id),
            )
        ],
        "supports": [
            {"wish": s.wish_id, "at": _when(s.created_at)}
            for s in await _rows(
                session,
                select(WishSupportRow)
                .where(WishSupportRow.person_id == person.id)
                .order_by(WishSupportRow.id),
            )
        ],
        "round_point_changes": [
            {
                "round": c.round_id,
                "wish": c.wish_id,
                "municipality": c.municipality,
                "before": c.before,
                "after": c.after,
                "at": _when(c.created_at),
            }
            for c in await _rows(
                session,
                select(RoundPointChangeRow)
                .where(RoundPointChangeRow.person_id == person.id)
                .order_by(RoundPointChangeRow.id),
            )
        ],
        "survey_answers": [
            {
                "survey": a.survey_id,
                "answers": a.answers,
                "complete": a.complete,
                "at": _when(a.updated_at),
            }
            for a in await _rows(
                session,
                select(SurveyAnswerRow)
                .where(SurveyAnswerRow.person_id == person.id)
                .order_by(SurveyAnswerRow.id),
            )
        ],
        "agenda_proposals": [
            {
                "number": i.id,
                "meeting": i.meeting_id,
                "text": i.text,
                "status": i.status,
                "account": by_account[i.proposer_id],
                "at": _when(i.created_at),
            }
            for i in await _rows(
                session,
                select(AgendaItemRow)
                .where(AgendaItemRow.proposer_id.in_(account_ids))
                .order_by(AgendaItemRow.id),
            )
        ],
        "bridged_messages": [
            {
                "platform": m.platform,
                "channel": m.channel_id,
                "message": m.message_id,
                "at": _when(m.created_at),
                "deleted": _when(m.deleted_at),
            }
            for m in await _rows(
                session,
                select(BridgedMessageRow)
                .where(BridgedMessageRow.author_id.in_(account_ids))
                .order_by(BridgedMessageRow.id),
            )
        ],
        "announcements": [
            {"number": a.id, "title": a.title, "at": _when(a.created_at)}
            for a in await _rows(
                session,
                select(AnnouncementRow)
                .where(AnnouncementRow.author_id.in_(account_ids))
                .order_by(AnnouncementRow.id),
            )
        ],
        "email_subscription": await _subscription(session, person.email),
    }


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
