"""Texts more than one use case says about verification, and how a person is named."""

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


def bare_name(name: str, municipality: str | None) -> str:
    """A name without its municipality at the end: a web-only member is named "Medlem, Mora",
    and a line that gives the municipality itself must not say it twice."""
    if municipality and name.endswith(f", {municipality}"):
        return name.removesuffix(f", {municipality}")
    return name


def named_with_municipality(name: str, municipality: str | None) -> str:
    """`Anna, Mora`, and "Medlem, Mora" for a web-only member (not "Medlem, Mora, Mora")."""
    if not municipality or name == municipality:
        return name
    return f"{bare_name(name, municipality)}, {municipality}"
