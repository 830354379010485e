"""Texts more than one use case says about verification."""

from handlers.i18n import N_

NOT_VERIFIED = N_(
    "Only members with a verified municipality can do this. Verify your work address with "
    "/verify email:name@yourmunicipality.se, or ask the board to approve you."
)
# Who did something, once they are erased (/forget-me).
A_MEMBER = N_("a member")
A_MEMBER_FROM = N_("a member from {municipality}")
HOW_TO_VERIFY = N_(
    "Your municipality comes from your verified work address: /verify email:ADDRESS. "
    "Without a municipal address, ask the board to approve you."
)
