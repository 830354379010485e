"""How a wish's text is compared: its words normalised, before any similarity is computed.

Lower case, punctuation out, å/ä/ö kept, the association's glossary and a few English terms of
the trade expanded, filler words dropped, Swedish Snowball stemming. Pure functions: the same
text gives the same words in every process, so what one process stored (`normaliser_key`) can
be trusted by another with the same glossary.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib.metadata import version as _version
from pathlib import Path

import snowballstemmer  # type: ignore[import-untyped]

# Bumped when the rules below change in a way the data does not show (the code, not the lists):
# words stored with an older key are then normalised again.
RULES_VERSION = 1

# The association's abbreviations and spellings, mapped to one written-out form. Keys and values
# are normalised like any text, so "BAB-ärende" becomes "bostadsanpassningsbidrag ärende".
DEFAULT_GLOSSARY: dict[str, str] = {
    "bab": "bostadsanpassningsbidrag",
    "ba": "bostadsanpassning",
    "mejl": "e-post",
    "mail": "e-post",
    "email": "e-post",
    "e-mail": "e-post",
    "epost": "e-post",
    "etjänst": "e-tjänst",
    "km": "kart och mät",
    "kartmät": "kart och mät",
    "fbet": "fastighetsbeteckning",
    "fastbet": "fastighetsbeteckning",
    "pbl": "plan- och bygglagen",
    "pbf": "plan- och byggförordningen",
    "ovk": "obligatorisk ventilationskontroll",
    "ka": "kontrollansvarig",
    "nbk": "nybyggnadskarta",
    "dp": "detaljplan",
    "lm": "lantmäteriet",
    "dnr": "diarienummer",
}

# English words of the trade, so that a wish written in English can meet its Swedish original.
# Built in rather than part of the glossary: a board that replaces the glossary keeps these.
# Matched on stems like the glossary, so "permits" and "cases" find "permit" and "case".
_ENGLISH_TEXT = """
building permit=bygglov; planning permission=bygglov; permit=lov; start notice=startbesked;
final notice=slutbesked; housing adaptation grant=bostadsanpassningsbidrag;
housing adaptation=bostadsanpassning; grant=bidrag; application=ansökan; applicant=sökande;
case=ärende; case officer=handläggare; caseworker=handläggare; decision=beslut;
reminder=påminnelse; deadline=tidsfrist; fee=avgift; invoice=faktura; invoicing=fakturering;
pay=betala; payment=utbetalning; contractor=entreprenör; power of attorney=fullmakt;
quote=offert; map=karta; property=fastighet; property designation=fastighetsbeteckning;
detailed plan=detaljplan; surveying=mätning; measurement=mätning; neighbour=granne;
neighbor=granne; inspection=inspektion; inspector=inspektör; supervision=tillsyn;
complaint=klagomål; noise=buller; private sewage=enskilt avlopp; sewage=avlopp; food=livsmedel;
control=kontroll; report=rapport; statistics=statistik; template=mall; document=handling;
missing=saknas; completion=komplettering; search=sök; suggestion=förslag;
autocomplete=autokomplettering; list=lista; archive=arkiv; registry=diarium;
permission=behörighet; access=behörighet; signature=signering; sign=signera; mobile=mobil;
offline=utan uppkoppling; address=adress; owner=ägare; send=skicka; show=visa; directly=direkt;
recipient=mottagare; digital mailbox=digital brevlåda; e-service=e-tjänst; text message=sms;
notification=avisering; accessibility=tillgänglighet; screen reader=skärmläsare; home=bostad;
hourly fee=timavgift; hourly rate=timtaxa; annual fee=årsavgift; fee schedule=taxa; tariff=taxa;
enforcement=tillsyn; illegal building=olovligt byggande; unauthorised building=olovligt byggande;
building penalty=byggsanktionsavgift; penalty=sanktionsavgift; lift=hiss; elevator=hiss;
personal number=personnummer; personal identity number=personnummer; date of birth=födelsedatum;
time spent=nedlagd tid; actual=faktisk; afterwards=i efterhand; site plan=situationsplan;
preschool=förskola; school=skola; premises=lokal; non-profit=ideell; association=förening;
reduced=nedsatt; reduction=nedsättning; pesticide=bekämpningsmedel; spreading=spridning;
activity=verksamhet; operation=verksamhet; business=verksamhet; activity code=verksamhetskod;
contaminated site=förorenat område; contaminated land=förorenad mark; risk class=riskklass;
risk classification=riskklassning; partial payment=delutbetalning; ongoing=pågående;
decision letter=beslutsbrev; easy-to-read=lättläst; plain language=klarspråk;
ancient monument=fornlämning; ancient remains=fornlämning; layer=skikt; statement=yttrande;
opinion=yttrande; cadastral procedure=lantmäteriförrättning; cadastral=lantmäteri;
measure=mäta; draw=rita; scan=skanna; paper=papper; searchable=sökbar;
shared mailbox=funktionsbrevlåda; sender=avsändare; department=förvaltning; merge=slå ihop;
disclosure=utlämnande; change log=ändringslogg; log=logg; previous value=tidigare värde;
field=fält; history=historik; board=nämnd; committee=nämnd; delegated decision=delegationsbeslut;
delegation=delegation; appeal=överklagande; legally binding=laga kraft; drawing=ritning;
attachment=bilaga; heat pump=värmepump; borehole=borrhål; wastewater=avlopp; well=brunn;
drinking water=dricksvatten; sample=prov; sampling=provtagning;
refrigerant=köldmedium; due date=förfallodatum; base map=grundkarta; boundary=gräns;
as-built survey=lägeskontroll; position check=lägeskontroll; stake out=utstakning;
coordinates=koordinater; close=avsluta; accounting system=ekonomisystem;
financial system=ekonomisystem; user=användare; printout=utskrift; follow-up=uppföljning;
food business=livsmedelsanläggning; food establishment=livsmedelsanläggning;
water protection area=vattenskyddsområde; shoreline protection=strandskydd;
craftsman=hantverkare; tradesman=hantverkare; certificate=intyg; repayment=återbetalning;
refund=återbetalning; occupational therapist=arbetsterapeut; weeding=gallring;
e-archive=e-arkiv; environmental=miljö; health protection=hälsoskydd; building=byggnad
"""

# Words that say nothing about which wish it is: Swedish and English function words and the
# phrasing every wish shares ("vi vill kunna …", "it should be possible to …").
_STOPWORDS_TEXT = """
och att i på för med av till om som det den de dem en ett är var vara blir bli vi man kan
kunna ska skall bör vill få fått ha har hade inte så från när där eller men även också alla
allt sin sina sitt deras hur vad vilken vilka vid per samt via mm osv t ex bara nu då denna
detta dessa mer mycket önskar önskemål önskan gärna behöver möjlighet möjligt skulle samma
the a an and or to of in on for with by from be is are was should could would can it its that
this we i as at when so want like please able not our us into would possible need needs all
which such while also there their they them has have had will shall must may than then where who
what how about only each every other make made måste gå går göra finns s
"""
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

_WORD = re.compile(r"[^\W_]+")
_STEMMER_LOCK = threading.Lock()
_STEMMER = snowballstemmer.stemmer("swedish")
_STEMMER_VERSION = _version("snowballstemmer")


# A word's stem, remembered: most words recur. 16,384 of them take about 4 MB.
@lru_cache(maxsize=1 << 14)
def _stem(word: str) -> str:
    with _STEMMER_LOCK:
        return str(_STEMMER.stemWord(word))


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def _pairs(text: str) -> dict[str, str]:
    pairs = (item.partition("=") for item in text.split(";"))
    return {key.strip(): value.strip() for key, _, value in pairs}


def _lines(text: str) -> list[tuple[str, str]]:
    """`english=svenska` a line, in order; `#` comments and blank lines skipped."""
    rows = (line.partition("=") for line in text.splitlines() if not line.startswith("#"))
    return [(key.strip(), value.strip()) for key, sep, value in rows if sep]


# The larger vocabularies, written blind to the labelled sets: terms of the trade
# (handlers/data/english_terms.txt), general words of wishes (english_general.txt) and common
# words and their forms (english_common.txt). English words that share a Swedish stem ("new"
# and "newer", "show" and "shower") are one key: the first to claim it keeps it, so the short
# list above (written while reading an early tuning part's misses) comes first, then the terms,
# the general words and the common words, each in its own order (base forms first).
_DATA = Path(__file__).parent / "data"
_ENGLISH_FILES = ("english_terms.txt", "english_general.txt", "english_common.txt")
_ENGLISH_FILE_TEXT = "\n".join((_DATA / name).read_text("utf-8") for name in _ENGLISH_FILES)
_ENGLISH = [*_pairs(_ENGLISH_TEXT).items(), *_lines(_ENGLISH_FILE_TEXT)]


class Phrases:
    """A glossary compiled for matching: stem tuples to replacement stems, longest match first."""

    def __init__(self, glossary: Mapping[str, str]) -> None:
        self.table: dict[tuple[str, ...], tuple[str, ...]] = {}
        for key, value in _ENGLISH:
            stems, said = tuple(_stem(w) for w in _words(key)), _content_stems(_words(value))
            if stems and said:  # an English word for a filler word would delete a Swedish one
                self.table.setdefault(stems, tuple(said))
        for key, value in glossary.items():  # the association's own words win
            if stems := tuple(_stem(word) for word in _words(key)):
                self.table[stems] = tuple(_content_stems(_words(value)))
        self.longest = max((len(key) for key in self.table), default=0)

    def normal_words(self, text: str) -> list[str]:
        """The text's stems in order, glossary phrases replaced, filler words dropped."""
        words = _words(text)
        stems = [_stem(word) for word in words]
        out: list[str] = []
        i = 0
        while i < len(stems):
            for n in range(min(self.longest, len(stems) - i), 0, -1):
                found = self.table.get(tuple(stems[i : i + n]))
                if found is not None:
                    out.extend(found)
                    i += n
                    break
            else:
                if words[i] not in _STOPWORDS:
                    out.append(stems[i])
                i += 1
        return out


def _content_stems(words: Iterable[str]) -> list[str]:
    return [_stem(word) for word in words if word not in _STOPWORDS]


@lru_cache(maxsize=16)
def _compiled(items: tuple[tuple[str, str], ...]) -> Phrases:
    return Phrases(dict(items))


def phrases(glossary: Mapping[str, str]) -> Phrases:
    """The glossary compiled, cached by its content (so a changed glossary is seen at once)."""
    return _compiled(tuple(sorted(glossary.items())))


def normalise(text: str, glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> str:
    """The text as it is compared: stemmed words, glossary expanded, separated by one space."""
    return " ".join(phrases(glossary).normal_words(text))


@lru_cache(maxsize=16)
def _key(items: tuple[tuple[str, str], ...]) -> str:
    english = (_ENGLISH_TEXT, _ENGLISH_FILE_TEXT)
    rules = repr((RULES_VERSION, items, english, _STOPWORDS_TEXT, _STEMMER_VERSION))
    return hashlib.blake2b(rules.encode(), digest_size=8).hexdigest()


def normaliser_key(glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> str:
    """What normalised words depend on besides the text (glossary, word lists, stemmer), as a
    short key: words stored under another key were made by other rules."""
    return _key(tuple(sorted(glossary.items())))
