"""The surveys open for answers and the meetings ahead, on the web (issue #20): each with the
button its post carries in chat (Answer, Propose an item), so answering and proposing run
through the same forms and use cases."""

from __future__ import annotations

from aiohttp import web

from bot.public.atom import safe_url
from bot.public.pages import form_locale
from bot.public.wishes import WishPages
from handlers.context import Context
from handlers.meetings.listing import meetings_ahead, meetings_recorded
from handlers.meetings.present import PROPOSE
from handlers.meetings.registration import REGISTER, UNREGISTER
from handlers.meetings.times import spoken
from handlers.surveys.authoring import ANSWER
from handlers.surveys.listing import surveys_open

SURVEYS_PATH, MEETINGS_PATH = "/surveys", "/meetings"


class SurveyPages:
    def __init__(self, ctx: Context) -> None:
        self.ctx, self.pages = ctx, WishPages(ctx)

    async def open_list(self, request: web.Request) -> web.Response:
        lang = form_locale(request)
        surveys = [
            (survey, spoken(survey.closes_at, self.ctx.meetings.zone, lang))
            for survey in await surveys_open(self.ctx)
        ]
        return self.pages.page(
            request,
            "surveys.html",
            surveys=surveys,
            answer_action=ANSWER,  # the survey post's own Answer button
            act_path=self.pages.site.path("/do"),
            **await self.pages.values(request, lang),
        )

    async def meetings(self, request: web.Request) -> web.Response:
        lang = form_locale(request)
        meetings = [
            (meeting, spoken(meeting.starts_at, self.ctx.meetings.zone, lang))
            for meeting in await meetings_ahead(self.ctx)
        ]
        recordings = [
            (
                meeting,
                spoken(meeting.starts_at, self.ctx.meetings.zone, lang),
                safe_url(meeting.url),
            )
            for meeting in await meetings_recorded(self.ctx)
        ]
        return self.pages.page(
            request,
            "meetings.html",
            meetings=meetings,
            recordings=recordings,
            propose_action=PROPOSE,  # the meeting call's own button
            register_action=REGISTER,  # the user meeting's registration
            unregister_action=UNREGISTER,
            act_path=self.pages.site.path("/do"),
            calendar_url=self.pages.site.path("/meetings.ics"),
            **await self.pages.values(request, lang),
        )


def add_survey_routes(app: web.Application, ctx: Context) -> None:
    """GET /surveys, /meetings."""
    pages = SurveyPages(ctx)
    app.router.add_get(SURVEYS_PATH, pages.open_list)
    app.router.add_get(MEETINGS_PATH, pages.meetings)
