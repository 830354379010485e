"""A large labelled evaluation set for duplicate detection of development wishes (data only).

Kept apart from tests/unit/wish_evaluation.py, on which the similarity score was tuned, so that
the detector can be measured on text it has never seen. Nothing here reuses that set's wishes.

WISHES are stored wishes as case officers in Castor municipalities write them (handläggare,
inspektörer, GIS-ingenjörer, registratorer, nämndsekreterare): a title sentence and one or two
sentences of description, each asking for one thing. Bygg 1000-, Miljö 1100-, BAB 1200-,
Kart & mät 1300- and Övrigt 1400-. Wishes in the same module are deliberately close to each other
in vocabulary (avgift, bevakning, e-tjänst, mall, karta, register ...), as real lists are.

QUERIES are new wishes typed by members before saving. A query with an `original` asks for the
same thing as that stored wish, a board member would merge them; its `kind` says how it was
reworded:

- synonyms: other words for the same need
- compound: compounds joined or split (bygglovsavgift / avgift för bygglov)
- abbreviation: the association's abbreviations (BAB, KA, NBK, MB, PBL, SMS, mejl, GIS ...)
- english: English, or Swedish and English mixed
- typos: one to three realistic typos, often a missing å, ä or ö
- more_detail: the same need with the member's situation added
- less_detail: only a short title-like line
- word_order: the same words rearranged, passive for active

A query whose `original` is None (kind `lookalike`) shares the module, domain words and often
whole phrases with stored wishes but asks for something else: another step of the process,
another document or party, the other direction of an integration. None of them duplicates any
stored wish.

The records are kept one a line in text blocks, `number | module | text` and
`original | kind | text` (`-` for no original), so that each reads as a member wrote it.
"""

# ruff: noqa: E501

from __future__ import annotations

from typing import NamedTuple


class Wish(NamedTuple):
    number: int
    module: str  # one of MODULES
    text: str  # a title sentence, then one or two sentences of description


class Query(NamedTuple):
    text: str
    # the Wish.number it duplicates; None for a look-alike that duplicates nothing
    original: int | None
    kind: str  # how it was written, one of KINDS


MODULES = ("Bygg", "Miljö", "BAB", "Kart & mät", "Övrigt")
KINDS = (
    "synonyms",
    "compound",
    "abbreviation",
    "english",
    "typos",
    "more_detail",
    "less_detail",
    "word_order",
    "lookalike",
)


def _rows(block: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("|")] for line in block.strip().splitlines()]


_WISHES = """
1000 | Bygg       | Timavgift i tillsynsärenden. Nedlagd tid i tillsynsärenden om olovligt byggande ska registreras och timavgiften räknas ut enligt taxan.
1001 | Bygg       | Fakturaunderlag för bygglovsavgiften till ekonomisystemet. När beslutet är fattat ska underlaget för avgiften skickas till ekonomisystemet utan att vi skriver av det.
1002 | Bygg       | Reducering av bygglovsavgiften vid överskriden handläggningstid. Avgiften ska sättas ned med en femtedel för varje påbörjad vecka som tidsfristen överskrids.
1003 | Bygg       | Anmälan om attefallsåtgärd via e-tjänst. Attefallshus och tillbyggnader ska kunna anmälas digitalt med ritningar och situationsplan.
1004 | Bygg       | Kontrollansvarig kontrolleras mot Boverkets certifieringsregister. När en KA anges i ärendet ska det synas om certifieringen är giltig.
1005 | Bygg       | Protokoll från arbetsplatsbesök i mobilen. Byggnadsinspektören ska kunna skriva protokollet på plats och spara det i ärendet.
1006 | Bygg       | Bevakning av interimistiskt slutbesked. Kvarstående åtgärder ska bevakas med datum så att ett slutligt slutbesked inte glöms bort.
1007 | Bygg       | Startbesked från mall med villkor och kontrollplan. Startbeskedet ska skapas med fastställd kontrollplan, villkor och KA ifyllda.
1008 | Bygg       | Beräkna när bygglovet vinner laga kraft. Datum för laga kraft ska räknas fram från kungörelsen och delgivningarna.
1009 | Bygg       | Digitalt delgivningskvitto. Sakägare ska kunna kvittera delgivning av beslut via en länk i e-posten.
1010 | Bygg       | Sakägarförteckning från fastighetsregistret. Grannar som ska höras ska hämtas automatiskt från fastigheterna som gränsar till den sökta fastigheten.
1011 | Bygg       | Beslutsstämpel på godkända ritningar. Ritningarna ska stämplas digitalt med diarienummer och beslutsdatum när lovet ges.
1012 | Bygg       | Bevakning av bygglovets giltighetstid. Påminnelse när lovet snart upphör för att åtgärden inte har påbörjats inom två år och avslutats inom fem år.
1013 | Bygg       | Ärendemening skapas automatiskt. Ärendemeningen ska bildas av åtgärd, byggnadstyp och fastighetsbeteckning.
1014 | Bygg       | Avvisning när komplettering uteblir. Ett beslut om avvisning ska kunna skapas från mall när sökanden inte har kompletterat inom utsatt tid.
1015 | Bygg       | Datum för fullständig ansökan. Datumet då ansökan blev komplett ska registreras och handläggningstiden räknas från det.
1016 | Bygg       | Underlag till Boverkets plan- och byggenkät. Uppgifterna som Boverket frågar efter i den årliga PBL-enkäten ska kunna tas ut ur Castor.
1017 | Bygg       | Skyltlov som egen åtgärd. Bygglov för skyltar och ljusanordningar ska ha egen åtgärdskod och egen avgift i taxan.
1018 | Bygg       | Rapportering till lägenhetsregistret. Nya lägenheter i ett bygglov ska kunna rapporteras till Lantmäteriets lägenhetsregister från ärendet.
1019 | Bygg       | Mall för föreläggande om rättelse. Vid olovligt byggande ska ett rättelseföreläggande kunna skapas med fastighet och åtgärd ifyllda.
1020 | Bygg       | Besiktning av hissar registreras per hiss. Besiktningsprotokoll för hissar och andra motordrivna anordningar ska sparas med datum för nästa besiktning.
1021 | Bygg       | Underrättelse om beslut till sakägare. Grannar och andra sakägare ska få underrättelse om bygglovsbeslutet i ett utskick med adresser från sakägarförteckningen.
1022 | Bygg       | Uppgifter från förhandsbesked följer med till bygglovet. När ett förhandsbesked följs av en bygglovsansökan ska fastighet, sökande och åtgärd kopieras över.
1023 | Bygg       | Fastighetens ärendehistorik i bygglovsärendet. Alla tidigare bygglov och anmälningar på fastigheten ska visas direkt i ärendet.
1024 | Bygg       | Ärendets status på Mina sidor. Den som har sökt bygglov ska kunna se var i handläggningen ärendet befinner sig.
1025 | Bygg       | Komplettering via Mina sidor. Sökanden ska kunna ladda upp kompletterande handlingar digitalt och de ska hamna direkt i ärendet.
1026 | Bygg       | Automatisk mottagningsbekräftelse. Sökanden ska få ett mejl med diarienummer och handläggarens namn när ansökan om bygglov har registrerats.
1027 | Bygg       | Mall för besked om fullständig ansökan. Brevet ska ange från vilket datum handläggningstiden räknas och när beslut senast ska fattas.
1028 | Bygg       | Förlängd handläggningstid. Handläggaren ska kunna registrera beslut om förlängning med tio veckor och skicka underrättelse till sökanden.
1029 | Bygg       | Jämföra versioner av ritningar. Två versioner av samma ritning ska kunna visas bredvid varandra så att ändringar syns.
1030 | Bygg       | Checklista för granskning per ärendetyp. Handläggaren ska kunna bocka av granskningspunkter för bygglov, rivningslov och anmälan.
1031 | Bygg       | Remiss till andra förvaltningar och myndigheter. Remissen ska skickas med valda handlingar och svaret ska komma tillbaka direkt till ärendet.
1032 | Bygg       | Bevakning av remisstid. Handläggaren ska få en påminnelse när remisstiden har gått ut utan att svar kommit in.
1033 | Bygg       | Tjänsteskrivelse till byggnadsnämnden från ärendet. Tjänsteskrivelsen ska skapas från mall med ärendets uppgifter och handlingar.
1034 | Bygg       | Protokollsutdrag kopplas till ärendet. Efter nämndens sammanträde ska protokollsutdraget registreras i varje ärende som behandlades.
1035 | Bygg       | Överklagande skickas digitalt till länsstyrelsen. När ett beslut överklagas ska akten kunna skickas till länsstyrelsen elektroniskt.
1036 | Bygg       | Rapport över beslut per åtgärd och månad. Vi vill se hur många bygglov, rivningslov och anmälningar som beslutats varje månad.
1037 | Bygg       | Avgift när ansökan återkallas. När sökanden drar tillbaka sin ansökan ska en reducerad avgift enligt taxan kunna tas ut.
1038 | Bygg       | Planavgift läggs till automatiskt. Fastigheter inom en detaljplan med planavgift ska få planavgiften beräknad tillsammans med bygglovsavgiften.
1039 | Bygg       | Taxan räknas om med nytt prisbasbelopp. Avgifterna i plan- och bygglovstaxan ska uppdateras automatiskt när prisbasbeloppet ändras vid årsskiftet.
1040 | Bygg       | Kontrollansvarig ser ärendet i en portal. KA ska kunna logga in, se startbeskedet och ladda upp intyg och dokumentation.
1041 | Bygg       | Kontrollansvarigs utlåtande via e-tjänst. Utlåtandet inför slutbesked ska kunna lämnas digitalt och kopplas till ärendet.
1042 | Bygg       | Begäran om slutbesked som e-tjänst. Byggherren ska kunna begära slutbesked digitalt och bifoga relationshandlingar och intyg.
1043 | Bygg       | Anmälan om eldstad via e-tjänst. Installation av eldstad och rökkanal ska kunna anmälas digitalt med produktblad bifogat.
1044 | Bygg       | Materialinventering vid rivning. Inventeringen av farligt avfall och återbrukbart material ska registreras i rivningsärendet.
1045 | Bygg       | Tillsynsärenden på karta. Pågående tillsynsärenden om olovligt byggande ska visas på en karta med status.
1046 | Bygg       | Foton från arbetsplatsbesök med position. Bilder tagna i mobilen ska sparas i ärendet med koordinater och datum.
1047 | Bygg       | Situationsplan ritas i e-tjänsten. Sökanden ska kunna rita ut sin byggnad på kartan när bygglovet söks.
1048 | Bygg       | Koppling till byggnadens id i Lantmäteriets byggnadsregister. Bygglovet ska kunna kopplas till byggnadens objektidentitet så att byggnaden går att följa.
1049 | Bygg       | Rådgivningsärenden utan avgift. Förfrågningar om lovplikt och allmän rådgivning ska kunna registreras som en enkel ärendetyp.
1050 | Bygg       | Fördelning av nya ärenden till handläggare. Chefen ska kunna tilldela inkomna bygglovsärenden från en gemensam inkorg.
1051 | Bygg       | Bevakning av tidsbegränsat bygglov. När tiden för ett tidsbegränsat lov går ut ska handläggaren påminnas om att följa upp att åtgärden har tagits bort.
1052 | Bygg       | Avvikelser från detaljplanen i beslutet. Avvikelser ska registreras strukturerat per ärende och skrivas ut i beslutet.
1053 | Bygg       | Ansökan om planbesked som ärendetyp. Planbesked ska ha egen ärendetyp med tidsfrist och avgift.
1054 | Bygg       | Färdigställandeskydd kontrolleras innan startbesked. Det ska finnas ett fält för färdigställandeskydd som måste fyllas i innan startbesked kan ges.
1055 | Bygg       | Beviljade bygglov publiceras på webben. Veckans beslut ska kunna exporteras till kommunens webbplats utan personuppgifter.
1056 | Bygg       | Kreditfaktura när bygglovsavgiften ska återbetalas. En faktura ska kunna krediteras i efterhand när avgiften har satts ned.
1057 | Bygg       | Handlingsförteckning i beslutet. Listan över de handlingar som ingår i beslutet ska skapas automatiskt från ärendets handlingar.
1058 | Bygg       | Annan fakturamottagare än sökanden. Fakturan för bygglovet ska kunna ställas till ett företag eller en annan person än den som sökt.
1059 | Bygg       | Återkallad ansökan avslutas med avskrivningsbeslut. När sökanden återkallar ansökan ska ärendet kunna avskrivas från mall och avslutas.
1060 | Bygg       | Kommunicering inför avslag. En mall för att låta sökanden yttra sig över förslag till avslag innan beslut fattas.
1061 | Bygg       | Bygglov på karta med färg per status. Alla pågående bygglovsärenden ska visas på kartan med olika färg för inkommen, pågående och beslutad.
1062 | Bygg       | Flera åtgärder i samma ärende. Ett bygglovsärende ska kunna innehålla flera åtgärder med var sin avgift.
1063 | Bygg       | Ändringslov kopplas till ursprungsärendet. Ett ändrat bygglov ska länkas till det lov som ändras så att båda syns tillsammans.
1064 | Bygg       | Bevakning av planerade arbetsplatsbesök. Datum för arbetsplatsbesök enligt kontrollplanen ska bevakas och synas i byggnadsinspektörens lista.
1065 | Bygg       | Förhandsbesked som egen ärendetyp med egen avgift. Förhandsbesked registreras i dag som bygglov vilket ger fel statistik.
1066 | Bygg       | Sökande utan svenskt personnummer. Det ska gå att registrera utländska sökande med födelsedatum och utländsk adress.
1067 | Bygg       | Statistik över startbesked och slutbesked per år. Antalet ska kunna tas ut till verksamhetsberättelsen.
1068 | Bygg       | Ersättningskontrollansvarig byts i ärendet. När KA byts under byggtiden ska den nya KA registreras och historiken sparas.
1069 | Bygg       | Underrättelse till sökanden när lovet har vunnit laga kraft. Sökanden ska automatiskt få ett brev när beslutet vunnit laga kraft.
1100 | Miljö      | Kontrollrapport skickas med e-post efter livsmedelskontrollen. Rapporten ska kunna mejlas till verksamheten direkt från ärendet när kontrollen är klar.
1101 | Miljö      | Extra offentlig kontroll som egen kontrolltyp. Uppföljande kontroller efter brister ska registreras som extra offentlig kontroll och avgiftsbeläggas separat.
1102 | Miljö      | Efterhandsdebitering av livsmedelskontrollen. Avgiften ska kunna tas ut i efterhand utifrån nedlagd kontrolltid i stället för som årsavgift.
1103 | Miljö      | Beslut om registrering av livsmedelsanläggning. När en anmälan om registrering kommer in ska registreringsbeslutet skapas och skickas automatiskt.
1104 | Miljö      | Provtagning i livsmedelsprojekt. Prover som tas i kontrollprojekt ska registreras per anläggning med analysresultat.
1105 | Miljö      | Badvattenprover till Havs- och vattenmyndigheten. Resultaten från badplatserna ska rapporteras till HaV:s badvattendatabas direkt.
1106 | Miljö      | Ansökan om tillstånd för enskilt avlopp via e-tjänst. Fastighetsägaren ska kunna söka tillstånd för avloppsanläggning digitalt med situationsplan.
1107 | Miljö      | Bedömning vid avloppsinventering i fält. Inspektören ska kunna registrera bedömningen av varje enskilt avlopp på plats i mobilen.
1108 | Miljö      | Slamtömningar från renhållningens system. Uppgifter om tömning av slamavskiljare ska hämtas från renhållningens system och visas per anläggning.
1109 | Miljö      | Mall för förbud att släppa ut avloppsvatten. Föreläggandet om utsläppsförbud ska kunna skapas från mall med fastighet och datum.
1110 | Miljö      | Bevakning av läckagekontroll för köldmedieaggregat. Handläggaren ska se vilka aggregat som har passerat datum för läckagekontroll.
1111 | Miljö      | Köldmediemängd i koldioxidekvivalenter. Mängden köldmedium i aggregaten ska räknas om till ton koldioxidekvivalenter automatiskt.
1112 | Miljö      | Koppling till länsstyrelsens EBH-stöd. Objekt i EBH-stödet ska kunna kopplas till fastigheten och ärendet om förorenat område.
1113 | Miljö      | MIFO-klassning per objekt. Riskklassen enligt MIFO ska registreras för varje potentiellt förorenat område.
1114 | Miljö      | Anmälan om förskola och skola via e-tjänst. Anmälan om lokal för förskola, skola eller fritidshem ska kunna göras digitalt.
1115 | Miljö      | Mätvärden vid klagomål på inomhusmiljö. Mätningar av temperatur och fukt i bostäder ska registreras i klagomålsärendet.
1116 | Miljö      | Anmälan om hygienisk verksamhet via e-tjänst. Tatuering, fotvård och piercing ska kunna anmälas digitalt.
1117 | Miljö      | Ansökan om strandskyddsdispens via e-tjänst. Sökanden ska kunna söka dispens digitalt och markera platsen på en karta.
1118 | Miljö      | Strandskyddsbeslut till länsstyrelsen. Beslut om strandskyddsdispens ska skickas digitalt till länsstyrelsen inom tre veckor.
1119 | Miljö      | Strandskyddsområden visas i kartan. Gränsen för strandskyddet ska synas i kartan i ärendet.
1120 | Miljö      | Verksamhetskoder uppdateras när miljöprövningsförordningen ändras. Koderna och prövningsnivåerna ska uppdateras centralt av leverantören.
1121 | Miljö      | Inspektionsrapport med checklista för miljöfarlig verksamhet. Rapportmallen ska innehålla en checklista som fylls i under inspektionen.
1122 | Miljö      | Timavgift faktureras när beslutet fattas. Den registrerade handläggningstiden i ett anmälningsärende ska bli ett fakturaunderlag när beslutet tas.
1123 | Miljö      | Miljösanktionsavgift beräknas. Avgiften ska räknas fram enligt förordningen om miljösanktionsavgifter och kopplas till ärendet.
1124 | Miljö      | Registrering av cisterner. Oljecisterner och cisterner för diesel ska kunna registreras per fastighet med volym och placering.
1125 | Miljö      | Uppehåll i sophämtning via e-tjänst. Ansökan om uppehåll i hämtning av hushållsavfall ska kunna lämnas digitalt.
1126 | Miljö      | Anmälan om kompostering via e-tjänst. Kompostering av matavfall ska kunna anmälas digitalt.
1127 | Miljö      | Verksamheten signerar kontrollrapporten på plats. Den ansvarige ska kunna signera kontrollrapporten i mobilen under livsmedelskontrollen.
1128 | Miljö      | Kontrollskuld i livsmedelskontrollen. Visa vilka anläggningar som inte har fått den kontrolltid som de ska ha enligt riskklassningen.
1129 | Miljö      | Byte av livsmedelsföretagare. När en anläggning byter ägare ska en ny registrering skapas och historiken följa med.
1130 | Miljö      | Nedsatt årsavgift för ideella föreningar. Nedsättning av årsavgiften ska kunna registreras per verksamhet.
1131 | Miljö      | Påminnelse om miljörapport. Verksamheter som ska lämna miljörapport ska få en påminnelse innan 31 mars.
1132 | Miljö      | Tillstånd för spridning av bekämpningsmedel via e-tjänst. Ansökan om tillstånd att sprida bekämpningsmedel ska kunna lämnas digitalt.
1133 | Miljö      | Försäljningstillstånd enligt tobakslagen. Tillstånden ska registreras med tillsyn och avgift per försäljningsställe.
1134 | Miljö      | Bullermätningar registreras i ärendet. Resultat från bullermätningar vid verksamheter ska kunna sparas med värden och datum.
1135 | Miljö      | Tillstånd för djurhållning inom detaljplanerat område. Ansökan om att hålla häst eller andra djur ska ha egen ärendetyp.
1136 | Miljö      | Anmälan om miljöfarlig verksamhet via e-tjänst. Anmälan av C-verksamhet ska kunna göras digitalt med verksamhetskod.
1137 | Miljö      | Tillstånd inom vattenskyddsområde som ärendetyp. Ansökningar enligt föreskrifterna för vattenskyddsområden ska ha egen ärendetyp.
1138 | Miljö      | Urval av avlopp inför inventering. Alla enskilda avlopp i ett område ska kunna tas ut som lista inför årets inventering.
1139 | Miljö      | Debiterbar och ej debiterbar tid. Vid tidsregistrering ska inspektören kunna ange om tiden ska debiteras eller inte.
1140 | Miljö      | Anonym klagande. Klagomål ska kunna registreras utan att den som klagar får sina personuppgifter sparade.
1141 | Miljö      | Kontrollrapport på flera språk. Rapporten från livsmedelskontrollen ska kunna skrivas ut på engelska och andra språk.
1142 | Miljö      | Avvikelser per lagstiftningsområde. Sammanställ vilka brister som hittats i livsmedelskontrollen per område, till exempel hygien och märkning.
1143 | Miljö      | Tidigare kontroller i inspektionsappen. Inspektören ska se verksamhetens tidigare kontroller och brister i mobilen.
1144 | Miljö      | Underlag till Naturvårdsverkets enkät om miljötillsyn. Uppgifterna om tillsynen enligt miljöbalken ska kunna tas ut ur Castor.
1145 | Miljö      | Provresultat från markundersökningar. Analyser av jord och grundvatten ska sparas per förorenat område.
1146 | Miljö      | Anmälan om avhjälpandeåtgärd via e-tjänst. Anmälan om sanering av förorenat område ska kunna lämnas digitalt.
1147 | Miljö      | Certifierat kylföretag per aggregat. Vilket certifierat företag som utför läckagekontrollen ska sparas för varje aggregat.
1148 | Miljö      | Provtagning av bassängbad. Provresultat från badhus och simhallar ska registreras per bassäng.
1149 | Miljö      | Påminnelse om översyn av riskklassning. Handläggaren ska påminnas när riskklassningen för en livsmedelsanläggning behöver ses över.
1150 | Miljö      | Verksamhetsutövaren ser sina ärenden på Mina sidor. Företag ska kunna se sina pågående ärenden och beslut hos miljökontoret.
1151 | Miljö      | Bevakning av delgivningskvitto för föreläggande. Handläggaren ska påminnas om kvittot inte har kommit tillbaka.
1152 | Miljö      | Olika timtaxa för livsmedel och miljöbalken. Timavgiften ska kunna skilja sig mellan livsmedelskontroll och tillsyn enligt miljöbalken.
1153 | Miljö      | Avloppsanläggning registreras när tillståndet ges. Beslutet om tillstånd ska skapa anläggningen i avloppsregistret automatiskt.
1154 | Miljö      | Djurenheter per lantbruk. Antal djurenheter ska registreras per gård och användas för att bestämma prövningsnivån.
1155 | Miljö      | Verksamheter exporteras som GIS-skikt. Miljöfarliga verksamheter med riskklass ska kunna exporteras till kommunens kartsystem.
1156 | Miljö      | Påminnelse om återkommande kontroll av cistern. Handläggaren ska se när cisterner ska kontrolleras igen.
1157 | Miljö      | Sms till verksamheten om bokad inspektion. Verksamhetsutövaren ska få ett sms med tid och plats för inspektionen.
1158 | Miljö      | Förorenade områden på kartan. Alla potentiellt förorenade områden ska visas på karta med riskklass.
1159 | Miljö      | Rapport om små avlopp till Havs- och vattenmyndigheten. Statistiken om små avloppsanläggningar ska kunna tas ut för HaV:s årliga uppföljning.
1160 | Miljö      | Vilande verksamhet utan årsavgift. Det ska gå att markera att en verksamhet är vilande så att ingen årsavgift debiteras.
1161 | Miljö      | Avgiftsbeslut skickas med registreringsbeslutet. Beslutet om årlig kontrollavgift ska följa med registreringen av livsmedelsanläggningen.
1200 | BAB        | Fullmakt för ombud i BAB-ärendet. Ombud och fullmakt ska registreras så att ombudet får alla utskick.
1201 | BAB        | Register över hantverkare. Hantverkare och entreprenörer ska finnas i ett register med kontaktuppgifter och F-skatt.
1202 | BAB        | Offertförfrågan till flera hantverkare. Handläggaren ska kunna skicka samma offertförfrågan till flera hantverkare från ärendet.
1203 | BAB        | Beställning av anpassningen till hantverkaren. När kommunen är beställare ska en beställning kunna skickas till vald hantverkare från mall.
1204 | BAB        | Attest av hantverkarens faktura i ärendet. Fakturan ska kunna attesteras av handläggaren och bli en utbetalning.
1205 | BAB        | Utbetalningar till ekonomisystemet som fil. Alla utbetalningar av bostadsanpassningsbidrag ska kunna skickas som en fil till ekonomisystemet.
1206 | BAB        | Bevakning av återbetalningsskyldighet. När beslutet har villkor om återbetalningsskyldighet ska villkoret och dess slutdatum bevakas.
1207 | BAB        | Återställningsbidrag som egen ärendetyp. Bidrag för att återställa en anpassad bostad ska ha egen ärendetyp och beslutsmall.
1208 | BAB        | Reparationsbidrag kopplas till tidigare anpassning. Bidrag för reparation ska kunna kopplas till det ursprungliga ärendet.
1209 | BAB        | Foton från hembesöket sparas i ärendet. Bilderna från bostaden ska kunna laddas upp från mobilen.
1210 | BAB        | Bidragsbeloppet räknas från godkänd offert. Beviljat belopp ska beräknas från offerten med moms och eventuella avdrag.
1211 | BAB        | Kostnad per åtgärdstyp. Sammanställning av kostnader för till exempel trapphissar, dörrautomatik och badrum.
1212 | BAB        | Fastighetsägarens medgivande digitalt. Hyresvärdens medgivande till anpassningen ska kunna begäras och lämnas digitalt.
1213 | BAB        | Två vårdnadshavare som sökande. När anpassningen gäller ett barn ska båda vårdnadshavarna kunna registreras i samma ärende.
1214 | BAB        | Sökande följer BAB-ärendet på Mina sidor. Den sökande ska kunna se status och beslut digitalt.
1215 | BAB        | Kopia av beslutet till arbetsterapeuten. Beslutet ska skickas med kopia till den arbetsterapeut som skrev intyget.
1216 | BAB        | Delbeslut med bifall och avslag. När ansökan gäller flera åtgärder ska några kunna beviljas och andra avslås i samma beslut.
1217 | BAB        | Serviceavtal för trapphissar. Register över serviceavtal och årlig besiktning för hissar som bekostats med bidrag.
1218 | BAB        | Sökandens tidigare bostadsanpassningar visas. Alla tidigare BAB-ärenden för samma person ska synas i ärendet.
1219 | BAB        | Tilläggsbeslut vid högre kostnad. När kostnaden blir högre än beviljat ska ett tilläggsbeslut kunna fattas i samma ärende.
1220 | BAB        | Delutbetalning av bidraget. Bidraget ska kunna betalas ut i delar under tiden arbetet pågår.
1221 | BAB        | E-faktura från hantverkare läses in. Fakturor från hantverkare ska komma in som e-faktura och kopplas till rätt ärende.
1222 | BAB        | Kontroll av F-skatt hos Skatteverket. Det ska kontrolleras automatiskt att hantverkaren har F-skatt innan utbetalning.
1223 | BAB        | Enkät till sökande efter avslutad anpassning. Sökanden ska få frågor om hur nöjd hen är när ärendet avslutas.
1224 | BAB        | Anpassning i gruppbostad enligt LSS. Både den boende och fastighetsägaren ska kunna registreras som parter.
1225 | BAB        | Kontroll av bankkonto vid utbetalning till sökanden. Kontonumret ska kontrolleras mot kontoregistret innan bidraget betalas ut.
1226 | BAB        | Bevakning av garantibesiktning. Påminnelse om garantibesiktning två år efter att anpassningen blev klar.
1227 | BAB        | Avskrivning när sökanden avlider. Ärendet ska kunna avskrivas och planerade utbetalningar stoppas.
1228 | BAB        | Beslutsbrev på lättläst svenska. En lättläst version av beslutet ska kunna skickas med.
1229 | BAB        | Utbetalt belopp per månad för budgetuppföljning. Summan av utbetalda bidrag ska kunna tas ut per månad.
1300 | Kart & mät | Avgift för nybyggnadskarta efter tomtarea. Avgiften ska räknas fram automatiskt utifrån tomtens area enligt mättaxan.
1301 | Kart & mät | Påminnelse om gammal nybyggnadskarta. Handläggaren ska få veta när en nybyggnadskarta är äldre än två år och behöver uppdateras.
1302 | Kart & mät | Enkel nybyggnadskarta som egen produkt. Enkel och fullständig nybyggnadskarta ska kunna beställas och debiteras var för sig.
1303 | Kart & mät | Beställning av lägeskontroll kopplas till bygglovsärendet. När lägeskontroll beställs ska mätuppdraget länkas till rätt bygglov.
1304 | Kart & mät | Protokoll från lägeskontrollen till byggherren. Protokollet ska skickas till byggherren och läggas in i bygglovsärendet.
1305 | Kart & mät | Beställning av fastighetsförteckning. Planhandläggare ska kunna beställa fastighetsförteckning till en detaljplan i systemet.
1306 | Kart & mät | Fastighetsförteckning i Excel. Förteckningen ska kunna exporteras till Excel med fastigheter, ägare och adresser.
1307 | Kart & mät | Grundkarta för detaljplan som ärendetyp. Framtagning av grundkarta ska kunna registreras som ett uppdrag med tidsredovisning.
1308 | Kart & mät | Antagna detaljplaner levereras till Lantmäteriet. Detaljplaner som vunnit laga kraft ska kunna skickas digitalt till Lantmäteriet.
1309 | Kart & mät | Ortofoto som bakgrundskarta. Kartan i Castor ska kunna visa flygfoto som bakgrund.
1310 | Kart & mät | Kartskikt med fornlämningar. Fornlämningar från Riksantikvarieämbetet ska kunna tändas som ett skikt i kartan.
1311 | Kart & mät | Kommunens WMS-tjänster i kartan. Kartlager från kommunens GIS-plattform ska kunna läggas till som WMS.
1312 | Kart & mät | Ärenden som GIS-skikt. Ärenden med fastighet ska kunna exporteras som GeoPackage till kommunens GIS.
1313 | Kart & mät | Klicka på fastighet i kartan för att se ärenden. Alla ärenden på fastigheten ska listas när man klickar i kartan.
1314 | Kart & mät | Planering av mätuppdrag i kalender. Mätlagen ska se sina bokade uppdrag i en kalender per dag.
1315 | Kart & mät | Utstakningsdata skickas till mätinstrumentet. Punkter som ska stakas ut ska kunna skickas direkt till GNSS-mottagaren eller totalstationen.
1316 | Kart & mät | Register över stompunkter. Stompunkterna ska finnas med koordinater, status och datum för senaste kontroll.
1317 | Kart & mät | Anmälan om skadad stompunkt. Allmänheten och entreprenörer ska kunna anmäla skadade eller flyttade stompunkter via e-tjänst.
1318 | Kart & mät | Belägenhetsadresser rapporteras till adressregistret. Nya och ändrade adresser ska skickas till Lantmäteriets adressregister automatiskt.
1319 | Kart & mät | Byggnadsändringar till Lantmäteriets byggnadsregister. Inmätta nya och rivna byggnader ska rapporteras till byggnadsregistret.
1320 | Kart & mät | Beställning av kartutdrag via e-tjänst. Allmänheten ska kunna beställa kartutdrag med fastighetsgränser digitalt.
1321 | Kart & mät | Avgift för kartutdrag enligt taxan. Priset för kartutdrag ska räknas fram automatiskt utifrån format och skala.
1322 | Kart & mät | Fakturering av mätuppdrag till ekonomisystemet. Avslutade mätuppdrag ska skickas som fakturaunderlag till ekonomisystemet.
1323 | Kart & mät | Aviseringar om lantmäteriförrättningar. Aviseringar från Lantmäteriet ska kopplas till fastigheten så att vi ser pågående förrättningar.
1324 | Kart & mät | Yttrande över förrättning till Lantmäteriet. Kommunens yttrande ska kunna skrivas och skickas från ärendet.
1325 | Kart & mät | Gränsutvisning som ärendetyp. Uppdrag att visa fastighetsgräns på plats ska ha egen ärendetyp med avgift.
1326 | Kart & mät | Nybyggnadskartan kopplas till bygglovsärendet. Den levererade nybyggnadskartan ska synas som handling i bygglovet.
1327 | Kart & mät | Översikt över pågående kartbeställningar. En lista över alla beställda kartor med status och leveransdatum.
1328 | Kart & mät | Mätfiler sparas i uppdraget. Råfiler och bearbetade mätfiler ska arkiveras i mätuppdraget med datum och mätare.
1329 | Kart & mät | Egna kartlagerinställningar sparas. De kartlager man har tänt ska finnas kvar nästa gång man öppnar kartan.
1330 | Kart & mät | Areamätning i kartan. Det ska gå att rita en yta i kartan och få arean i kvadratmeter.
1331 | Kart & mät | Fastighetsgränser uppdateras varje natt. Registerkartan från Lantmäteriet ska hämtas automatiskt varje natt.
1332 | Kart & mät | Inmätning av VA-ledningar som uppdragstyp. Inmätning av vatten- och avloppsledningar ska ha egen uppdragstyp.
1333 | Kart & mät | Kunden får mejl när kartan är klar. Beställaren ska automatiskt få e-post när kartbeställningen är levererad.
1334 | Kart & mät | Digital signering av nybyggnadskartan. Nybyggnadskartan ska signeras digitalt av den GIS-ingenjör som har upprättat den.
1335 | Kart & mät | Noggrannhetsklass för inmätta objekt. Mätosäkerheten ska registreras för varje inmätt objekt.
1336 | Kart & mät | Flera fastigheter i samma beställning av nybyggnadskarta. En beställning ska kunna omfatta flera fastigheter.
1400 | Övrigt     | Skanning med OCR vid registrering. Handlingar som kommer in på papper ska skannas och bli sökbara.
1401 | Övrigt     | Klassificering enligt informationshanteringsplanen. Ärenden ska klassificeras enligt kommunens plan baserad på KLASSA.
1402 | Övrigt     | Sekretessmarkering av enskilda handlingar. En handling ska kunna markeras som sekretess utan att hela ärendet blir hemligt.
1403 | Övrigt     | Postlista publiceras på webben. En daglig postlista över registrerade handlingar ska kunna tas fram utan personuppgifter.
1404 | Övrigt     | Rensning av personregistret enligt GDPR. Personer som inte finns i något aktivt ärende ska kunna rensas bort.
1405 | Övrigt     | Registerutdrag enligt GDPR. Allt som finns sparat om en person ska kunna sammanställas när någon begär registerutdrag.
1406 | Övrigt     | Tidsbegränsad behörighet. Konsulter och vikarier ska kunna få behörighet som upphör automatiskt ett visst datum.
1407 | Övrigt     | Inloggning med single sign-on. Användarna ska logga in med kommunens konto via SAML eller Azure AD.
1408 | Övrigt     | Versionshantering av mallar. Ändringar i dokumentmallar ska sparas så att man kan se och återställa en tidigare version.
1409 | Övrigt     | Brev via kommunens utskriftstjänst. Utskick på papper ska skickas till en tjänst för hybridpost i stället för att skrivas ut lokalt.
1410 | Övrigt     | E-post från funktionsbrevlåda. Mejl som skickas från Castor ska kunna ha förvaltningens funktionsadress som avsändare.
1411 | Övrigt     | Rapportgenerator för egna rapporter. Användare ska kunna bygga egna statistikrapporter utan att beställa dem av leverantören.
1412 | Övrigt     | Statistik till Power BI. Data ur Castor ska kunna läsas av Power BI via ett öppet API.
1413 | Övrigt     | Kundregister synkas med ekonomisystemet. Kundnummer och fakturaadresser ska hållas lika i Castor och ekonomisystemet.
1414 | Övrigt     | Adresser uppdateras från folkbokföringen. Personers adresser ska uppdateras från Navet så att utskick inte går till gamla adresser.
1415 | Övrigt     | Företagsuppgifter från Bolagsverket. Namn, adress och firmatecknare ska hämtas när ett organisationsnummer anges.
1416 | Övrigt     | Integration med nämndadministrationen. Ärenden till nämnd ska kunna skickas till kommunens system för nämndhandlingar.
1417 | Övrigt     | Senast öppnade ärenden. En lista över de ärenden man senast har arbetat med ska visas på startsidan.
1418 | Övrigt     | Att göra-lista med bevakningar. Varje handläggare ska se sina bevakningar och uppgifter samlade på ett ställe.
1419 | Övrigt     | Tal till text för tjänsteanteckningar. Anteckningar ska kunna dikteras och bli text i ärendet.
1420 | Övrigt     | Sammanfoga handlingar till en PDF. Valda handlingar i ett ärende ska kunna slås ihop till en fil för utlämnande.
1421 | Övrigt     | Maskering av personuppgifter vid utlämnande. Personnummer och andra uppgifter ska kunna maskeras innan handlingen lämnas ut.
1422 | Övrigt     | Ändringslogg för uppgifter i ärendet. Det ska gå att se vem som ändrade en uppgift, när och vad den var innan.
1423 | Övrigt     | Driftmeddelanden vid inloggning. Information om driftstörningar och nya versioner ska visas när man loggar in.
1424 | Övrigt     | Testmiljö med avidentifierad kopia. En testmiljö med kopia av produktionsdata där personuppgifterna är avidentifierade.
1425 | Övrigt     | Bevakningar som e-post. Handläggaren ska få ett mejl när en bevakning förfaller.
1426 | Övrigt     | Kolumnval i listor sparas per användare. Valda kolumner och sortering i ärendelistor ska finnas kvar till nästa inloggning.
"""

_QUERIES = """
1000 | more_detail  | Timavgift för tillsyn av olovligt byggande. Vi lägger många timmar på svartbyggen och kan i dag inte ta betalt för det på ett enkelt sätt. Tiden i tillsynsärendet ska registreras och timavgiften räknas ut enligt taxan.
1000 | compound     | Timavgiftsberäkning för byggtillsyn. Registrerad tillsynstid i ärenden om olovligt byggande ska ge en avgift per timme enligt taxa.
1000 | english      | Hourly fee in enforcement cases. Register time spent on illegal building cases and calculate the fee from the taxa.
1001 | abbreviation | Avgiften för BL som fakturaunderlag till ekonomisystemet när beslut fattats. Slipp att skriva av.
1001 | typos        | Fakturaunderlag för bygglovsavgiten till ekonomisytemet. Underlaget ska skickas när beslutet är fattat.
1001 | word_order   | Till ekonomisystemet ska fakturaunderlaget för bygglovsavgiften skickas när beslut är fattat. Vi vill inte skriva av det.
1002 | compound     | Avgiftsreducering när tidsfristen överskrids. Sätta ned avgift för bygglov med en femtedel per påbörjad vecka över fristen.
1002 | abbreviation | Avgiftsreduktion enl. PBL 12 kap. 8 a §. Sänkt avgift med 1/5 per påbörjad vecka när tidsfristen överskridits.
1002 | more_detail  | Reducera bygglovsavgiften automatiskt när vi dragit över tiden. Avgiften ska sättas ned med en femtedel per påbörjad vecka efter tidsfristen. I dag räknar vi för hand i Excel och det blir fel ibland.
1003 | compound     | Attefallsanmälan som e-tjänst. Anmäla attefallshus och attefallstillbyggnad digitalt med ritning och situationsplan.
1003 | english      | E-service for attefall notifications. Residents should be able to submit an attefallshus with drawings online.
1003 | less_detail  | Anmäla attefall digitalt.
1004 | abbreviation | Kolla KA mot Boverkets register. Visa om KA:s cert gäller.
1004 | synonyms     | Kontroll av att kontrollansvarigs behörighet är giltig. Hämta certifieringen från Boverkets register när KA läggs till i ärendet.
1004 | typos        | Kontrollansvarig kontroleras mot Boverkets certiferingsregister. Det ska synas om certifieringen är giltig.
1005 | english      | Site visit protocol on mobile. The inspector writes the arbetsplatsbesök protocol on site and saves it in the case.
1005 | less_detail  | Arbetsplatsbesöksprotokoll i mobilen.
1005 | word_order   | I mobilen ska protokollet från arbetsplatsbesöket kunna skrivas av byggnadsinspektören. Det sparas på plats i ärendet.
1006 | synonyms     | Påminnelse om kvarstående åtgärder efter interimistiskt slutbesked. Vi glömmer ofta att ge det slutliga slutbeskedet.
1006 | typos        | Bevakning av interimistiskt slutbeksed. Kvarstående åtgärder ska bevakas med datum.
1007 | compound     | Startbeskedsmall med villkor. Startbesked ska skapas ur mall där kontrollplan, villkor och KA redan är ifyllda.
1007 | less_detail  | Mall för startbesked med kontrollplan.
1008 | english      | Calculate when the building permit becomes legally binding (laga kraft), from the announcement and the delgivning.
1008 | compound     | Lagakraftdatum räknas ut automatiskt. Räkna fram datum för laga kraft från kungörelse och delgivning.
1008 | abbreviation | Räkna ut när BL vinner laga kraft utifrån kungörelsen i PoIT och delgivningarna.
1009 | synonyms     | Sakägare bekräftar delgivningen elektroniskt. Mottagaren klickar på en länk i mejlet för att intyga att beslutet har tagits emot.
1009 | abbreviation | Delgivningskvitto via mejl. Sakägare ska kunna kvittera med en länk.
1009 | typos        | Digitalt delgivingskvitto. Sakägare ska kunna kvitera delgivning via länk i e-posten.
1010 | compound     | Förteckning över sakägare hämtas från fastighetsregistret. Gränsande fastigheter och deras ägare ska komma med automatiskt.
1010 | more_detail  | Hämta grannar automatiskt till sakägarförteckningen. I dag letar vi upp angränsande fastigheter i kartan och skriver av ägarna från Lantmäteriet för varje bygglov som kräver grannehörande. Det borde gå att hämta direkt från fastighetsregistret.
1010 | less_detail  | Sakägarförteckning automatiskt från fastighetsregistret.
1011 | synonyms     | Digital stämpel på beviljade ritningar. Diarienummer och datum för beslutet ska sättas på ritningarna när lovet beviljas.
1011 | word_order   | Ritningar som godkänts ska digitalt få en beslutsstämpel med beslutsdatum och diarienummer när lovet ges.
1012 | less_detail  | Bevaka när bygglovet upphör att gälla.
1012 | more_detail  | Påminnelse om att bygglovet håller på att förfalla. Ett lov upphör om åtgärden inte påbörjats inom två år och avslutats inom fem år. Vi vill få en bevakning i god tid så att vi kan höra av oss till byggherren.
1012 | typos        | Bevakning av bygglovets giltighetstd. Påminelse när lovet snart upphör.
1013 | word_order   | Automatiskt skapad ärendemening. Av fastighetsbeteckning, byggnadstyp och åtgärd ska ärendemeningen bildas.
1013 | english      | Auto-generate the case title (ärendemening) from action, building type and property designation.
1014 | more_detail  | Avvisa ansökan när kompletteringen inte kommer in. Hos oss blir många ärenden liggande för att sökanden aldrig kompletterar. Vi vill kunna skapa ett beslut om avvisning från mall när tiden för komplettering har gått ut.
1014 | compound     | Avvisningsmall vid utebliven komplettering.
1015 | synonyms     | Registrera när ansökan är fullständig. Handläggningstiden ska börja räknas från den dag ansökan blev komplett.
1015 | typos        | Datum för fullstandig ansokan. Handläggningstiden ska räknas från det datumet.
1016 | abbreviation | Underlag till PBL-enkäten. Ta ut uppgifterna till Boverkets årliga enkät ur Castor.
1016 | english      | Data for Boverket's yearly PBL survey should be exportable from Castor.
1016 | less_detail  | Boverkets plan- och byggenkät ur systemet.
1017 | compound     | Egen åtgärdskod för skylt- och ljusanordningslov. Och en egen avgift i taxan.
1017 | word_order   | Som egen åtgärd ska skyltlov finnas, med egen åtgärdskod och egen avgift i taxan för skyltar och ljusanordningar.
1018 | abbreviation | Rapportera nya lgh till LM:s lägenhetsregister direkt från BL-ärendet.
1018 | synonyms     | Lägenhetsuppgifter skickas till Lantmäteriet. Bostadslägenheter som tillkommer genom bygglov ska föras in i lägenhetsregistret från ärendet.
1019 | compound     | Rättelseföreläggandemall. Vid svartbygge ska föreläggande om rättelse skapas med fastighet och åtgärd.
1019 | typos        | Mall för förelaggande om rättelse vid olovlit byggande.
1020 | english      | Register lift inspections per lift. Save the besiktningsprotokoll with the next inspection date.
1020 | compound     | Hissbesiktningsprotokoll per hiss med nästa besiktningsdatum.
1021 | synonyms     | Skicka beslutet om bygglov till grannarna. Sakägarna ska underrättas om beslutet med ett utskick som använder adresserna i sakägarförteckningen.
1021 | less_detail  | Underrättelse om bygglovsbeslut till grannar.
1022 | word_order   | Till bygglovet ska uppgifterna från förhandsbeskedet följa med. Sökande, fastighet och åtgärd ska kopieras över.
1022 | more_detail  | Kopiera förhandsbeskedet till bygglovsansökan. Hos oss kommer bygglovsansökan ofta ett år efter förhandsbeskedet och vi får skriva in samma sökande, fastighet och åtgärd igen. Uppgifterna borde kunna tas över.
1023 | more_detail  | Ärendehistorik för fastigheten. När vi handlägger ett bygglov på en fastighet med många äldre ärenden får vi söka fram dem ett och ett. Alla tidigare bygglov och anmälningar på fastigheten borde visas direkt i ärendet.
1023 | english      | Property case history in the building permit case. Show all earlier permits on the same fastighet.
1024 | abbreviation | Status för BL-ärendet på Mina sidor. Sökande ser var i handläggningen det är.
1024 | english      | The applicant should see the status of their building permit case in Mina sidor.
1024 | typos        | Ärendets status på Mina sidr. Den som sökt bygglov ska se var i handläggningen ärendet befiner sig.
1025 | compound     | Kompletteringsuppladdning på Mina sidor. Sökanden laddar upp kompletterande handlingar som hamnar i ärendet.
1025 | word_order   | Kompletterande handlingar ska sökanden kunna ladda upp digitalt via Mina sidor, direkt till ärendet.
1026 | synonyms     | Kvittens på inkommen bygglovsansökan. Sökanden ska automatiskt få e-post med diarienummer och vem som handlägger när ansökan har registrerats.
1026 | less_detail  | Automatiskt mottagningsbevis för bygglovsansökan.
1026 | abbreviation | Mottagningsbekräftelse via mejl med dnr och handläggare när BL-ansökan registrerats.
1027 | synonyms     | Brev om att ansökan är komplett. Mall som talar om när handläggningstiden startar och senaste dag för beslut.
1027 | english      | Template for the letter saying the application is complete, with the start date of the handläggningstid and the latest decision date.
1028 | compound     | Handläggningstidsförlängning. Registrera beslut om att förlänga tiden med tio veckor och underrätta sökanden.
1028 | typos        | Förlängd handläggningstid. Registrera beslut om förlängning med 10 veckor och skicka underätelse till sokanden.
1029 | english      | Compare two versions of a drawing side by side so that changes are visible.
1029 | less_detail  | Jämför ritningsversioner.
1029 | word_order   | Bredvid varandra ska två versioner av samma ritning kunna visas så att man ser ändringarna.
1030 | compound     | Granskningschecklista för bygglov, rivningslov och anmälan.
1030 | more_detail  | Checklista vid granskning. Nya handläggare missar ofta saker när de granskar. Vi vill ha en checklista per ärendetyp i ärendet där man bockar av punkterna för bygglov, rivningslov och anmälan.
1031 | more_detail  | Remisser från bygglovsärendet. I dag mejlar vi remisser till räddningstjänsten och miljöförvaltningen och sparar svaren för hand. Remissen borde skickas från ärendet med valda handlingar och svaret komma tillbaka in i ärendet.
1031 | abbreviation | Remiss till miljö, RTJ och LST med valda handlingar och svar direkt in i ärendet.
1032 | word_order   | När remisstiden har gått ut utan att svar kommit in ska handläggaren påminnas.
1032 | compound     | Remisstidsbevakning. Påminnelse när svaret på remissen dröjer.
1032 | typos        | Bevakning av remistid. Paminnelse när remisstiden gått ut.
1033 | abbreviation | Tjänsteskr. till BN skapas från mall med uppgifter och handlingar ur ärendet.
1033 | synonyms     | Skapa beslutsunderlag till nämnden direkt ur ärendet. Tjänsteskrivelsen ska fyllas i från mall med ärendeuppgifterna.
1034 | less_detail  | Protokollsutdrag in i ärendet efter nämnd.
1034 | english      | After the board meeting the protokollsutdrag should be registered in each case that was handled.
1035 | abbreviation | Överklagan skickas digitalt till LST. Akten ska kunna skickas elektroniskt.
1035 | synonyms     | Elektronisk överlämning av överklaganden till länsstyrelsen. Hela akten ska kunna skickas digitalt när någon överklagar.
1036 | less_detail  | Antal beslut per åtgärd och månad.
1036 | compound     | Beslutsrapport per åtgärd och månad.
1037 | synonyms     | Ta ut avgift när ansökan dras tillbaka. Återkallade ansökningar ska få en nedsatt avgift enligt taxan.
1037 | compound     | Återkallelseavgift enligt taxan.
1038 | word_order   | Automatiskt ska planavgiften läggas till bygglovsavgiften för fastigheter inom detaljplan med planavgift.
1038 | typos        | Planavgift läggs till automatiskt. Fastigheter inom detaljplan med planavigft ska få den beräknad.
1038 | more_detail  | Planavgiften glöms bort. Vi har många äldre detaljplaner där planavgift ska tas ut vid bygglov och den missas ofta. Castor borde se att fastigheten ligger i en sådan plan och lägga till planavgiften med bygglovsavgiften.
1039 | abbreviation | Taxan uppdateras med nytt PBB vid årsskiftet. Avgifterna i PBL-taxan ska räknas om automatiskt.
1039 | english      | Update the taxa automatically when the prisbasbelopp changes at the new year.
1040 | abbreviation | Portal för KA. Se startbesked och ladda upp intyg.
1040 | english      | Portal for the kontrollansvarig to log in, see the startbesked and upload certificates.
1040 | typos        | Kontrollansvarig ser ärendet i en portal. KA ska kunan logga in och ladda upp intyg.
1041 | compound     | Utlåtande från kontrollansvarig digitalt inför slutbesked.
1041 | word_order   | Digitalt via en e-tjänst ska kontrollansvarigs utlåtande kunna lämnas inför slutbeskedet.
1042 | more_detail  | Begäran om slutbesked digitalt. Många byggherrar skickar sin begäran om slutbesked med post eller mejl utan relationshandlingar. En e-tjänst där byggherren begär slutbesked och bifogar relationshandlingar och intyg skulle spara mycket tid.
1042 | less_detail  | E-tjänst för begäran om slutbesked.
1043 | compound     | Eldstadsanmälan som e-tjänst. Med produktblad bifogat.
1043 | less_detail  | Anmäla eldstad digitalt.
1044 | synonyms     | Inventering av farligt avfall och återbruk inför rivning. Materialinventeringen ska sparas i ärendet om rivningslov.
1045 | less_detail  | Karta över tillsynsärenden.
1045 | abbreviation | Svartbyggen på kartan. Pågående tillsynsärenden enligt PBL visas med status i GIS-kartan.
1046 | word_order   | Med koordinater och datum ska bilder från arbetsplatsbesök sparas i ärendet.
1046 | typos        | Foton från arbetsplatsbesök med postion. Bilder tagna i mobilen ska sparas med kordinater.
1047 | english      | The applicant draws the building on the map in the e-service (situationsplan).
1047 | synonyms     | Rita situationsplanen direkt i e-tjänsten. Den som söker lov markerar byggnaden på kartan.
1048 | abbreviation | Koppla BL till byggnadens objektidentitet i LM:s byggnadsregister.
1049 | word_order   | Som en enkel ärendetyp utan avgift ska rådgivning och förfrågningar om lovplikt kunna registreras.
1049 | typos        | Rådgivningsarenden utan avgift. Förfrågningar om lovplikt ska kunna registreras enkelt.
1050 | more_detail  | Inkorg för nya ärenden. Vi är tolv handläggare och i dag fördelar chefen nya bygglov via e-post. Vi vill ha en gemensam inkorg i Castor där chefen tilldelar varje inkommet ärende till en handläggare.
1050 | word_order   | Från en gemensam inkorg ska chefen kunna tilldela handläggare nya bygglovsärenden.
1051 | compound     | Tidsbegränsade lov bevakas. Påminnelse när tidsbegränsningen går ut så att vi kan kontrollera att byggnaden har tagits bort.
1051 | less_detail  | Bevakning när tidsbegränsat lov går ut.
1052 | less_detail  | Planavvikelser i beslutet.
1052 | synonyms     | Registrera avvikelse från detaljplan strukturerat. Det som avviker från planen ska läggas in per ärende och komma med i beslutstexten.
1053 | compound     | Planbeskedsärende med tidsfrist och avgift.
1054 | typos        | Färdigstallandeskydd kontrolleras innan startbesked. Fältet måste fyllas i först.
1054 | more_detail  | Spärr mot startbesked utan färdigställandeskydd. Vi har gett startbesked för småhus där färdigställandeskydd saknades. Det borde finnas ett obligatoriskt fält som kontrolleras innan startbesked kan ges.
1055 | english      | Publish approved building permits on the municipal website every week, without personal data.
1055 | synonyms     | Veckolista med beviljade lov till kommunens hemsida. Exporten ska inte innehålla personuppgifter.
1056 | compound     | Kreditering av bygglovsfaktura när avgiften sätts ned i efterhand.
1056 | typos        | Kreditfaktura när bygglovsavgiten ska återbetalas. En faktura ska kunan krediteras i efterhand.
1057 | word_order   | Automatiskt ska handlingsförteckningen i beslutet skapas från handlingarna i ärendet.
1058 | more_detail  | Fakturamottagare skild från sökanden. Det är ofta ett byggföretag som ska betala fast det är en privatperson som söker bygglov. Vi vill kunna ställa fakturan för bygglovet till någon annan än sökanden.
1058 | english      | Invoice recipient other than the applicant for the building permit fee.
1059 | compound     | Avskrivningsbeslut vid återkallelse. När ansökan återkallas skapas beslutet från mall och ärendet avslutas.
1060 | word_order   | Innan beslut om avslag fattas ska sökanden få yttra sig över förslaget, med en mall för kommunicering.
1060 | abbreviation | Kommunicering enl. 25 § FL inför avslag, mall.
1061 | english      | Show all ongoing building permit cases on the map, coloured by status.
1061 | less_detail  | Bygglov på kartan färgade efter status.
1062 | word_order   | I samma bygglovsärende ska flera åtgärder kunna finnas med var sin avgift.
1062 | compound     | Fleråtgärdsärenden. Ett ärende om bygglov ska kunna ha flera åtgärder med egen avgift var.
1063 | synonyms     | Länka ett ändrat lov till det ursprungliga bygglovet. Båda besluten ska synas tillsammans.
1063 | typos        | Ändringslov kopplas til ursprungsärendet så att båda syns tilsammans.
1064 | synonyms     | Påminnelse om arbetsplatsbesök som är planerade i kontrollplanen. De ska synas i inspektörens lista.
1064 | less_detail  | Bevaka planerade arbetsplatsbesök.
1065 | typos        | Förhandsbesked som egen ärendetyp med egen avigft. I dag blir statistiken fel.
1065 | english      | Preliminary decision (förhandsbesked) as its own case type with its own fee, not registered as bygglov.
1066 | more_detail  | Sökande som saknar svenskt personnummer. Vi har många norska och tyska fritidshusägare som söker bygglov och de går inte att registrera. Det ska gå att registrera sökande med födelsedatum och utländsk adress.
1066 | english      | Applicants without a Swedish personal number should be registrable with date of birth and foreign address.
1067 | compound     | Startbesked- och slutbeskedsstatistik per år till verksamhetsberättelsen.
1068 | abbreviation | Byte av KA under byggtiden. Ny KA registreras och historiken sparas.
1068 | more_detail  | Byta kontrollansvarig i ärendet. Det händer att KA slutar mitt i ett projekt och byggherren anmäler en ny. Vi vill kunna registrera den ersättande KA och ändå se vem som var KA tidigare.
1069 | synonyms     | Meddela sökanden automatiskt att lovet har fått laga kraft. Ett brev ska gå ut när beslutet vunnit laga kraft.
1069 | compound     | Lagakraftbrev till sökanden.
1100 | synonyms     | Mejla kontrollrapporten till företaget direkt efter livsmedelsinspektionen. Det ska gå att göra från ärendet.
1100 | english      | Send the control report by email to the food business directly from the case when the kontroll is done.
1101 | synonyms     | Uppföljande kontroll efter brister ska vara en egen kontrolltyp. Extra offentlig kontroll ska få en separat avgift.
1101 | compound     | Extrakontroll som kontrolltyp med egen avgift.
1101 | typos        | Extra offentlig kontrol som egen kontrolltyp. Uppföljande kontroler efter brister ska avgiftsbeläggas separat.
1102 | more_detail  | Efterhandsdebitering enligt Livsmedelsverkets nya modell. Vår kommun går över till efterhandsdebitering av livsmedelskontroll från nästa år. Castor måste kunna ta ut avgiften i efterhand för den kontrolltid vi faktiskt lagt ned, i stället för en årsavgift.
1102 | english      | Post-debiting of food control: charge afterwards based on actual control time instead of an annual fee.
1102 | less_detail  | Efterhandsdebitering livsmedel.
1103 | word_order   | Registreringsbeslutet för livsmedelsanläggningen ska skapas och skickas automatiskt när anmälan om registrering kommer in.
1103 | more_detail  | Registreringsbeslut för livsmedelsanläggning automatiskt. Vi får in många anmälningar om registrering från foodtrucks och caféer och skriver varje beslut för hand. När anmälan kommer in borde registreringsbeslutet skapas och skickas automatiskt.
1104 | compound     | Livsmedelsprovtagning i kontrollprojekt med analysresultat per anläggning.
1104 | typos        | Provtagnig i livsmedelsprojekt. Prover ska registreras per anlaggning med analysresultat.
1105 | abbreviation | Badvattenprover till HaV. Rapportera resultat från badplatserna direkt.
1105 | compound     | Badvattenrapportering till Havs- och vattenmyndighetens databas.
1106 | compound     | E-tjänst för avloppstillstånd. Söka tillstånd för enskild avloppsanläggning med situationsplan.
1106 | english      | Online application for a permit for a private sewage system, with a site plan.
1106 | abbreviation | Ansökan om tillstånd för enskilt avlopp enl. 13 § FMH som e-tjänst.
1107 | more_detail  | Avloppsinventering i mobilen. I dag antecknar inspektörerna på papper ute i fält och för in bedömningarna i Castor efteråt. Vi vill registrera bedömningen av varje enskilt avlopp direkt på plats i mobilen.
1107 | english      | Register the assessment of each private sewer during the field inventory on the mobile.
1108 | synonyms     | Hämta slamtömningsuppgifter från renhållningen. Tömningar av slamavskiljare ska visas per avloppsanläggning.
1108 | compound     | Slamtömningsdata från renhållningssystemet per anläggning.
1109 | word_order   | Från mall ska föreläggande om utsläppsförbud för avloppsvatten kunna skapas med fastighet och datum.
1109 | less_detail  | Mall för utsläppsförbud avlopp.
1110 | compound     | Läckagekontrollbevakning för köldmedieaggregat.
1110 | typos        | Bevakning av lackagekontroll för köldmedieagregat. Vilka aggregat har passerat datum?
1110 | more_detail  | Påminnelse om läckagekontroller. Vi har över 400 aggregat med köldmedier i registret och ingen överblick över vilka som missat sin läckagekontroll. Vi vill se vilka aggregat som har passerat datum för kontrollen.
1111 | abbreviation | Köldmedium i ton CO2e. Räkna om mängden per aggregat automatiskt.
1111 | less_detail  | Köldmedier omräknat till koldioxidekvivalenter.
1112 | abbreviation | Koppling till LST:s EBH-stöd. Objekt kopplas till fastighet och ärende.
1112 | synonyms     | Länka objekten i länsstyrelsens databas över förorenade områden till fastigheterna och ärendena i Castor.
1113 | typos        | MIFO-klasning per objekt. Riskklassen ska registreras för vart potentiellt förorenat område.
1113 | less_detail  | MIFO-riskklass per objekt.
1114 | english      | E-service for notification of preschool and school premises.
1114 | compound     | Förskoleanmälan och skolanmälan som e-tjänst.
1115 | more_detail  | Mätvärden i ärenden om inomhusmiljö. När hyresgäster klagar på kyla eller fukt mäter vi temperatur och fukt under flera veckor. Mätvärdena ska kunna registreras i klagomålsärendet i stället för i en separat Excelfil.
1115 | compound     | Inomhusmiljömätvärden i klagomålsärenden.
1116 | synonyms     | Digital anmälan för tatuerare, fotvårdare och piercare.
1116 | less_detail  | E-tjänst för tatuering, piercing och fotvård.
1117 | compound     | Strandskyddsdispensansökan som e-tjänst med kartmarkering.
1117 | english      | Apply for shoreline protection exemption (strandskyddsdispens) online and mark the place on a map.
1117 | typos        | Ansökan om strandskyddsdispens via e-tjänst. Sokanden ska kunna markera platsen på en karta.
1118 | abbreviation | Strandskyddsbeslut till LST digitalt inom 3 v.
1118 | word_order   | Till länsstyrelsen ska beslut om strandskyddsdispens skickas digitalt inom tre veckor.
1119 | synonyms     | Visa strandskyddsgränsen i ärendets karta.
1119 | english      | Show the strandskydd area boundary in the map of the case.
1120 | abbreviation | Verksamhetskoder enl. MPF uppdateras centralt. När förordningen ändras ska koder och prövningsnivåer ändras av leverantören.
1120 | less_detail  | Uppdaterade verksamhetskoder.
1121 | synonyms     | Mall för inspektionsrapport med kontrollpunkter att fylla i. Gäller tillsyn på miljöfarliga verksamheter.
1121 | english      | Inspection report template with a checklist for environmentally hazardous activities.
1122 | word_order   | När beslutet fattas ska registrerad handläggningstid i anmälningsärenden bli fakturaunderlag för timavgiften.
1122 | typos        | Timavgift faktureras när beslutet fatas. Handläggningstiden ska bli ett fakturaunderlag.
1123 | compound     | Miljösanktionsavgiftsberäkning enligt förordningen.
1123 | more_detail  | Beräkna miljösanktionsavgift. När vi upptäcker en överträdelse vid tillsyn måste vi i dag leta i förordningen om miljösanktionsavgifter och räkna själva. Castor borde räkna fram avgiften och koppla den till ärendet.
1124 | more_detail  | Register över cisterner. Vi har många gamla oljecisterner inom vattenskyddsområdet och vet inte var de står. Cisterner ska kunna registreras per fastighet med volym och placering.
1124 | typos        | Registrering av cistener. Oljecisterner ska registreras per fastighet med volym.
1125 | compound     | Sophämtningsuppehåll som e-tjänst.
1125 | less_detail  | Uppehåll i sophämtning digitalt.
1126 | less_detail  | Kompostanmälan digitalt.
1126 | synonyms     | E-tjänst för att anmäla kompost för matavfall.
1127 | word_order   | Kontrollrapporten ska kunna signeras i mobilen av den ansvarige på plats under livsmedelskontrollen.
1127 | english      | Let the food business sign the control report on site on the mobile.
1128 | more_detail  | Kontrollskuld livsmedel. Vi måste kunna redovisa för nämnden vilka anläggningar som inte har fått den kontrolltid de ska ha enligt riskklassningen. I dag tar vi fram det för hand.
1128 | compound     | Kontrollskuldsrapport för livsmedel.
1128 | typos        | Kontrollskuld i livsmedelskontrolen. Vilka anläggnignar har inte fått sin kontrolltid?
1129 | synonyms     | Ny ägare av livsmedelsanläggning. Vid ägarbyte skapas en ny registrering med historiken kvar.
1129 | more_detail  | Ägarbyte på restauranger. Restauranger byter ofta ägare hos oss och vi registrerar då allt från början och tappar historiken. När en livsmedelsanläggning får ny livsmedelsföretagare ska en ny registrering skapas och tidigare kontroller följa med.
1130 | compound     | Årsavgiftsnedsättning för ideella föreningar per verksamhet.
1130 | english      | Reduced annual fee for non-profit associations, registered per verksamhet.
1131 | typos        | Påminelse om miljörapport innan 31 mars.
1131 | synonyms     | Skicka en påminnelse före 31 mars till de verksamheter som ska lämna in miljörapport.
1132 | compound     | Spridningstillstånd för bekämpningsmedel som e-tjänst.
1132 | english      | Online application for a permit to spread pesticides.
1133 | synonyms     | Registrera tillstånd för tobaksförsäljning med tillsyn och avgift för varje butik.
1134 | compound     | Bullermätningsresultat sparas i ärendet med värden och datum.
1134 | less_detail  | Spara bullermätningar i ärendet.
1135 | word_order   | Egen ärendetyp för tillstånd att hålla häst eller andra djur inom detaljplanerat område.
1135 | typos        | Tillstånd för djurhålning inom detaljplanerat omrade. Egen ärendetyp.
1136 | abbreviation | Anmälan C-verksamhet enl. MB via e-tjänst med verksamhetskod.
1136 | english      | E-service for notification of C-activities with activity code.
1137 | compound     | Vattenskyddsområdesärende som egen ärendetyp.
1137 | word_order   | Egen ärendetyp ska finnas för ansökningar om tillstånd inom vattenskyddsområde.
1138 | synonyms     | Ta fram en lista över alla enskilda avlopp i ett område inför inventeringen.
1138 | more_detail  | Urval för avloppsinventering. Varje år inventerar vi ett nytt avrinningsområde. Vi vill kunna välja området och få ut en lista över alla enskilda avlopp där, i stället för att plocka fram dem en och en.
1139 | compound     | Debiterbar tid och ej debiterbar tid vid tidsregistreringen.
1139 | less_detail  | Debiterbar eller ej debiterbar tid.
1140 | more_detail  | Anonyma klagomål. Många som klagar på grannars eldning vill inte att grannen ska få veta vem de är. Det ska gå att registrera ett klagomål utan att den klagandes personuppgifter sparas.
1140 | less_detail  | Anonyma klagomål.
1141 | english      | Food control report in English and other languages.
1141 | typos        | Kontrollrapport på flera sprak. Rapporten ska kunna skrivas ut på engelska.
1142 | synonyms     | Statistik över brister per lagstiftningsområde i livsmedelskontrollen, som hygien och märkning.
1143 | english      | Show previous inspections and deficiencies of the business in the inspection app.
1143 | word_order   | I mobilen ska inspektören se verksamhetens tidigare kontroller och brister.
1144 | abbreviation | Underlag till NV:s tillsynsenkät. Ta ut uppgifter om MB-tillsynen ur Castor.
1144 | less_detail  | Naturvårdsverkets tillsynsenkät ur systemet.
1145 | compound     | Markundersökningsresultat per förorenat område.
1146 | word_order   | Digitalt via e-tjänst ska anmälan om avhjälpandeåtgärd vid förorenat område kunna lämnas.
1146 | abbreviation | Anmälan om avhjälpandeåtgärd enl. 28 § FMH som e-tjänst.
1147 | typos        | Certiferat kylföretag per aggregat ska sparas.
1148 | synonyms     | Registrera provresultat från simhallar per bassäng.
1148 | less_detail  | Provresultat per bassäng.
1149 | compound     | Riskklassningsöversyn med påminnelse.
1150 | synonyms     | Företag ska kunna följa sina ärenden hos miljöförvaltningen digitalt på Mina sidor.
1150 | english      | Businesses should see their ongoing cases and decisions in Mina sidor.
1151 | word_order   | Påminnelse till handläggaren om delgivningskvittot för ett föreläggande inte har kommit tillbaka.
1152 | synonyms     | Skilda timpriser för livsmedelskontroll och miljöbalkstillsyn.
1152 | abbreviation | Olika timtaxa för livsmedel och MB-tillsyn.
1153 | more_detail  | Avloppsregistret uppdateras från tillståndsbeslutet. I dag beslutar vi om tillstånd och lägger sedan in anläggningen i registret för hand, vilket ofta glöms. När tillståndet ges ska anläggningen skapas i avloppsregistret automatiskt.
1154 | less_detail  | Djurenheter per gård.
1155 | abbreviation | Export av verksamheter till GIS med riskklass.
1155 | english      | Export hazardous activities with risk class as a GIS layer.
1156 | synonyms     | Bevakning av när cisterner ska kontrolleras nästa gång.
1157 | abbreviation | SMS till verksamheten om bokad inspektion med tid och plats.
1157 | typos        | Sms till verksamheten om bokad inspetion. Tid och plats ska skickas.
1158 | english      | Show all potentially contaminated sites on a map with risk class.
1159 | abbreviation | Statistik om små avlopp till HaV.
1160 | synonyms     | Markera vilande verksamheter så att de inte får årsavgift.
1160 | typos        | Vilande verksamhet utan årsavgft. Markera att den är vilande.
1161 | word_order   | Med registreringen av livsmedelsanläggningen ska beslutet om den årliga kontrollavgiften följa.
1200 | abbreviation | Ombud med fullmakt i BAB. Ombudet får alla utskick.
1200 | synonyms     | Registrera ombud och fullmakt i ärenden om bostadsanpassning så att utskicken går till ombudet.
1201 | compound     | Hantverkarregister med kontaktuppgifter och F-skattstatus.
1201 | less_detail  | Register över hantverkare med F-skatt.
1202 | more_detail  | Offertförfrågan till flera hantverkare samtidigt. För större anpassningar som badrum begär vi in offerter från tre hantverkare. Vi vill skicka samma offertförfrågan till alla från ärendet i stället för att mejla var och en.
1202 | typos        | Offertförfragan till flera hantverkare från arendet.
1203 | word_order   | Från mall ska en beställning kunna skickas till vald hantverkare när kommunen är beställare av anpassningen.
1203 | more_detail  | Beställningsmall till hantverkare. Hos oss är det kommunen som beställer arbetet i de flesta ärenden. Vi vill kunna skicka en beställning till den valda hantverkaren från en mall i ärendet.
1204 | english      | Approve (attest) the contractor's invoice in the case and turn it into a payment.
1204 | compound     | Fakturaattest i BAB-ärendet som blir utbetalning.
1205 | abbreviation | Utbetalningar av BAB som fil till ekonomisystemet.
1205 | less_detail  | Utbetalningsfil till ekonomi.
1206 | synonyms     | Påminnelse om villkor om återbetalningsskyldighet. Slutdatum för villkoret ska bevakas.
1206 | typos        | Bevakning av återbetalningskyldighet. Villkoret och slutdatum ska bevakas.
1207 | compound     | Ärendetyp för bidrag till återställning med egen beslutsmall.
1207 | english      | Restoration grant as its own case type with its own decision template.
1208 | synonyms     | Koppla bidrag för reparation till ursprungsärendet där anpassningen gjordes.
1209 | word_order   | I ärendet ska foton från hembesöket kunna sparas direkt från mobilen.
1209 | less_detail  | Foton från hembesök i ärendet.
1210 | more_detail  | Beräkning av bidragsbelopp. Vi räknar i dag fram beviljat belopp på miniräknare från offerten, lägger till moms och drar av till exempel egen insats. Castor borde räkna fram beloppet från den godkända offerten.
1210 | typos        | Bidragsbeloppet räknas från godkänd ofert med moms och eventuela avdrag.
1211 | english      | Cost per type of adaptation, e.g. stairlifts, automatic doors and bathrooms.
1211 | less_detail  | Kostnad per åtgärdstyp i BAB.
1212 | synonyms     | Begära hyresvärdens godkännande av anpassningen digitalt.
1212 | more_detail  | Digitalt medgivande från fastighetsägaren. När hyresgäster söker bidrag måste vi få fastighetsägarens medgivande och i dag skickar vi brev fram och tillbaka. Medgivandet borde kunna begäras och lämnas digitalt.
1213 | word_order   | I samma ärende ska båda vårdnadshavarna kunna registreras när anpassningen gäller ett barn.
1213 | abbreviation | Två VH som sökande i BAB-ärende för barn.
1214 | english      | The applicant follows the housing adaptation case in Mina sidor.
1214 | typos        | Sökande följer BAB-ärendet på Mina sidor. Status och beslut ska synas digitlat.
1215 | abbreviation | Kopia på beslutet till AT som skrev intyget.
1215 | synonyms     | Beslutet ska också skickas till arbetsterapeuten som utfärdade intyget.
1216 | word_order   | I samma beslut ska några åtgärder kunna beviljas och andra avslås när ansökan gäller flera åtgärder.
1216 | compound     | Delbeslut med delvis bifall och delvis avslag.
1217 | compound     | Trapphisserviceavtal och årsbesiktning i register.
1218 | more_detail  | Tidigare anpassningar för samma sökande. Många sökande har fått bostadsanpassning flera gånger och i olika bostäder. Alla tidigare BAB-ärenden för personen borde synas direkt i det nya ärendet.
1218 | abbreviation | Tidigare BAB för samma person ska synas.
1219 | synonyms     | Fatta tilläggsbeslut när kostnaden överstiger det beviljade beloppet, i samma ärende.
1219 | typos        | Tillägsbeslut vid högre kostnad i samma ärende.
1220 | english      | Partial payments of the grant while the work is ongoing.
1220 | less_detail  | Delutbetalning av bidrag.
1221 | synonyms     | Elektroniska fakturor från hantverkarna ska läsas in och kopplas till rätt ärende.
1222 | abbreviation | Kolla F-skatt hos SKV före utbetalning.
1222 | synonyms     | Automatisk kontroll mot Skatteverket att entreprenören har F-skattsedel innan vi betalar ut.
1223 | english      | Satisfaction survey to the applicant when the adaptation case is closed.
1224 | abbreviation | BAB i LSS-gruppbostad. Både boende och fastighetsägare som parter.
1224 | word_order   | Som parter ska både fastighetsägaren och den boende kunna registreras vid anpassning i gruppbostad enligt LSS.
1225 | more_detail  | Kontroll av kontonummer. Vi har haft ett fall där bidraget betalades till fel konto efter att sökanden lämnat ett felaktigt kontonummer. Kontonumret ska kontrolleras mot kontoregistret innan bidraget betalas ut till sökanden.
1226 | compound     | Garantibesiktningsbevakning två år efter färdig anpassning.
1227 | synonyms     | Avsluta ärende när sökanden har dött. Stoppa planerade utbetalningar och skriv av.
1228 | english      | Decision letter in easy-to-read Swedish (lättläst).
1229 | typos        | Utbetalt belopp per manad för budgetuppfoljning.
1300 | compound     | Avgiftsberäkning för ny byggnadskarta utifrån tomtarean enligt mättaxan.
1300 | english      | Fee for nybyggnadskarta calculated automatically from the plot area.
1300 | abbreviation | NBK-avgift efter tomtarea enligt taxan.
1301 | synonyms     | Varning när nybyggnadskartan är för gammal. Är den äldre än två år ska den uppdateras.
1301 | abbreviation | Påminnelse när NBK är äldre än 2 år.
1302 | synonyms     | Förenklad och fullständig nybyggnadskarta ska vara olika produkter som beställs och faktureras separat.
1302 | typos        | Enkel nybygnadskarta som egen produkt som debiteras för sig.
1303 | word_order   | Mätuppdraget ska länkas till rätt bygglov när en lägeskontroll beställs.
1303 | english      | Link the lägeskontroll order to the building permit case.
1303 | abbreviation | Beställd LK kopplas till BL-ärendet.
1304 | synonyms     | Skicka lägeskontrollens protokoll till byggherren och lägg in det i bygglovet.
1304 | compound     | Lägeskontrollprotokoll till byggherre och bygglovsärende.
1305 | more_detail  | Fastighetsförteckning beställs i Castor. Planhandläggarna mejlar i dag GIS-ingenjörerna för varje fastighetsförteckning till en detaljplan. De borde kunna beställa förteckningen direkt i systemet.
1305 | compound     | Fastighetsförteckningsbeställning för detaljplan.
1306 | english      | Export the fastighetsförteckning to Excel with properties, owners and addresses.
1306 | less_detail  | Fastighetsförteckning till Excel.
1307 | synonyms     | Registrera framtagning av grundkarta som uppdrag med tidsredovisning.
1307 | typos        | Grundkarta för detaljplan som ärendetyp med tidsredovisnig.
1308 | english      | Deliver adopted detailed plans digitally to Lantmäteriet.
1308 | abbreviation | Antagna DP till LM digitalt.
1308 | word_order   | Digitalt till Lantmäteriet ska detaljplaner som vunnit laga kraft kunna skickas.
1309 | synonyms     | Flygfoto som bakgrund i kartan.
1309 | compound     | Ortofotobakgrund i Castors karta.
1310 | english      | Ancient monuments layer from RAÄ in the map.
1310 | abbreviation | Fornlämningar från RAÄ som kartskikt.
1311 | english      | Add the municipality's WMS services as map layers in Castor.
1311 | typos        | Kommunens WMS-tjänter i kartan som kartlager.
1312 | abbreviation | Export av ärenden som GIS-skikt (GeoPackage).
1312 | synonyms     | Ärenden med fastighet ska kunna tas ut som GeoPackage för att användas i kommunens GIS.
1313 | word_order   | När man klickar på en fastighet i kartan ska alla ärenden på fastigheten listas.
1313 | less_detail  | Ärenden på fastigheten via klick i kartan.
1314 | more_detail  | Kalender för mätuppdragen. Vi har två mätlag och planerar uppdragen på en whiteboard. Mätlagen ska se sina bokade uppdrag i en kalender per dag i Castor.
1314 | compound     | Mätuppdragsplanering i kalender.
1315 | abbreviation | Utstakningspunkter direkt till GNSS eller totalstation.
1315 | english      | Send stakeout points directly to the GNSS receiver or total station.
1316 | compound     | Stompunktsregister med koordinater och status.
1316 | typos        | Register över stompunkter med kordinater, status och senaste kontroll.
1317 | synonyms     | E-tjänst där allmänhet och entreprenörer kan rapportera förstörda stompunkter.
1318 | abbreviation | Adresser till LM:s adressregister automatiskt.
1318 | word_order   | Automatiskt ska nya och ändrade belägenhetsadresser skickas till Lantmäteriets adressregister.
1319 | more_detail  | Rapportering till byggnadsregistret. Kommunen ska rapportera nya och rivna byggnader till Lantmäteriet och i dag görs det i ett separat verktyg. Vi vill rapportera inmätta byggnader direkt till byggnadsregistret från Castor.
1319 | english      | Report new and demolished buildings to Lantmäteriet's building register.
1320 | compound     | Kartutdragsbeställning som e-tjänst för allmänheten.
1320 | less_detail  | E-tjänst för kartutdrag.
1321 | word_order   | Utifrån format och skala ska priset för kartutdrag räknas fram automatiskt enligt taxan.
1321 | typos        | Avgift för kartutdrag enligt taxn, utifrån format och skala.
1322 | compound     | Mätuppdragsfakturering till ekonomisystemet.
1322 | more_detail  | Fakturaunderlag från mätuppdrag. Vi gör över 300 mätuppdrag om året och skriver i dag av varje faktura i ekonomisystemet. När ett mätuppdrag avslutas ska fakturaunderlaget skickas dit automatiskt.
1323 | synonyms     | Koppla Lantmäteriets aviseringar om förrättningar till fastigheten.
1323 | abbreviation | Aviseringar om förrättningar från LM kopplas till fastighet.
1324 | english      | Write and send the municipality's statement on a cadastral procedure to Lantmäteriet from the case.
1325 | synonyms     | Egen ärendetyp med avgift för att visa fastighetsgränsen på plats.
1325 | compound     | Gränsutvisningsärende med avgift.
1326 | abbreviation | NBK syns som handling i BL-ärendet.
1326 | word_order   | I bygglovsärendet ska den levererade nybyggnadskartan synas som handling.
1327 | less_detail  | Lista över pågående kartbeställningar.
1328 | synonyms     | Arkivera råfiler och bearbetade mätfiler i mätuppdraget.
1329 | english      | Save my map layer settings until next time.
1329 | typos        | Egna kartlagerinstälningar sparas till nästa gång.
1330 | synonyms     | Mäta yta i kartan och få arean i m2.
1330 | english      | Measure area in the map by drawing a polygon.
1331 | abbreviation | Registerkartan från LM hämtas varje natt.
1332 | compound     | VA-ledningsinmätning som egen uppdragstyp.
1332 | word_order   | Egen uppdragstyp ska finnas för inmätning av vatten- och avloppsledningar.
1333 | abbreviation | Mejl till kunden när kartan är levererad.
1333 | less_detail  | Kunden aviseras när kartan är klar.
1334 | abbreviation | Digital signering av NBK av ansvarig GIS-ingenjör.
1335 | synonyms     | Registrera mätosäkerhet för varje objekt som mäts in.
1336 | abbreviation | Flera fastigheter i en NBK-beställning.
1336 | english      | One order of nybyggnadskarta covering several properties.
1400 | abbreviation | Skanning med OCR så att pappershandlingar blir sökbara vid reg.
1400 | english      | Scan paper documents with OCR at registration so they become searchable.
1401 | abbreviation | Klassificering enligt IHP baserad på KLASSA.
1401 | synonyms     | Ärendena ska klassas enligt kommunens informationshanteringsplan.
1402 | word_order   | Utan att hela ärendet blir hemligt ska en enskild handling kunna markeras som sekretess.
1402 | typos        | Sekretesmarkering av enskilda handlingar.
1403 | english      | Publish a daily list of registered documents (postlista) on the web without personal data.
1403 | compound     | Daglig postlistepublicering utan personuppgifter.
1404 | abbreviation | Rensa personregistret enl. GDPR. Personer utan aktivt ärende tas bort.
1404 | more_detail  | Gallring i personregistret. Vi har över 80 000 personer i registret och många har inte haft något aktivt ärende på länge. Enligt GDPR ska vi inte spara dem och vi vill kunna rensa bort personer som inte finns i något aktivt ärende.
1405 | english      | GDPR subject access: compile everything stored about a person.
1405 | more_detail  | Registerutdrag enligt GDPR. Det har kommit in flera begäranden om registerutdrag och det tar dagar att leta fram allt om personen i olika ärenden. Allt som finns sparat om en person ska kunna sammanställas.
1406 | synonyms     | Behörighet som går ut automatiskt för vikarier och konsulter.
1406 | typos        | Tidsbegränsad behorighet som upphör automatiskt.
1407 | abbreviation | SSO med Azure AD eller SAML.
1407 | english      | Single sign-on with the municipality's account via SAML or Azure AD.
1408 | compound     | Mallversionshantering med återställning.
1408 | word_order   | Tidigare versioner av dokumentmallar ska sparas så att man kan se och återställa dem.
1409 | synonyms     | Skicka pappersbrev via hybridpost i stället för att skriva ut på kontoret.
1410 | abbreviation | Mejl från Castor med funktionsadress som avsändare.
1410 | english      | Send e-mail from Castor with the department's shared mailbox as sender.
1411 | synonyms     | Verktyg för att göra egna rapporter och statistik utan att beställa dem från leverantören.
1411 | less_detail  | Egen rapportgenerator.
1412 | english      | Open API so that Power BI can read data from Castor.
1412 | typos        | Statistk till Power BI via ett öpet API.
1413 | synonyms     | Samma kundnummer och fakturaadress i Castor och ekonomisystemet.
1414 | abbreviation | Uppdatera adresser från Navet så att utskick inte går till gamla adresser.
1414 | more_detail  | Adresser från folkbokföringen. Beslut och fakturor kommer tillbaka för att sökanden har flyttat. Personernas adresser borde uppdateras från Navet så att utskicken går till rätt adress.
1415 | less_detail  | Hämta företagsuppgifter från Bolagsverket.
1415 | compound     | Företagsuppgiftshämtning från Bolagsverket med org.nr.
1416 | synonyms     | Skicka nämndärenden till kommunens system för nämndadministration.
1417 | english      | List of recently opened cases on the start page.
1417 | less_detail  | Senast öppnade ärenden på startsidan.
1418 | more_detail  | Samlad att göra-lista. Som handläggare har jag bevakningar i ärenden, uppgifter från chefen och påminnelser på olika ställen. Jag vill se alla mina bevakningar och uppgifter samlade på ett ställe.
1418 | compound     | Bevakningslista per handläggare med uppgifter.
1419 | english      | Speech to text for notes in the case.
1419 | synonyms     | Diktera tjänsteanteckningar som blir text direkt i ärendet.
1420 | word_order   | Till en PDF ska valda handlingar i ärendet kunna slås ihop inför utlämnande.
1420 | english      | Merge selected documents into one PDF for disclosure.
1421 | word_order   | Innan handlingen lämnas ut ska personnummer och andra personuppgifter kunna maskeras.
1421 | typos        | Maskering av personuppgifer vid utlämnande.
1422 | more_detail  | Logg över ändrade uppgifter. Det har hänt att fastighetsbeteckningen eller sökanden har ändrats i ett ärende och ingen vet av vem. Vi vill se vem som ändrade en uppgift, när och vad som stod innan.
1422 | english      | Change log: who changed a field in the case, when and the previous value.
1423 | synonyms     | Visa information om driftstörningar och nya versioner när man loggar in.
1424 | compound     | Testmiljö med avidentifierad produktionskopia.
1424 | less_detail  | Avidentifierad testmiljö.
1425 | abbreviation | Mejl när en bevakning förfaller.
1425 | word_order   | När en bevakning förfaller ska handläggaren få ett mejl.
1426 | synonyms     | Spara mina kolumner och sortering i ärendelistor till nästa gång jag loggar in.
-    | lookalike    | Timavgift i stället för fast bygglovsavgift. Vid vanlig lovprövning vill vi kunna ta ut avgiften per nedlagd timme enligt taxan.
-    | lookalike    | Fakturaunderlag för byggsanktionsavgiften till ekonomisystemet. När beslutet om sanktionsavgift har vunnit laga kraft ska underlaget skickas till ekonomisystemet.
-    | lookalike    | Statistik över reducerade bygglovsavgifter. Hur många ärenden per år har fått avgiften nedsatt på grund av överskriden tidsfrist.
-    | lookalike    | Varning för för stor attefallsåtgärd. Systemet ska varna när byggnadsarean i en anmälan om attefallshus överstiger det tillåtna.
-    | lookalike    | Lista över ärenden per kontrollansvarig. Vi vill se hur många pågående uppdrag varje KA har i kommunen.
-    | lookalike    | Sakkunnig för tillgänglighet kontrolleras mot certifieringsregistret. När en certifierad sakkunnig anlitas ska behörigheten synas i ärendet.
-    | lookalike    | Protokoll från slutsamråd i mobilen. Byggnadsinspektören ska kunna skriva slutsamrådets protokoll på plats.
-    | lookalike    | Interimistiskt slutbesked från mall. Beslutet ska skapas med kvarstående åtgärder och villkor ifyllda.
-    | lookalike    | Överklagandehänvisning per mottagare. Beslutet ska ha olika hänvisning för sökanden och för sakägare.
-    | lookalike    | Delgivningskvitton på papper skannas och kopplas till rätt sakägare. Kvittot ska markera att sakägaren är delgiven.
-    | lookalike    | Inkomststämpel på ritningar. Ritningar ska stämplas med datum och diarienummer när de registreras som inkomna.
-    | lookalike    | Ärendemeningen i mejlets ämnesrad. Utskick från ärendet ska ha ärendemening och diarienummer i ämnesraden.
-    | lookalike    | Lägenhetsnummer från lägenhetsregistret visas i bygglovsärendet. Befintliga lägenheter i byggnaden ska hämtas från Lantmäteriet.
-    | lookalike    | Mall för förbud att fortsätta arbetet. Vid olovligt byggande ska ett förbudsföreläggande kunna skapas med fastighet och åtgärd ifyllda.
-    | lookalike    | Brev till fastighetsägare när hissbesiktningen är försenad. Påminnelsen ska skapas från mall med hissens uppgifter.
-    | lookalike    | Underrättelse till sakägare inför beslut om bygglov. Grannarna ska få tillfälle att yttra sig med svarstid innan lovet prövas.
-    | lookalike    | Tidigare miljöärenden på fastigheten visas i tillsynsärendet. Inspektören ska se miljökontorets historik på fastigheten.
-    | lookalike    | Kontrollansvarig får sms när startbesked har getts. KA ska underrättas direkt när startbeskedet är klart.
-    | lookalike    | Sökanden återkallar sin ansökan på Mina sidor. Den som sökt bygglov ska kunna dra tillbaka ansökan digitalt.
-    | lookalike    | Kvittens till grannar som lämnat synpunkter. Den som yttrat sig i ett bygglovsärende ska få en bekräftelse på att yttrandet kommit in.
-    | lookalike    | Yttrande till länsstyrelsen i överklagat ärende. Byggnadsnämndens yttrande över överklagandet ska kunna skrivas från mall.
-    | lookalike    | Tjänsteskrivelse till miljö- och hälsoskyddsnämnden från mall. Miljöärenden som ska upp i nämnd behöver samma stöd.
-    | lookalike    | Protokollsutdrag skickas till sökanden. Efter nämndens sammanträde ska sökanden få protokollsutdraget med beslutet.
-    | lookalike    | Utfall av överklaganden per år. Hur många beslut som överklagats och hur många som länsstyrelsen ändrat.
-    | lookalike    | Avgift vid avslag på bygglov. När ansökan avslås ska avgiften för prövningen tas ut enligt taxan.
-    | lookalike    | Förhandsberäkning av bygglovsavgiften i e-tjänsten. Sökanden ska se en ungefärlig avgift innan ansökan skickas in.
-    | lookalike    | Underrättelse till skorstensfejarmästaren om ny eldstad. När installation av eldstad har anmälts ska sotningen få besked.
-    | lookalike    | Timavgift för rådgivning som tar mer än en timme. Omfattande förhandsrådgivning ska kunna debiteras enligt taxa.
-    | lookalike    | Ansökan om förlängning av tidsbegränsat bygglov kopplas till det tidigare lovet. Det nya ärendet ska visa hela historiken.
-    | lookalike    | Kreditfaktura för kart- och mätuppdrag. När fel avgift har tagits ut för ett mätuppdrag ska fakturan kunna krediteras.
-    | lookalike    | Avgift för ändringslov räknas bara på ändringen. Taxan ska kunna tillämpas på den del av lovet som ändras.
-    | lookalike    | Flera fastigheter i samma bygglovsärende. När en byggnad står på två fastigheter ska båda kunna anges i ärendet.
-    | lookalike    | Bevakning av förhandsbeskedets giltighet. Påminnelse innan förhandsbeskedet slutar vara bindande efter två år.
-    | lookalike    | Beslut på engelska till utländska sökande. Bygglovsbeslutet ska kunna skickas med en engelsk översättning.
-    | lookalike    | Byte av byggherre i pågående ärende. När fastigheten säljs under byggtiden ska den nya byggherren registreras.
-    | lookalike    | Underrättelse till grannar när lovet har vunnit laga kraft. Sakägarna ska få veta att beslutet inte längre går att överklaga.
-    | lookalike    | Mottagningsbekräftelse när komplettering har kommit in. Sökanden ska få ett mejl när de kompletterande handlingarna har registrerats.
-    | lookalike    | Ritningar från e-tjänsten delas upp i separata handlingar. En PDF med alla ritningar ska delas per ritningsblad när den registreras.
-    | lookalike    | Fast avgift för anmälan om eldstad i taxan. Eldstäder ska ha ett eget belopp i stället för timdebitering.
-    | lookalike    | Verksamheten redovisar åtgärder efter kontrollen via e-tjänst. När brister har hittats ska företaget kunna svara digitalt på kontrollrapporten.
-    | lookalike    | Efterhandsdebitering av tillsyn enligt miljöbalken. Miljöfarliga verksamheter ska betala för nedlagd tillsynstid i efterhand i stället för årsavgift.
-    | lookalike    | Avregistrering av livsmedelsanläggning när verksamheten upphör. Anläggningen ska avslutas och årsavgiften sluta debiteras.
-    | lookalike    | Registreringsbeslut för livsmedelsanläggning på engelska. Beslutet om registrering ska kunna skickas på engelska.
-    | lookalike    | Provtagning av vatten i enskilda brunnar. Fastighetsägare som lämnar vattenprov ska kunna få analysresultat och bedömning från oss.
-    | lookalike    | Badvattenprover visas på kommunens webbplats. Allmänheten ska kunna se senaste provresultatet för varje badplats.
-    | lookalike    | Intyg om utförande för enskilt avlopp via e-tjänst. Entreprenören ska kunna lämna intyg om att anläggningen är byggd enligt tillståndet.
-    | lookalike    | Informationsbrev till fastighetsägare inför avloppsinventeringen. Brevet ska skickas till alla med enskilt avlopp i det valda området.
-    | lookalike    | Beslut om förlängt tömningsintervall skickas till renhållningen. Renhållningens system ska få veta när slamavskiljaren får tömmas mer sällan.
-    | lookalike    | Bevakning av förbud att släppa ut avloppsvatten. Datum då förbudet börjar gälla ska bevakas så att uppföljande tillsyn görs.
-    | lookalike    | Skrotade köldmedieaggregat markeras som avvecklade. Aggregat som har tagits ur drift ska inte längre synas bland de aktiva.
-    | lookalike    | Nya förorenade områden rapporteras från Castor till länsstyrelsen. Objekt som vi hittar i tillsynen ska skickas in till EBH-stödet.
-    | lookalike    | Mall för brev till hyresvärden vid klagomål på inomhusmiljö. Hyresvärden ska få en begäran om åtgärd med svarstid.
-    | lookalike    | Checklista för tillsyn av tatuerare och fotvårdare. Hygienisk verksamhet behöver en egen checklista vid inspektion.
-    | lookalike    | Länsstyrelsens överprövning av strandskyddsdispens registreras. När länsstyrelsen beslutar att pröva dispensen ska det synas i ärendet.
-    | lookalike    | Brev till fastighetsägare med cistern inom vattenskyddsområde. Utskicket ska gå till alla registrerade cisterner i området.
-    | lookalike    | Bevakning av när uppehållet i sophämtningen upphör. Renhållningen och handläggaren ska få veta när uppehållet har gått ut.
-    | lookalike    | Anmälda komposter förs över till renhållningens kundregister. Den som anmält kompostering ska få rätt abonnemang.
-    | lookalike    | Inspektören signerar kontrollrapporten med BankID. Rapporten ska signeras elektroniskt av inspektören innan den skickas.
-    | lookalike    | Påminnelse om att granska inkomna miljörapporter. Handläggaren ska se vilka miljörapporter som ännu inte har granskats.
-    | lookalike    | Kontrollköp av tobak registreras. Resultatet av kontrollköp på försäljningsställen ska sparas i tillsynsärendet.
-    | lookalike    | Anmälan om ny bassäng via e-tjänst. Badhus som bygger en ny bassäng ska kunna anmäla den digitalt.
-    | lookalike    | Återkoppling till den som har klagat. Klaganden ska automatiskt få besked när klagomålsärendet avslutas.
-    | lookalike    | Nya verksamheter skapas i inspektionsappen. Inspektören ska kunna lägga upp en verksamhet som hittas i fält direkt i mobilen.
-    | lookalike    | Verksamhetsutövaren betalar sin faktura på Mina sidor. Avgiften för tillsyn ska kunna betalas med kort eller Swish.
-    | lookalike    | Digitalt delgivningskvitto för föreläggande i miljöärenden. Verksamhetsutövaren ska kunna kvittera föreläggandet via en länk.
-    | lookalike    | Import av avloppsanläggningar från Excel. Äldre anläggningar som finns i kalkylblad ska läsas in i avloppsregistret.
-    | lookalike    | Verksamheternas läge hämtas från kommunens GIS. Koordinaterna för varje verksamhet ska läsas in från kartsystemet.
-    | lookalike    | Sms till verksamheten när kontrollrapporten är klar. Verksamhetsutövaren ska få ett meddelande när rapporten går att läsa.
-    | lookalike    | Påminnelse om att kontrollera om en vilande verksamhet har startat igen. Handläggaren ska få en bevakning efter ett år.
-    | lookalike    | Avgift för anmälan om hygienisk verksamhet tas ut vid registrering. Den fasta avgiften ska skapas automatiskt när anmälan registreras.
-    | lookalike    | Bevakning av villkor i strandskyddsdispens. Handläggaren ska påminnas om att följa upp att villkoren i dispensen följs.
-    | lookalike    | Anmälan om försäljning av folköl. Anmälningar om folkölsförsäljning ska registreras med tillsyn och avgift.
-    | lookalike    | Tillsynsavgift per djurenhet. Årsavgiften för lantbruk ska räknas fram från antalet djurenheter.
-    | lookalike    | Ombud söker bostadsanpassningsbidrag via e-tjänst med BankID. Ombudet ska kunna logga in och ansöka för den sökandes räkning.
-    | lookalike    | Register över arbetsterapeuter. Arbetsterapeuter som skriver intyg ska finnas med kontaktuppgifter och arbetsplats.
-    | lookalike    | Sökanden laddar upp egna offerter på Mina sidor. Offerter som den sökande har tagit in ska hamna direkt i BAB-ärendet.
-    | lookalike    | Dubbelattest av utbetalningar över ett visst belopp. Större utbetalningar av bidrag ska attesteras av två personer.
-    | lookalike    | Utbetalningsstatus hämtas från ekonomisystemet. Vi vill se i ärendet att bidraget faktiskt har betalats ut.
-    | lookalike    | Slutbesiktningsprotokoll från mall. Protokollet från besiktningen av utförd anpassning ska skapas med åtgärder och hantverkare ifyllda.
-    | lookalike    | Kostnad per hantverkare. Sammanställning av hur mycket varje hantverkare har fakturerat för bostadsanpassningar.
-    | lookalike    | Hyresvärden meddelas när anpassningen är klar. Fastighetsägaren ska få besked när arbetet är slutbesiktigat.
-    | lookalike    | Kopia av beslutet till hantverkaren. Den hantverkare som ska utföra arbetet ska få beslutet om bidrag.
-    | lookalike    | Bidraget delas mellan flera mottagare. En del av bidraget ska kunna betalas till hantverkaren och resten till sökanden.
-    | lookalike    | Enkät till arbetsterapeuter om samarbetet. Arbetsterapeuterna ska få frågor om hur handläggningen av BAB fungerar.
-    | lookalike    | Bankkonto för hantverkare hämtas från leverantörsregistret. Utbetalning till hantverkare ska använda kontot i ekonomisystemet.
-    | lookalike    | Reklamation till hantverkaren efter garantibesiktning. Fel som upptäcks ska kunna skickas till hantverkaren från ärendet.
-    | lookalike    | Beslutsbrev på andra språk än svenska. Beslutet om bostadsanpassningsbidrag ska kunna skickas på arabiska, somaliska och engelska.
-    | lookalike    | Budget för bostadsanpassning jämförs med beviljade bidrag. Årets budget ska läggas in och jämföras med vad som har beviljats.
-    | lookalike    | Protokoll från hembesöket i mobilen. Handläggaren ska skriva anteckningar om bostaden direkt under hembesöket.
-    | lookalike    | Avgift för lägeskontroll efter byggnadens area. Priset för lägeskontroll ska räknas fram från byggnadsarean enligt mättaxan.
-    | lookalike    | Påminnelse till byggherren om att beställa lägeskontroll. När startbesked har getts ska byggherren påminnas om lägeskontrollen.
-    | lookalike    | Avvikelse mot situationsplanen markeras vid lägeskontroll. Om byggnaden står fel ska avvikelsen synas tydligt i protokollet.
-    | lookalike    | Samrådsbrev till sakägare i fastighetsförteckningen. Alla i förteckningen till detaljplanen ska få ett utskick om samrådet.
-    | lookalike    | Grundkartan levereras som DWG till planarkitekten. Den färdiga grundkartan ska kunna exporteras till CAD.
-    | lookalike    | Planregistret hos Lantmäteriet synkas in till Castor. Gällande detaljplaner ska läsas in varje vecka.
-    | lookalike    | Snedbilder från flygfotograferingen öppnas från kartan. Man ska kunna se byggnaden från olika håll.
-    | lookalike    | Kartskikt med naturreservat och Natura 2000 från Naturvårdsverket. Skyddade områden ska kunna tändas i kartan.
-    | lookalike    | Egna ritade objekt följer med i kartutskriften. Det man har ritat i kartan ska synas när kartan sparas som PDF.
-    | lookalike    | Zooma till fastigheten från ärendet. Med ett klick i ärendet ska kartan öppnas med fastigheten markerad.
-    | lookalike    | Stompunkter publiceras på webben för entreprenörer. Koordinater och punktbeskrivningar ska kunna hämtas av allmänheten.
-    | lookalike    | Brev till boende om ny belägenhetsadress. När adressen har beslutats ska alla som bor på fastigheten få ett brev.
-    | lookalike    | Byggnader från Lantmäteriets byggnadsregister läses in i Castor. Byggnadernas uppgifter ska hämtas till vår databas.
-    | lookalike    | Kortbetalning i e-tjänsten för kartutdrag. Kunden ska betala direkt när kartutdraget beställs.
-    | lookalike    | Internfakturering av kartbeställningar från andra förvaltningar. Interna beställare ska faktureras via internfaktura i stället för kundfaktura.
-    | lookalike    | Förrättningsakter från Lantmäteriet öppnas från fastigheten. Gamla akter ska gå att läsa direkt från kartan.
-    | lookalike    | Statistik över kartbeställningar per år. Antal sålda nybyggnadskartor och kartutdrag ska kunna tas fram.
-    | lookalike    | Mätfiler skickas till kunden. Beställaren ska kunna få mätdata i DXF direkt från mätuppdraget.
-    | lookalike    | Inmätta VA-ledningar levereras till VA-huvudmannens system. Ledningarna ska föras över utan att ritas om.
-    | lookalike    | Mätosäkerhet skrivs ut i lägeskontrollens protokoll. Byggherren ska se hur noggrann mätningen var.
-    | lookalike    | Beställning av utstakning kopplas till bygglovsärendet. När utstakning beställs ska uppdraget länkas till bygglovet.
-    | lookalike    | Nybyggnadskartan ska visa förbindelsepunkt för vatten och avlopp. Uppgiften ska hämtas från VA-huvudmannen.
-    | lookalike    | Skanning av gamla bygglovsritningar i arkivet. Ritningar från pappersarkivet ska digitaliseras och kopplas till fastigheten.
-    | lookalike    | Sekretessmarkering av ett helt ärende. Hela ärendet ska kunna döljas för alla utom behöriga handläggare.
-    | lookalike    | Behörighetsloggar gallras efter två år. Loggar över åtkomst ska rensas automatiskt enligt informationshanteringsplanen.
-    | lookalike    | Tvåfaktorsinloggning vid distansarbete. Den som loggar in utanför kommunens nät ska behöva en andra faktor.
-    | lookalike    | Dela dokumentmallar mellan kommuner. En mall som en kommun gjort ska kunna hämtas av andra Castorkommuner.
-    | lookalike    | Svar på mejl från Castor hamnar i ärendet. När sökanden svarar på ett mejl som skickats från ärendet ska svaret registreras där.
-    | lookalike    | Schemalagda rapporter mejlas varje månad. En sparad statistikrapport ska skickas automatiskt till chefen den första i månaden.
-    | lookalike    | Betalningsstatus från ekonomisystemet visas i ärendet. Handläggaren ska se om fakturan är betald.
-    | lookalike    | Nyckeltal på startsidan. Antal inkomna och avslutade ärenden den senaste veckan ska visas när man loggar in.
-    | lookalike    | Avliden person markeras från folkbokföringen. När en sökande har avlidit ska det synas i personregistret.
-    | lookalike    | Bevakningar delegeras till en kollega vid frånvaro. Under semestern ska mina bevakningar gå till en ersättare.
-    | lookalike    | Delade kolumnval för hela enheten. Administratören ska kunna bestämma standardkolumner i ärendelistorna för alla.
-    | lookalike    | Logg över utlämnade handlingar. Det ska synas vilka handlingar som har lämnats ut, till vem och när.
-    | lookalike    | Handlingar från e-tjänsterna registreras utan registrator. Inkomna handlingar ska diarieföras automatiskt i rätt ärende.
"""

WISHES: list[Wish] = [Wish(int(number), module, text) for number, module, text in _rows(_WISHES)]
QUERIES: list[Query] = [
    Query(text, None if original == "-" else int(original), kind)
    for original, kind, text in _rows(_QUERIES)
]
