"""/survey: the board makes, publishes and reads surveys; members answer with the button."""

from __future__ import annotations

from handlers.catalogue import (
    CommandSpec,
    InteractionSpec,
    id_option,
)
from handlers.i18n import N_
from handlers.surveys import answer, authoring
from handlers.surveys.results import RESULTS_INTERACTIONS, results_command

NUMBER = id_option("number", N_("The survey's number"), sv="nummer", required=True)

COMMAND = CommandSpec(
    "survey",
    N_("Member surveys: make, publish, see the results"),
    sv="enkät",
    board_only=True,
    subcommands=(
        CommandSpec(
            "create", N_("Make a survey (a form)"), sv="skapa", handler=authoring.create_command
        ),
        CommandSpec(
            "publish",
            N_("Post a survey with an Answer button to the announcement channels"),
            sv="publicera",
            options=(NUMBER,),
            handler=authoring.publish_command,
        ),
        CommandSpec(
            "results",
            N_("Counts and shares per question and per municipality"),
            sv="resultat",
            options=(NUMBER,),
            handler=results_command,
        ),
    ),
)

INTERACTIONS = (
    InteractionSpec(
        authoring.FORM_ID, authoring.form_submitted, board_only=True, form=authoring.survey_form
    ),
    InteractionSpec(authoring.ANSWER, answer.answer_clicked),
    InteractionSpec(answer.FORM_ID, answer.form_submitted, form=answer.answer_form),
    *RESULTS_INTERACTIONS,
)
