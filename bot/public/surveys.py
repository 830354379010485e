"""The surveys open for answers, on the web (issue #20): each with the Answer button its post
carries in chat, so answering runs through the same forms and use case."""

from __future__ import annotations

from aiohttp import web

from bot.public.wishes import WishPages, page_locale
from handlers.context import Context
from handlers.meetings.times import spoken
from handlers.surveys.listing import ANSWER_ACTION, surveys_open

SURVEYS_PATH = "/surveys"


class SurveyPages:
    def __init__(self, ctx: Context) -> None:
        self.ctx, self.pages = ctx, WishPages(ctx)

    async def open_list(self, request: web.Request) -> web.Response:
        lang = page_locale(request)
        surveys = [
            (survey, spoken(survey.closes_at, self.ctx.meetings.zone, lang))
            for survey in await surveys_open(self.ctx)
        ]
        return self.pages.page(
            request,
            "surveys.html",
            surveys=surveys,
            answer_action=ANSWER_ACTION,
            act_path=self.pages.site.path("/do"),
            **await self.pages.values(request, lang),
        )


def add_survey_routes(app: web.Application, ctx: Context) -> None:
    """GET /surveys."""
    app.router.add_get(SURVEYS_PATH, SurveyPages(ctx).open_list)
