"""A labelled evaluation set for duplicate detection of development wishes (data only).

WISHES are existing wishes as members of Användarföreningen Castor would write them: a title and
a sentence of description, across Bygg, Miljö, BAB, Kart & mät and Övrigt. DUPLICATES are new
wishes that ask for the same thing as one existing wish, written differently: synonyms,
abbreviations (BAB, KA, NBK, mejl), compounds split or joined, another word order, some in
English. NEAR_MISSES share words with existing wishes but ask for something else: none of them
duplicates any wish here.

The records are kept one a line in text blocks, `number | module | text` and `original | text`,
so that each reads as a member wrote it.
"""

# ruff: noqa: E501

from __future__ import annotations

from typing import NamedTuple


class Wish(NamedTuple):
    number: int
    module: str
    text: str


class Query(NamedTuple):
    text: str
    original: int | None  # the wish it duplicates; None for a near-miss


def _rows(block: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("|")] for line in block.strip().splitlines()]


_WISHES = """
 1 | Bygg       | Bygglovsansökan från e-tjänsten direkt in i Castor. Ansökningar som kommer via e-tjänsten ska skapa ett bygglovsärende med sökande och handlingar ifyllda.
 2 | Bygg       | Påminnelse när startbesked saknas. Handläggaren ska få en bevakning när en åtgärd har påbörjats utan att startbesked har getts.
 3 | Bygg       | Mall för begäran om komplettering. En standardmall för att begära in kompletterande handlingar från sökanden med svarsdatum.
 4 | Bygg       | Automatisk beräkning av bygglovsavgift enligt taxan. Avgiften ska räknas fram utifrån kommunens taxa och byggnadens bruttoarea.
 5 | Bygg       | Visa återstående handläggningstid i ärendelistan. Handläggaren ska se hur många veckor som är kvar av de tio veckorna.
 6 | Bygg       | Kontrollplan som digitalt formulär. Kontrollansvarig ska kunna fylla i och signera kontrollplanen digitalt.
 7 | Bygg       | Kallelse till tekniskt samråd skickas från systemet. Kallelsen ska skapas från mall och skickas med e-post till byggherre och kontrollansvarig.
 8 | Bygg       | Grannehörande med svar via webben. Grannar ska kunna lämna sina synpunkter på ett bygglov digitalt i stället för per brev.
 9 | Bygg       | Expediering av slutbesked. När slutbesked ges ska beslutet skickas till byggherren och ärendet avslutas automatiskt.
10 | Bygg       | Statistik över bygglov och nya bostäder till SCB. Uppgifterna om påbörjade och färdigställda bostäder ska kunna skickas som fil till SCB.
11 | Bygg       | Mäta och rita i ritningar. Handläggaren ska kunna mäta avstånd och göra anteckningar i PDF-ritningar direkt i ärendet.
12 | Bygg       | Byggsanktionsavgift beräknas i tillsynsärenden. Vid olovligt byggande ska sanktionsavgiften räknas ut enligt plan- och byggförordningen.
13 | Bygg       | Register över OVK-besiktningar. Ventilationskontrollerna ska registreras per byggnad med intervall så att vi ser vilka som är försenade.
14 | Bygg       | Publicera beslut om bygglov i Post- och Inrikes Tidningar. Kungörelsen ska skickas till PoIT direkt från ärendet.
15 | Bygg       | Delegationslista med beslut att anmäla till nämnden. En lista över delegationsbeslut per period som kan skickas till byggnadsnämnden.
20 | Miljö      | Tillsynsplan utifrån behovsutredning. Planera årets tillsyn per verksamhet utifrån riskklass och följa upp vad som blev gjort.
21 | Miljö      | Registrera tid vid inspektion i mobilen. Inspektören ska kunna föra in nedlagd handläggningstid direkt på plats.
22 | Miljö      | Export av årsavgifter till ekonomisystemet. Faktureringsunderlaget för årliga tillsynsavgifter ska kunna föras över som fil till ekonomisystemet.
23 | Miljö      | Årsrapport till Livsmedelsverket. Rapporteringen av livsmedelskontrollen ska kunna tas fram ur systemet utan handpåläggning.
24 | Miljö      | Enskilda avlopp på kartan. Visa alla enskilda avloppsanläggningar i kommunen med status och senaste tillsyn på en karta.
25 | Miljö      | Mobil inspektionsapp som fungerar utan uppkoppling. Inspektörer ska kunna dokumentera kontroller och ta foton även där det saknas mobiltäckning.
26 | Miljö      | Klagomål på störningar via e-tjänst. Klagomål från allmänheten om buller eller lukt ska bli ett ärende automatiskt.
27 | Miljö      | Anmälan om installation av värmepump som e-tjänst. Fastighetsägaren ska kunna anmäla värmepump digitalt med karta över borrhålet.
28 | Miljö      | Riskklassning av livsmedelsanläggningar. Kontrolltid och avgift ska räknas fram automatiskt från riskklassningen.
29 | Miljö      | Bevakning av föreläggande med vite. Datum för när föreläggandet ska vara åtgärdat ska bevakas och handläggaren påminnas.
30 | Miljö      | Massutskick till verksamheter i en bransch. Kunna skicka samma informationsbrev till alla verksamheter av en viss typ, till exempel alla frisörer.
31 | Miljö      | Hämta miljörapporter från Svenska miljörapporteringsportalen. Miljörapporterna från SMP ska kopplas till rätt verksamhet automatiskt.
32 | Miljö      | Köldmedierapporter via e-tjänst. Operatörer ska kunna lämna årlig köldmedierapport digitalt och värdena ska sparas per aggregat.
33 | Miljö      | Provtagning av dricksvatten i registret. Analysresultat från laboratoriet ska kunna läsas in och kopplas till rätt vattenverk.
34 | Miljö      | Radonmätningar per fastighet. Registrera radonhalter från mätningar i bostäder och visa vilka som överskrider referensnivån.
40 | BAB        | E-tjänst för ansökan om bostadsanpassningsbidrag. Sökanden ska kunna ansöka digitalt och bifoga intyg och offerter.
41 | BAB        | Årsstatistik om bostadsanpassningsbidrag till Boverket. Statistiken som Boverket begär varje år ska kunna tas ut med ett klick.
42 | BAB        | Utbetalning av bidraget direkt till entreprenören. När sökanden har gett fullmakt ska bidraget kunna betalas ut till entreprenören i stället.
43 | BAB        | Register över återanvändbara hissar och ramper. Hålla reda på återtagna trapphissar och ramper så att de kan återanvändas.
44 | BAB        | Jämföra offerter i ärendet. Handläggaren ska kunna registrera flera offerter för samma åtgärd och jämföra beloppen.
45 | BAB        | Intyg från arbetsterapeut som digital handling. Arbetsterapeuten ska kunna skicka sitt intyg direkt till ärendet.
46 | BAB        | Beslutsmall för avslag på bostadsanpassningsbidrag. Mallen ska innehålla motivering och hänvisning till rätt paragraf i lagen.
47 | BAB        | Återkrav av utbetalt bidrag. Kunna registrera ett återkrav när bidrag har betalats ut felaktigt och följa upp återbetalningen.
48 | BAB        | Boka hembesök från ärendet. Handläggaren ska kunna boka tid för hembesök och skicka en bekräftelse till den sökande.
49 | BAB        | Besiktning av utförd anpassning. Registrera slutbesiktning och godkännande av arbetet innan bidraget betalas ut.
60 | Kart & mät | Beställning av nybyggnadskarta via e-tjänst. Kunden ska kunna beställa nybyggnadskarta digitalt och få den levererad som PDF och DWG.
61 | Kart & mät | Utstakning och lägeskontroll som egen ärendetyp. Utstakning och lägeskontroll ska ha egna ärendetyper med avgift enligt taxan.
62 | Kart & mät | Sök på fastighetsbeteckning med autokomplettering. När man skriver en fastighetsbeteckning ska förslag visas medan man skriver.
63 | Kart & mät | Visa gällande detaljplan för fastigheten. Detaljplanen och planbestämmelserna ska synas direkt i ärendet.
64 | Kart & mät | Export av koordinater till DWG. Inmätta punkter ska kunna exporteras i SWEREF 99 till CAD.
65 | Kart & mät | Import av mätdata från GNSS-mottagare. Mätfiler från fältet ska kunna läsas in utan att konverteras för hand.
66 | Kart & mät | Ägaruppgifter från Lantmäteriets fastighetsregister. Ägare och adress ska hämtas automatiskt från fastighetsregistret.
67 | Kart & mät | Ärende för adressättning. Kunna hantera nya belägenhetsadresser som ärenden med beslut och underrättelse.
68 | Kart & mät | Uppdatera baskartan med inmätta byggnader. Nya byggnader från lägeskontroller ska föras in i baskartan utan dubbelarbete.
69 | Kart & mät | Kartutskrift i A3 med skalstock. Skriva ut kartutdrag i skala som PDF i A3 med teckenförklaring.
70 | Kart & mät | Tidsredovisning för mätuppdrag. Mätingenjörerna ska kunna registrera tid och material per uppdrag som underlag för fakturan.
80 | Övrigt     | Digital signering av beslut med BankID. Beslut ska kunna signeras elektroniskt av handläggare och delegat.
81 | Övrigt     | Skicka beslut till digital brevlåda. Beslut och underrättelser ska kunna skickas till mottagarens digitala brevlåda, till exempel Kivra.
82 | Övrigt     | Fritextsökning i alla ärenden och dokument. Kunna söka på valfritt ord i ärendemeningar, anteckningar och inkomna handlingar.
83 | Övrigt     | Registrera inkommande e-post direkt i ärendet. Ett mejl ska kunna dras från Outlook och diarieföras i rätt ärende.
84 | Övrigt     | Gallring enligt dokumenthanteringsplanen. Handlingar ska gallras automatiskt när gallringsfristen har gått ut.
85 | Övrigt     | Behörighet per modul och roll. Administratören ska kunna styra vilka som får läsa och ändra i respektive modul.
86 | Övrigt     | Exportera ärendelistan till Excel. Den filtrerade listan ska kunna sparas som en Excelfil med valda kolumner.
87 | Övrigt     | Tydlig markering av skyddade personuppgifter. Personer med skyddad identitet ska varnas för överallt där de visas.
88 | Övrigt     | Leverans till e-arkiv. Avslutade ärenden ska kunna levereras till kommunens e-arkiv i FGS-format.
89 | Övrigt     | Sparade sökningar som favoriter. Användaren ska kunna spara egna sökningar och öppna dem med ett klick.
90 | Övrigt     | Logg över vem som har öppnat ett ärende. Det ska gå att se vilka användare som har läst en akt och när.
91 | Övrigt     | Dokumentmallar i Word med fältkoder. Mallarna ska fyllas i automatiskt med uppgifter från ärendet.
92 | Övrigt     | SMS-avisering till sökande. Sökanden ska kunna få ett sms när ärendet har fått ett beslut.
93 | Övrigt     | Bättre stöd för skärmläsare. Castor ska gå att använda med skärmläsare och bara tangentbord.
94 | Övrigt     | Inspektioner i Outlook-kalendern. Bokade inspektioner och möten ska synas i handläggarens kalender i Outlook.
95 | Övrigt     | Sammanslagning av dubbla personer och företag. Kunna slå ihop dubbletter i person- och företagsregistret.
96 | Övrigt     | Handläggarbyte för många ärenden på en gång. Vid personalbyte ska alla ärenden kunna flyttas till en ny handläggare samtidigt.
"""

_DUPLICATES = """
 1 | Ansökan om bygglov via e-tjänst ska hamna i systemet. Det som skickas in digitalt ska bli ett ärende utan att vi skriver av det.
 2 | Bevakning av startbesked. Få en påminnelse om byggstart sker innan startbeskedet är givet.
 3 | Kompletteringsbegäran från mall. Vi vill ha en mall när vi begär kompletteringar av sökanden.
 4 | Bygglovsavgiften räknas ut automatiskt. Räkna fram avgift för bygglov enligt taxa och area.
 5 | Hur lång handläggningstid som återstår. Visa i listan över ärenden hur många veckor som är kvar.
 6 | Digital kontrollplan som KA kan signera. KA fyller i kontrollplanen i ett formulär.
 7 | Skicka kallelse till tekniskt samråd med mejl. Kallelsen skapas från en mall och mejlas till byggherren och KA.
 8 | Digitalt grannehörande. Grannarna svarar på webben istället för med brev.
 9 | Slutbeskedet expedieras automatiskt. Skicka slutbesked till byggherre och avsluta ärendet.
10 | Rapportera bostadsstatistik till SCB. Skicka uppgifter om påbörjade och färdiga bostäder som fil.
11 | Mätverktyg för ritningar. Mäta avstånd och skriva anteckningar i ritningen i PDF.
12 | Räkna ut sanktionsavgift vid olovligt byggande. Beräkna byggsanktionsavgiften enligt PBF i tillsynsärendet.
13 | OVK-register med försenade besiktningar. Obligatorisk ventilationskontroll per byggnad och intervall.
20 | Tillsynsplanering efter riskklass. Planera tillsynen för året per verksamhet och följa upp.
21 | Tidsregistrering i mobilen under inspektionen. Inspektörer för in tiden på plats.
22 | Årlig tillsynsavgift som fakturaunderlag till ekonomisystem. Exportera årsavgifterna som fil.
24 | Map of private sewage systems. Show all private sewage systems with status on a map.
25 | Inspektionsapp offline. Appen för inspektioner ska fungera utan mobiltäckning.
26 | E-tjänst för bullerklagomål. Klagomål på buller och lukt blir ärenden automatiskt.
27 | Värmepumpsanmälan digitalt. E-tjänst för att anmäla värmepump med borrhål på karta.
29 | Vitesföreläggande bevakas. Påminn handläggaren om datum för föreläggande med vite.
31 | Import av miljörapporter från SMP. Koppla miljörapporten till verksamheten automatiskt.
40 | BAB-ansökan som e-tjänst. Ansök om BAB digitalt med intyg och offert bifogade.
41 | Statistik till Boverket om BAB. Boverkets årliga statistik om bostadsanpassning ska tas ut automatiskt.
42 | Pay the grant directly to the contractor. With a power of attorney the grant payment goes to the contractor.
44 | Offertjämförelse i BAB-ärenden. Registrera flera offerter och jämför belopp.
46 | Avslagsbeslut för BAB från mall. Mall för avslag med motivering och lagrum.
47 | Återbetalning av bostadsanpassningsbidrag. Återkrav när bidraget betalats ut felaktigt.
60 | Nybyggnadskarta som e-tjänst. Beställa NBK digitalt som PDF eller DWG.
62 | Autocomplete for property designation search. Suggestions while typing the property designation.
63 | Detaljplan i ärendet. Gällande planbestämmelser för fastigheten ska visas.
66 | Hämta fastighetsägare från Lantmäteriet. Ägare och adresser från fastighetsregistret automatiskt.
69 | Kartutdrag i skala som PDF i A3. Utskrift med skalstock och teckenförklaring.
80 | Signera beslut digitalt med BankID. Elektronisk signering för handläggare och delegat.
81 | Send decisions to the digital mailbox. Decisions should go to the recipient's digital mailbox such as Kivra.
83 | Diarieföra mejl i ärendet. Dra ett mail från Outlook till rätt ärende.
86 | Excelexport av ärendelista. Spara listan med ärenden som Excel.
87 | Skyddad identitet ska synas tydligt. Varning för skyddade personuppgifter överallt.
90 | Åtkomstlogg för ärenden. Se vem som har läst ett ärende och när.
92 | Text message to the applicant when a decision is made. Send an SMS notification.
96 | Byta handläggare på flera ärenden samtidigt. Flytta alla ärenden till en ny handläggare.
14 | Kungörelse i PoIT direkt från Castor. Publicera bygglovsbeslut i Post- och Inrikes Tidningar utan att logga in på deras webb.
23 | Livsmedelsverkets årsrapportering automatiskt. Ta fram rapporten om livsmedelskontroll ur systemet.
34 | Radon measurements per property. Register radon levels and show which homes are above the reference level.
43 | Återanvända trapphissar. Hålla koll på hissar och ramper som har tagits tillbaka.
65 | Läsa in mätfiler från GPS direkt. Slippa konvertera filerna från GNSS-utrustningen för hand.
84 | Automatisk gallring av gamla handlingar. När gallringsfristen i dokumenthanteringsplanen har passerat ska handlingarna gallras.
85 | Rättigheter styrda per roll. Styra läs- och skrivbehörighet för varje modul.
88 | Arkivleverans av avslutade ärenden. Leverera till e-arkivet enligt FGS.
89 | Spara mina sökfilter. Återanvända en sökning jag gör ofta.
93 | Tillgänglighet för synskadade användare. Systemet måste fungera för den som inte ser skärmen.
95 | Dubbletter i personregistret. Samma person eller företag finns flera gånger och ska kunna slås samman.
3 | Template for requesting missing documents. Ask the applicant for completion using a standard template.
"""

_NEAR_MISSES = """
Påminnelse om att ansöka om slutbesked. Byggherren ska få ett brev när det gått ett år.
Mall för grannyttrande på engelska. Grannar som inte talar svenska ska få en översättning.
Bygglovsavgift för rivningslov i taxan. Rivningslov saknas som avgiftsgrund.
Statistik över handläggningstider per handläggare. Chefen vill följa upp arbetsbelastning.
Faktura för timavgift efter inspektion. Skapa faktura direkt när inspektionen är klar.
Livsmedelsregistrering via e-tjänst. Nya livsmedelsföretag ska kunna registrera sig digitalt.
Foton från inspektionen i rapporten. Bilderna ska kunna infogas i inspektionsrapporten.
Klagomål på handläggningen. Registrera synpunkter från medborgare på vår service.
Hiss i flerbostadshus, bygglov. Kontrollera om hissen kräver bygglov.
Arbetsterapeuter ska se sina egna ärenden. Egen inloggning för arbetsterapeuter.
Fastighetsbeteckning på beslutet. Beslutet ska visa fastighetsbeteckningen i sidhuvudet.
Import av detaljplaner från Boverkets planregister. Läsa in nya planer automatiskt.
Koordinatsystem i kartan. Byta till ett lokalt koordinatsystem för visning.
BankID-inloggning i e-tjänsterna. Sökande loggar in med BankID.
Excel-import av verksamheter. Läsa in en lista med verksamheter från Excel.
Mobilnummer på sökande. Fält för mobilnummer i personregistret.
Kalender för lediga tider i receptionen. Besökare ska kunna boka tid på webben.
Radonbidrag till villaägare. Handläggning av bidrag för radonsanering.
Avgift för kopia av allmän handling. Ta betalt för utlämnade kopior.
Arkivera e-post automatiskt efter ett år. Gamla mejl i funktionsbrevlådan ska raderas.
"""

WISHES: list[Wish] = [Wish(int(number), module, text) for number, module, text in _rows(_WISHES)]
DUPLICATES: list[Query] = [Query(text, int(number)) for number, text in _rows(_DUPLICATES)]
NEAR_MISSES: list[Query] = [Query(text, None) for (text,) in _rows(_NEAR_MISSES)]
