"""Erasing a person (GDPR's right to erasure): what is theirs goes, what is the association's
stays without them.

Two steps, so the use case can queue its outbox work in between: `subject_of` gathers what
the person touched (accounts, address, messages, supports), `erase` removes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.discussion_models import FollowDigestRow, WishCommentRow, WishFollowRow
from storage.erase_outbox import delete_addressed, scrub
from storage.feed_models import FeedRow, MinutesRow
from storage.handoff_models import HandoffBatchRow
from storage.mail_models import MailSubscriberRow
from storage.meeting_models import AgendaItemRow, MeetingRow, RegistrationRow
from storage.mirror_models import (
    AnnouncementRow,
    BridgeChannelRow,
    BridgedMessageRow,
    BridgeRow,
)
from storage.models import ChannelTopicRow, FormDraftRow, MemberRow, PlatformStateRow
from storage.people_models import (
    ActionRow,
    AffiliationChangeRow,
    BoardDomainRow,
    PersonRow,
    VerificationCodeRow,
)
from storage.platform_state import MEMBER_KINDS, member_key
from storage.portal import forget_portal
from storage.round_models import RoundPointChangeRow, RoundPointsRow, RoundRow
from storage.survey_models import SurveyAnswerRow, SurveyRow
from storage.wish_models import WishDraftRow, WishEventRow, WishRow, WishSupportRow
from storage.wishlist_requests import forget_member

# Names copied into a row when someone acted (board actions kept as strings).
NAME_COLUMNS: tuple[Any, ...] = (
    BridgeRow.created_by,
    BridgeChannelRow.added_by,
    ChannelTopicRow.added_by,
    FeedRow.added_by,
    MailSubscriberRow.added_by,
    MeetingRow.created_by,
    MinutesRow.posted_by,
    RoundRow.opened_by,
    SurveyRow.created_by,
    AgendaItemRow.decided_by,
    AnnouncementRow.author_name,
    WishEventRow.actor,
    HandoffBatchRow.sent_by,
)
# References to the person that stay, emptied: the row is the association's record.
PERSON_REFERENCES: tuple[Any, ...] = (
    PersonRow.verified_by_id,
    PersonRow.blocked_by_id,
    AffiliationChangeRow.by_id,
    BoardDomainRow.added_by_id,
    WishEventRow.actor_id,
    RoundPointsRow.changed_by_id,
    RoundPointChangeRow.person_id,
    WishCommentRow.hidden_by_id,
    HandoffBatchRow.sent_by_id,
)
ACCOUNT_REFERENCES: tuple[Any, ...] = (
    WishRow.submitted_by_id,
    AgendaItemRow.proposer_id,
    AnnouncementRow.author_id,
)
# What is the person's alone and goes with them.
PERSON_ROWS: tuple[Any, ...] = (
    WishSupportRow,
    SurveyAnswerRow,
    VerificationCodeRow,
    ActionRow,
    AffiliationChangeRow,
    WishFollowRow,
    FollowDigestRow,
    RegistrationRow,
)


@dataclass
class Subject:
    """What one person touched, read before anything is removed."""

    person: PersonRow
    accounts: list[MemberRow]
    subscriber_id: int | None  # the e-mail list entry at their verified address
    code_ids: list[int]  # their verification requests (mail addressed to them)
    messages: list[int]  # their bridged messages still shown: copies to be deleted
    supported: list[int]  # wishes they support (their cards change)
    names: set[str] = field(default_factory=set)  # theirs alone (no one else is so called)
    written: list[int] = field(default_factory=list)  # every bridged message of theirs
    written_ids: list[str] = field(default_factory=list)  # and those messages' platform ids
    comments: list[int] = field(default_factory=list)  # their wish comments still shown

    @property
    def account_ids(self) -> list[int]:
        return [account.id for account in self.accounts]


async def subject_of(session: AsyncSession, person: PersonRow) -> Subject:
    accounts = list(
        (await session.execute(select(MemberRow).where(MemberRow.person_id == person.id))).scalars()
    )
    ids = [account.id for account in accounts]
    subscriber = None
    if person.email:
        subscriber = await session.scalar(
            select(MailSubscriberRow.id).where(MailSubscriberRow.address == person.email)
        )
    codes = await session.scalars(
        select(VerificationCodeRow.id).where(VerificationCodeRow.person_id == person.id)
    )
    written = list(
        await session.execute(
            select(
                BridgedMessageRow.id, BridgedMessageRow.message_id, BridgedMessageRow.deleted_at
            ).where(BridgedMessageRow.author_id.in_(ids))
        )
    )
    supported = await session.scalars(
        select(WishSupportRow.wish_id).where(WishSupportRow.person_id == person.id)
    )
    comments = await session.scalars(
        select(WishCommentRow.id).where(
            WishCommentRow.person_id == person.id, WishCommentRow.deleted_at.is_(None)
        )
    )
    return Subject(
        person,
        accounts,
        subscriber,
        list(codes),
        messages=[row_id for row_id, _message, deleted in written if deleted is None],
        supported=list(supported),
        names=await _own_names(session, person, accounts),
        written=[row_id for row_id, _message, _deleted in written],
        written_ids=[message for _row_id, message, _deleted in written],
        comments=list(comments),
    )


async def _own_names(
    session: AsyncSession, person: PersonRow, accounts: list[MemberRow]
) -> set[str]:
    """The person's names no one else bears: another Anna Svensson's records stay hers."""
    names = {person.display_name, *(a.display_name for a in accounts)} - {""}
    others = (
        select(MemberRow.display_name)
        .where(MemberRow.person_id != person.id, MemberRow.display_name.in_(names))
        .union(
            select(PersonRow.display_name).where(
                PersonRow.id != person.id, PersonRow.display_name.in_(names)
            )
        )
    )
    return names - set(await session.scalars(others))


async def subscriber_at(session: AsyncSession, address: str) -> int | None:
    """The e-mail list entry at an address (a member on no chat has only this)."""
    return await session.scalar(
        select(MailSubscriberRow.id).where(MailSubscriberRow.address == address)
    )


async def erase_subscriber(
    session: AsyncSession, subscriber_id: int, *, addressed: Sequence[tuple[str, str]]
) -> None:
    """Remove a list entry and the mail queued for it (not kept as unsubscribed: an erase
    leaves nothing, so a later import could bring the address back)."""
    await delete_addressed(session, addressed)
    await session.execute(delete(MailSubscriberRow).where(MailSubscriberRow.id == subscriber_id))


async def erase(
    session: AsyncSession,
    subject: Subject,
    *,
    addressed: Sequence[tuple[str, str]],
    placeholder: str,
    now: datetime,
) -> None:
    """Remove the person: their own rows, their accounts and address, the outbox rows
    `addressed` to them (platform, target); their name where it was copied becomes
    `placeholder`; their bridged messages lose text and author."""
    person_id, accounts = subject.person.id, subject.account_ids
    await delete_addressed(session, addressed)
    await scrub(
        session,
        messages=subject.written,
        comments=subject.comments,
        message_ids=subject.written_ids,
        names=subject.names,
        placeholder=placeholder,
    )
    for column in NAME_COLUMNS:
        await session.execute(
            update(column.class_).where(column.in_(subject.names)).values({column.key: placeholder})
        )
    for column in PERSON_REFERENCES:
        await session.execute(
            update(column.class_).where(column == person_id).values({column.key: None})
        )
    for column in ACCOUNT_REFERENCES:
        await session.execute(
            update(column.class_).where(column.in_(accounts)).values({column.key: None})
        )
    await session.execute(
        update(BridgedMessageRow)
        .where(BridgedMessageRow.author_id.in_(accounts))
        .values(
            author_id=None, author_avatar_url=None, text="", attachments=[],
            deleted_at=func.coalesce(BridgedMessageRow.deleted_at, now),
        )
    )  # fmt: skip
    await session.execute(
        update(WishCommentRow)
        .where(WishCommentRow.person_id == person_id)
        .values(
            person_id=None, author_name=placeholder, text="",
            deleted_at=func.coalesce(WishCommentRow.deleted_at, now),
        )
    )  # fmt: skip
    for model in PERSON_ROWS:
        await session.execute(delete(model).where(model.person_id == person_id))
    await session.execute(delete(WishDraftRow).where(WishDraftRow.member_id.in_(accounts)))
    await session.execute(delete(FormDraftRow).where(FormDraftRow.member_id.in_(accounts)))
    await forget_portal(session, member_ids=accounts, email=subject.person.email)
    for account in subject.accounts:  # what a platform kept about them (a direct room)
        await forget_member(session, platform=account.platform, user_id=account.user_id)
        await session.execute(
            delete(PlatformStateRow).where(
                PlatformStateRow.platform == account.platform,
                PlatformStateRow.key.in_(
                    [member_key(kind, account.user_id) for kind in MEMBER_KINDS]
                ),
            )
        )
    if subject.subscriber_id is not None:
        await session.execute(
            delete(MailSubscriberRow).where(MailSubscriberRow.id == subject.subscriber_id)
        )
    await session.execute(delete(MemberRow).where(MemberRow.id.in_(accounts)))
    await session.execute(delete(PersonRow).where(PersonRow.id == person_id))
    session.expunge_all()  # rows read before refer to what is gone
