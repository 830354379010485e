"""Sealed, blind evaluation set (part A: Bygg, BAB, Övrigt).

Written by an AI helper session from its own knowledge of Swedish municipal
case handling, without reading the project's other wish sets, tests, handlers
or benchmarks. Intended to be used once, sealed, to measure duplicate
detection on text nobody on the project has seen.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # ------------------------------------------------------------------ Bygg
    Wish(
        5000,
        "Bygg",
        "Automatisk beräkning av tidsfrist. Vi vill att Castor räknar ut sista dag för beslut, tio veckor från att ansökan blev komplett, och visar datumet tydligt i ärendet.",
    ),
    Wish(
        5001,
        "Bygg",
        "Påminnelse innan tidsfristen går ut. Önskar att handläggaren får en bevakning två veckor innan tidsfristen för beslut i ett bygglovsärende löper ut.",
    ),
    Wish(
        5002,
        "Bygg",
        "Registrera förlängd handläggningstid. Det borde gå att registrera ett beslut om förlängning av tidsfristen med ytterligare tio veckor, så att den nya tidsfristen räknas fram och syns i ärendet.",
    ),
    Wish(
        5003,
        "Bygg",
        "Reducerad avgift vid överskriden tidsfrist. När tidsfristen har överskridits ska bygglovsavgiften sänkas med en femtedel per påbörjad vecka. Vi vill att Castor gör den beräkningen automatiskt i stället för att vi räknar för hand.",
    ),
    Wish(
        5004,
        "Bygg",
        "Besked om komplett ansökan. Vi vill kunna skicka ett färdigt besked till sökanden om att ansökan är komplett, med datum när tidsfristen börjar löpa, direkt från ärendet.",
    ),
    Wish(
        5005,
        "Bygg",
        "Begäran om komplettering med svarsdatum. Önskar en mall för begäran om komplettering där svarsdatumet fylls i automatiskt och en bevakning läggs på samma datum.",
    ),
    Wish(
        5006,
        "Bygg",
        "Grannehörande via e-post. Det borde gå att skicka underrättelsen till grannar och andra sakägare med e-post direkt från Castor i stället för att skriva ut och posta brev.",
    ),
    Wish(
        5007,
        "Bygg",
        "Sakägarförteckning hämtas automatiskt. Vi vill att Castor tar fram listan över berörda sakägare, alltså grannfastigheterna och deras ägare, utifrån fastigheten i bygglovsärendet, så att vi slipper beställa den separat.",
    ),
    Wish(
        5008,
        "Bygg",
        "Registrera svar från grannar. Önskar att varje sakägares svar kan registreras med status, till exempel ingen erinran, erinran eller ej svarat, så att man ser vilka som inte har hört av sig.",
    ),
    Wish(
        5009,
        "Bygg",
        "Kungörelse till Post- och Inrikes Tidningar. Vi vill kunna skicka kungörelsen av ett bygglovsbeslut till PoIT direkt från Castor, med rätt text och fastighetsbeteckning.",
    ),
    Wish(
        5010,
        "Bygg",
        "Beräkna när beslutet vinner laga kraft. Castor borde räkna ut datum för laga kraft utifrån kungörelsedatum och delgivningsdatum och visa det i ärendet.",
    ),
    Wish(
        5011,
        "Bygg",
        "Registrera delgivningskvitto. Det borde gå att registrera när ett delgivningskvitto kommer tillbaka, så att delgivningsdatumet sätts på beslutet.",
    ),
    Wish(
        5012,
        "Bygg",
        "Digital stämpel på ritningar. Vi vill att ritningar som hör till ett bygglovsbeslut automatiskt får en stämpel med texten Hör till beslut, diarienummer och beslutsdatum när beslutet fattas.",
    ),
    Wish(
        5013,
        "Bygg",
        "Sortera bilagor från e-tjänsten. När en bygglovsansökan kommer in via e-tjänsten borde bilagorna få rätt handlingstyp, som fasadritning, planritning och situationsplan, i stället för att allt registreras som Bilaga.",
    ),
    Wish(
        5014,
        "Bygg",
        "Kontrollplan utifrån mall. Önskar att vi kan skapa kontrollplaner i Castor från mallar för olika åtgärder, till exempel enbostadshus, tillbyggnad och eldstad.",
    ),
    Wish(
        5015,
        "Bygg",
        "Register över kontrollansvariga. Vi vill kunna välja kontrollansvarig ur ett register med certifieringsnummer och behörighetsnivå i stället för att skriva in namn och uppgifter som fritext i varje ärende.",
    ),
    Wish(
        5016,
        "Bygg",
        "Varning för utgången certifiering. Castor borde varna när en kontrollansvarig vars certifiering har gått ut kopplas till ett ärende.",
    ),
    Wish(
        5017,
        "Bygg",
        "Kallelse till tekniskt samråd. Det borde gå att boka tekniskt samråd i Castor och skicka kallelse med tid och plats till byggherren och kontrollansvarig i samma steg.",
    ),
    Wish(
        5018,
        "Bygg",
        "Protokoll från tekniskt samråd. Önskar en mall för protokoll från tekniskt samråd där deltagare, fastighet och åtgärd fylls i automatiskt från ärendet.",
    ),
    Wish(
        5019,
        "Bygg",
        "Startbesked i samma beslut som bygglovet. Vi vill kunna ge startbesked i bygglovsbeslutet när tekniskt samråd inte behövs, utan att behöva skapa ett separat beslut.",
    ),
    Wish(
        5020,
        "Bygg",
        "Påminnelse om att begära slutbesked. Önskar att Castor skickar en påminnelse till byggherren när det har gått en viss tid sedan startbeskedet och inget slutbesked har begärts.",
    ),
    Wish(
        5021,
        "Bygg",
        "Bevakning vid interimistiskt slutbesked. När vi ger interimistiskt slutbesked vill vi att en bevakning skapas automatiskt för de åtgärder som återstår, så att ärendet inte blir liggande.",
    ),
    Wish(
        5022,
        "Bygg",
        "Rapport över ärenden utan slutbesked. Vi vill kunna ta fram en lista över alla ärenden som har startbesked men saknar slutbesked, sorterad efter hur länge sedan startbeskedet gavs.",
    ),
    Wish(
        5023,
        "Bygg",
        "Dokumentera arbetsplatsbesök i mobilen. Det borde gå att skriva anteckningar och ta foton vid arbetsplatsbesök direkt i mobilen och att allt sparas i bygglovsärendet.",
    ),
    Wish(
        5024,
        "Bygg",
        "Kallelse till slutsamråd med checklista. Önskar att kallelsen till slutsamråd kan skickas med e-post tillsammans med en checklista över de handlingar som ska lämnas in före mötet.",
    ),
    Wish(
        5025,
        "Bygg",
        "Beräkning av byggsanktionsavgift. Vi vill att Castor räknar ut byggsanktionsavgiften utifrån typ av överträdelse och area enligt PBF, i stället för att vi använder Boverkets kalkylator vid sidan av.",
    ),
    Wish(
        5026,
        "Bygg",
        "Tillsynsärende från anmälan om olovligt byggande. Det borde gå att skapa ett tillsynsärende direkt från en inkommen anmälan om olovligt byggande och behålla kopplingen till den som anmälde.",
    ),
    Wish(
        5027,
        "Bygg",
        "Mall för ansökan om utdömande av vite. Vi vill ha en mall för ansökan till mark- och miljödomstolen om utdömande av vite, där uppgifterna om föreläggandet hämtas från tillsynsärendet.",
    ),
    Wish(
        5028,
        "Bygg",
        "Bevakning av OVK. Vi vill se vilka byggnader som har obligatorisk ventilationskontroll som snart förfaller och få en bevakning när nästa besiktning ska vara gjord.",
    ),
    Wish(
        5029,
        "Bygg",
        "Läsa in OVK-protokoll. Det borde gå att importera besiktningsprotokoll för OVK som funktionskontrollanterna skickar in, utan att vi registrerar dem för hand.",
    ),
    Wish(
        5030,
        "Bygg",
        "Hissbesiktning kopplad till byggnaden. Önskar att protokoll från besiktning av hissar registreras på byggnaden så att hela historiken syns på ett ställe.",
    ),
    Wish(
        5031,
        "Bygg",
        "Visa tidigare förhandsbesked. När en bygglovsansökan kommer in på en fastighet som har fått förhandsbesked borde Castor visa förhandsbeskedet och om det fortfarande gäller.",
    ),
    Wish(
        5032,
        "Bygg",
        "Rivningsanmälan i e-tjänsten. Vi vill att anmälan om rivning kan göras via e-tjänsten, med materialinventering och uppgift om farligt avfall som obligatorisk bilaga.",
    ),
    Wish(
        5033,
        "Bygg",
        "Förenklad mall för startbesked på attefallsåtgärder. Önskar en beslutsmall för startbesked på attefallshus och attefallstillbyggnader där standardvillkor och en enkel kontrollplan kommer med automatiskt.",
    ),
    Wish(
        5034,
        "Bygg",
        "Underlag till Boverkets plan- och byggenkät. Vi vill kunna ta ut uppgifterna till Boverkets årliga plan- och byggenkät, som antal lov, handläggningstider och tillsynsärenden, direkt ur Castor.",
    ),
    Wish(
        5035,
        "Bygg",
        "Rapportering av bostadsbyggande till SCB. Det borde gå att rapportera påbörjade och färdigställda bostäder till SCB direkt från Castor utan att fylla i deras blanketter manuellt.",
    ),
    Wish(
        5036,
        "Bygg",
        "Handläggningstid per ärendetyp. Önskar en rapport över median för handläggningstid per ärendetyp och handläggare, räknat från komplett ansökan till beslut.",
    ),
    Wish(
        5037,
        "Bygg",
        "Visa detaljplanebestämmelser i ärendet. Vi vill att gällande detaljplan och dess bestämmelser för fastigheten visas automatiskt när ett bygglovsärende registreras.",
    ),
    Wish(
        5038,
        "Bygg",
        "Markera liten avvikelse från detaljplan. Det borde gå att markera i ärendet att åtgärden är en liten avvikelse från detaljplanen, så att det kan tas ut i statistik.",
    ),
    Wish(
        5039,
        "Bygg",
        "Bygglovsavgift räknas ut från taxan. Vi vill att avgiften beräknas automatiskt enligt taxan när vi fyller i bruttoarea och öppenarea, i stället för att räkna i Excel.",
    ),
    Wish(
        5040,
        "Bygg",
        "Avgift när ansökan återkallas. Det borde gå att ta ut avgift för nedlagd tid när en bygglovsansökan återkallas, beräknad med taxans timavgift.",
    ),
    Wish(
        5041,
        "Bygg",
        "Timdebitering i tillsynsärenden. Önskar att vi kan registrera nedlagd tid i tillsynsärenden enligt PBL så att avgiften kan tas ut per timme.",
    ),
    Wish(
        5042,
        "Bygg",
        "Ansökan från e-tjänsten blir ärende direkt. Vi vill att bygglovsansökningar från e-tjänsten automatiskt skapar ett ärende med fastighet, sökande och ärendetyp ifyllda, utan att registratorn skriver av.",
    ),
    Wish(
        5043,
        "Bygg",
        "Sökande ser status på sitt ärende. Önskar att sökanden kan logga in i e-tjänsten och se status på sitt bygglovsärende, till exempel mottaget, komplett och beslutat, så att vi får färre telefonsamtal.",
    ),
    Wish(
        5044,
        "Bygg",
        "Kompletteringar via e-tjänsten. Det borde gå för sökanden att skicka in kompletteringar via e-tjänsten och att de hamnar direkt i rätt ärende.",
    ),
    Wish(
        5045,
        "Bygg",
        "Ombud med fullmakt. Vi vill kunna registrera ett ombud med fullmakt i ärendet så att utskick går till ombudet och sökanden får en kopia.",
    ),
    Wish(
        5046,
        "Bygg",
        "Flera fastigheter i samma bygglovsärende. Önskar att ett ärende kan kopplas till flera fastigheter, till exempel när en byggnad står över en fastighetsgräns.",
    ),
    Wish(
        5047,
        "Bygg",
        "Fastighetens bygglovshistorik. Det borde gå att se alla tidigare bygglov, anmälningar och tillsynsärenden på en fastighet i en och samma lista.",
    ),
    Wish(
        5048,
        "Bygg",
        "Koppla skannade arkivritningar till fastighet. Vi vill kunna importera inskannade ritningar från det gamla bygglovsarkivet och koppla dem till rätt fastighet.",
    ),
    Wish(
        5049,
        "Bygg",
        "Expediering i ett steg. Önskar att ett beslut kan expedieras till sökande, sakägare och kontrollansvarig samtidigt med rätt sändlista, och att expedieringen loggas i ärendet.",
    ),
    Wish(
        5050,
        "Bygg",
        "Registrera överklagande. Vi vill kunna registrera att ett beslut har överklagats, när handlingarna skickades till länsstyrelsen och hur det gick, så att det syns i ärendet.",
    ),
    Wish(
        5051,
        "Bygg",
        "Välja villkor och upplysningar ur lista. Det borde gå att välja vanliga villkor och upplysningar till bygglovsbeslut ur en lista i stället för att kopiera text från gamla beslut.",
    ),
    Wish(
        5052,
        "Bygg",
        "Slutbesked för eldstad utan platsbesök. Önskar en mall för slutbesked för eldstäder där intyget från skorstensfejaren räcker som underlag.",
    ),
    Wish(
        5053,
        "Bygg",
        "Flytta ärenden till annan handläggare. Vi vill kunna flytta alla öppna ärenden från en handläggare till en annan i ett steg, till exempel vid sjukskrivning eller när någon slutar.",
    ),
    Wish(
        5054,
        "Bygg",
        "Arbetslista sorterad efter tidsfrist. Önskar en översikt där varje handläggare ser sina egna ärenden sorterade efter tidsfrist, så att det syns vilka som brådskar.",
    ),
    Wish(
        5055,
        "Bygg",
        "Snabbregistrering av rådgivning. Vi vill kunna registrera enkla rådgivningsfrågor, som telefonfrågor om bygglovsplikt, utan att skapa ett fullständigt ärende, så att vi kan räkna hur många frågor vi får.",
    ),
    Wish(
        5056,
        "Bygg",
        "Kommunicering innan avslag. Önskar en mall för att kommunicera ett förslag till avslag med sökanden, där svarsfrist sätts och en bevakning skapas.",
    ),
    Wish(
        5057,
        "Bygg",
        "Automatisk påminnelse om komplettering. Vi vill att Castor skickar en påminnelse till sökanden när svarsdatumet för en begärd komplettering har passerat utan att något kommit in.",
    ),
    Wish(
        5058,
        "Bygg",
        "Mall för avvisning när komplettering uteblir. Det borde finnas en beslutsmall för att avvisa ansökan när begärd komplettering inte har kommit in, med hänvisning till rätt paragraf.",
    ),
    Wish(
        5059,
        "Bygg",
        "Bevakning av tidsbegränsade bygglov. Vi vill att tidsbegränsade bygglov får en bevakning när lovet går ut, så att vi kan följa upp att byggnaden tas bort eller att ny ansökan kommer in.",
    ),
    # ------------------------------------------------------------------- BAB
    Wish(
        5200,
        "BAB",
        "E-tjänst för ansökan om bostadsanpassningsbidrag. Vi vill att sökanden kan lämna ansökan om bostadsanpassningsbidrag digitalt och att den automatiskt skapar ett ärende i Castor.",
    ),
    Wish(
        5201,
        "BAB",
        "Arbetsterapeutens intyg via e-tjänst. Önskar att arbetsterapeuten kan skicka in sitt intyg digitalt och att det kopplas direkt till sökandens ärende.",
    ),
    Wish(
        5202,
        "BAB",
        "Fastighetsägarens medgivande med BankID. Det borde gå att skicka fastighetsägarens medgivande för signering med BankID i stället för att skicka papper med posten.",
    ),
    Wish(
        5203,
        "BAB",
        "Flera offerter per åtgärd. Vi vill kunna registrera flera inkomna offerter för samma åtgärd och jämföra beloppen i ärendet innan beslut.",
    ),
    Wish(
        5204,
        "BAB",
        "Beslut hämtar belopp från kostnadsberäkningen. Önskar att beslutsmallen hämtar beviljat belopp per åtgärd från kostnadsberäkningen så att summorna inte behöver skrivas in två gånger.",
    ),
    Wish(
        5205,
        "BAB",
        "Utbetalning direkt till entreprenör. Vi vill kunna registrera att bidraget ska betalas direkt till entreprenören enligt sökandens fullmakt och skapa ett utbetalningsunderlag till ekonomi.",
    ),
    Wish(
        5206,
        "BAB",
        "Kontroll av faktura mot beslut. Det borde gå att registrera entreprenörens faktura i ärendet och få en varning om fakturan överstiger det beviljade beloppet.",
    ),
    Wish(
        5207,
        "BAB",
        "Register över återtagna hissar och ramper. Vi vill ha ett register över trapphissar, ramper och annan utrustning som kommunen har tagit tillbaka, så att de kan återanvändas i nya ärenden.",
    ),
    Wish(
        5208,
        "BAB",
        "Bevakning av service på hissar. Önskar en bevakning för återkommande service och besiktning av trapphissar och plattformshissar som har beviljats med bidrag.",
    ),
    Wish(
        5209,
        "BAB",
        "Statistik till Boverket. Vi vill kunna ta ut den statistik om bostadsanpassning som Boverket begär in varje år, med antal ärenden, bidragsbelopp, åtgärdstyper, ålder och kön, direkt ur Castor.",
    ),
    Wish(
        5210,
        "BAB",
        "Välja åtgärder ur Boverkets lista. Det borde gå att välja åtgärd ur en fast lista, till exempel borttagning av trösklar, duschplats eller spisvakt, i stället för att skriva fritext, så att statistiken blir rätt.",
    ),
    Wish(
        5211,
        "BAB",
        "Hembesök i mobilen. Önskar att handläggaren kan dokumentera hembesöket med foton och mått i mobilen och att anteckningarna sparas i ärendet.",
    ),
    Wish(
        5212,
        "BAB",
        "Beställning till entreprenör från ärendet. Vi vill kunna skicka en beställning till upphandlad entreprenör direkt från ärendet, med beviljade åtgärder och adress ifyllda.",
    ),
    Wish(
        5213,
        "BAB",
        "Återkrav av bidrag. Vi vill ha en mall för beslut om återbetalning av bostadsanpassningsbidrag, till exempel när åtgärden inte har utförts som det var tänkt.",
    ),
    Wish(
        5214,
        "BAB",
        "Reparationsbidrag visar tidigare ärende. När någon söker reparationsbidrag borde det tidigare ärendet där anpassningen beviljades visas, med entreprenör och datum.",
    ),
    Wish(
        5215,
        "BAB",
        "Anpassningar per lägenhet vid återställning. Vi vill kunna se vilka anpassningar som gjorts i en lägenhet, utifrån adress och lägenhetsnummer, när fastighetsägaren ansöker om återställningsbidrag.",
    ),
    Wish(
        5216,
        "BAB",
        "Registrera att åtgärden är utförd. Det borde gå att registrera att åtgärden är utförd och godkänd, med datum och vem som kontrollerat, innan utbetalning görs.",
    ),
    Wish(
        5217,
        "BAB",
        "Sekretessmarkering av hälsouppgifter. Vi vill kunna markera handlingar med hälsouppgifter, som läkarintyg och intyg från arbetsterapeut, som sekretess så att de inte syns för alla användare.",
    ),
    Wish(
        5218,
        "BAB",
        "Handläggningstid för bostadsanpassning. Önskar en rapport över tiden från inkommen ansökan till beslut och vidare till utbetalning, per ärende.",
    ),
    Wish(
        5219,
        "BAB",
        "Beslutsbrev på lättläst svenska. Vi vill ha mallar för beslut om bostadsanpassningsbidrag på lättläst svenska, eftersom många sökande är äldre och har svårt med myndighetsspråk.",
    ),
    # ---------------------------------------------------------------- Övrigt
    Wish(
        5400,
        "Övrigt",
        "Lista över delegationsbeslut till nämnden. Vi vill kunna ta ut en lista över alla delegationsbeslut under en period, grupperad per delegat, för anmälan till nämnden.",
    ),
    Wish(
        5401,
        "Övrigt",
        "Leverans till e-arkiv. Önskar att avslutade ärenden kan levereras till kommunens e-arkiv enligt FGS för ärendehantering, med handlingar och metadata.",
    ),
    Wish(
        5402,
        "Övrigt",
        "Lista över handlingar som ska gallras. Det borde gå att ange gallringsfrist per handlingstyp enligt dokumenthanteringsplanen och få fram en lista över de handlingar som är mogna för gallring.",
    ),
    Wish(
        5403,
        "Övrigt",
        "Registrera e-post från Outlook. Vi vill kunna dra och släppa ett mejl från Outlook in i ett ärende så att det registreras som inkommande handling med avsändare och datum.",
    ),
    Wish(
        5404,
        "Övrigt",
        "Sök i dokumentens text. Önskar att sökfunktionen även söker i texten i bifogade dokument, som PDF och Word, och inte bara i ärendemening och fastighet.",
    ),
    Wish(
        5405,
        "Övrigt",
        "Spara sökningar. Det borde gå att spara en sökning med filter, till exempel ärendetyp, status och handläggare, och öppna den igen med ett klick.",
    ),
    Wish(
        5406,
        "Övrigt",
        "Behörighet per ärendetyp. Vi vill kunna styra behörigheter per ärendetyp, så att till exempel bostadsanpassningsärenden bara syns för dem som handlägger bostadsanpassning.",
    ),
    Wish(
        5407,
        "Övrigt",
        "Logg över vem som öppnat ett ärende. Önskar en logg över vilka användare som har öppnat eller läst ett ärende, så att vi kan följa upp åtkomst till sekretessuppgifter.",
    ),
    Wish(
        5408,
        "Övrigt",
        "SMS från ärendet. Det borde gå att skicka SMS till sökande eller fastighetsägare direkt från ärendet, till exempel en påminnelse om ett inbokat besök.",
    ),
    Wish(
        5409,
        "Övrigt",
        "Samma brev till många mottagare. Vi vill kunna skicka ett och samma brev till många mottagare på en gång, till exempel alla fastighetsägare inom ett område, och få brevet registrerat i varje ärende.",
    ),
    Wish(
        5410,
        "Övrigt",
        "Utskick till digital brevlåda. Önskar att utskick från Castor kan gå till mottagarens digitala brevlåda via Mina meddelanden och att det registreras om leveransen lyckades.",
    ),
    Wish(
        5411,
        "Övrigt",
        "Villkorsstyrd text i mallar. Det borde gå att lägga in villkor i en mall så att ett stycke bara kommer med om ett visst fält i ärendet är ifyllt.",
    ),
    Wish(
        5412,
        "Övrigt",
        "Användare kan ändra mallar själva. Önskar att användare med rätt behörighet kan ändra texten i mallar utan att behöva gå via systemförvaltaren.",
    ),
    Wish(
        5413,
        "Övrigt",
        "Lägga in nästa års taxa i förväg. Vi vill kunna lägga in nästa års taxa med ett giltighetsdatum, så att rätt avgift används automatiskt från årsskiftet.",
    ),
    Wish(
        5414,
        "Övrigt",
        "Fakturaunderlag till ekonomisystemet. Önskar en integration som skickar fakturaunderlag från Castor direkt till kommunens ekonomisystem, i stället för att vi exporterar en fil och läser in den.",
    ),
    Wish(
        5415,
        "Övrigt",
        "Egna rapporter. Vi vill kunna bygga egna rapporter med valfria kolumner och filter och exportera dem till Excel utan att behöva beställa dem från leverantören.",
    ),
    Wish(
        5416,
        "Övrigt",
        "Inloggning med kommunens single sign-on. Önskar att vi kan logga in i Castor med kommunens gemensamma inloggning (Azure AD) i stället för ett separat lösenord.",
    ),
    Wish(
        5417,
        "Övrigt",
        "Offline-läge i mobilen. Det borde gå att använda Castor i mobilen utan täckning, så att anteckningar från fältet sparas och synkas när man får nät igen.",
    ),
    Wish(
        5418,
        "Övrigt",
        "Ärende till nämndens dagordning. Vi vill kunna skicka en tjänsteskrivelse från Castor till nämndsekreterarens system så att ärendet hamnar på dagordningen till nämndens sammanträde.",
    ),
    Wish(
        5419,
        "Övrigt",
        "Protokollsutdrag tillbaka till ärendet. Önskar att protokollsutdraget från nämnden automatiskt kopplas till ärendet i Castor när protokollet är justerat.",
    ),
]

QUERIES: list[Query] = [
    # ------------------------------------------------------ Bygg, duplicates
    Query(
        "Castor borde själv räkna fram sista beslutsdag, alltså tio veckor från att ansökan är komplett, och visa den i ärendet.",
        5000,
        "synonyms",
    ),
    Query(
        "Autom. beräkning av tidsfrist (10 v fr. komplett ans.) enl. PBL, visas i ärendet",
        5000,
        "abbreviation",
    ),
    Query(
        "Automatic calculation of the tidsfrist – Castor should count 10 weeks from complete application and show the deadline in the case.",
        5000,
        "english",
    ),
    Query(
        "Påminelse innan tidsfirsten löper ut. Handläggaren borde få en bevakning två veckor innan sista dag för beslut i bygglovsärendet.",
        5001,
        "typos",
    ),
    Query(
        "Vi har missat tidsfristen i flera ärenden i höstas när det var mycket att göra, och då sänks ju avgiften. Kan handläggaren få en bevakning ett par veckor innan tidsfristen går ut, så att man hinner agera?",
        5001,
        "more_detail",
    ),
    Query(
        "Registrera förlängning av tiden för handläggning. Det ska gå att registrera beslut om att tiden för handläggning förlängs med tio veckor, och att ny sista dag räknas ut och syns i ärendet.",
        5002,
        "compound",
    ),
    Query(
        "Att den nya tidsfristen räknas fram och syns i ärendet när handläggningstiden förlängs med ytterligare tio veckor – det vill vi. Beslutet om förlängning ska alltså kunna registreras i Castor.",
        5002,
        "word_order",
    ),
    Query(
        "Fee reduction when tidsfrist is exceeded: avgiften ska minskas med 1/5 per påbörjad vecka, please let the system calculate it automatically instead of manually.",
        5003,
        "english",
    ),
    Query(
        "Automatiskt avdrag på lovavgiften när vi dragit över tiden. Systemet bör själv räkna ut hur mycket avgiften ska minskas, en femtedel för varje påbörjad vecka efter fristen.",
        5003,
        "synonyms",
    ),
    Query("Besked till sökande om att ansökan är komplett", 5004, "less_detail"),
    Query(
        "Skicka besked om komplett ans. till sökande fr. ärendet, m. datum då tidsfristen börjar löpa (PBL 9 kap.)",
        5004,
        "abbreviation",
    ),
    Query(
        "Mall för kompletteringsbegäran med svarsdatum som fylls i automatiskt, och en bevakning på samma datum.",
        5005,
        "compound",
    ),
    Query(
        "Begäran om komplettering med svarsdatum. Önskar en mall for kompletering där svarsdatum fylls i automatiskt och bevakning läggs på samma datum.",
        5005,
        "typos",
    ),
    Query(
        "Send grannehörande by email directly from Castor instead of printing and posting letters.",
        5006,
        "english",
    ),
    Query(
        "Underrätta grannarna via mejl. Vi skulle vilja mejla ut grannehörandet till sakägarna direkt ur systemet i stället för att skriva ut och skicka papperspost.",
        5006,
        "synonyms",
    ),
    Query(
        "Hörande av grannar med e-post. Det borde gå att skicka underrättelse till sakägare med e-post direkt från Castor i stället för brev.",
        5006,
        "compound",
    ),
    Query(
        "Förteckning över sakägare tas fram automatiskt. Castor borde hämta ägarna till grannfastigheterna utifrån fastigheten i bygglovsärendet, så att vi inte behöver beställa en förteckning separat.",
        5007,
        "compound",
    ),
    Query(
        "Idag beställer vi sakägarförteckningen från mätenheten för varje lov som kräver grannehörande och det tar ofta flera dagar. Det vore mycket bättre om Castor själv hämtade grannfastigheterna och deras ägare utifrån fastigheten i ärendet.",
        5007,
        "more_detail",
    ),
    Query(
        "Så att man ser vilka grannar som inte hört av sig vill vi kunna registrera varje sakägares svar med status: ingen erinran, erinran eller ej svarat.",
        5008,
        "word_order",
    ),
    Query("Status på grannarnas svar vid grannehörande", 5008, "less_detail"),
    Query(
        "Skicka kungörelse av BL-beslut till PoIT direkt fr. Castor m. rätt text o. fastighetsbeteckning",
        5009,
        "abbreviation",
    ),
    Query(
        "Kungörelse till Post- och Inrikes tidningar. Vi vill kunna skicka kungörlesen av ett bygglovsbeslut till PoIT direkt från Castor med rätt text och fastighetsbetekning.",
        5009,
        "typos",
    ),
    Query(
        "Calculate the laga kraft date automatically from kungörelsedatum and delgivningsdatum and show it in the ärende.",
        5010,
        "english",
    ),
    Query(
        "Castor borde visa när bygglovet får laga kraft. Räkna fram dagen utifrån när beslutet kungjordes och när det delgavs.",
        5010,
        "synonyms",
    ),
    Query(
        "Registrera kvitto på delgivning. Det ska gå att registrera när kvittot på delgivningen kommer tillbaka, så att datum för delgivning sätts på beslutet.",
        5011,
        "compound",
    ),
    Query("Registrera inkommet delgivningskvitto", 5011, "less_detail"),
    Query(
        "Automatisk stämpling av lovhandlingar. När beslutet fattas vill vi att ritningarna som tillhör beslutet märks digitalt med Hör till beslut plus ärendenummer och datum.",
        5012,
        "synonyms",
    ),
    Query(
        "Vi skriver fortfarande ut ritningarna och stämplar dem för hand med Hör till beslut, sedan skannar vi in dem igen. Kan Castor i stället sätta stämpeln digitalt, med diarienummer och beslutsdatum, när beslutet fattas?",
        5012,
        "more_detail",
    ),
    Query(
        "Attachments from the e-tjänst should get the right handlingstyp (fasadritning, planritning, situationsplan) instead of everything being registered as Bilaga.",
        5013,
        "english",
    ),
    Query(
        "I stället för att allt registreras som Bilaga borde handlingarna som kommer in med en bygglovsansökan via e-tjänsten få rätt handlingstyp, t.ex. planritning, fasadritning eller situationsplan.",
        5013,
        "word_order",
    ),
    Query(
        "Kontrolplan utifrån mall. Önskar att vi kan skapa kontrollplaner i Castor från mallar för olika åtgärder, t.ex. enbostadshus, tillbygnad och eldstad.",
        5014,
        "typos",
    ),
    Query("Mallar för kontrollplaner", 5014, "less_detail"),
    Query(
        "Register över KA med cert.nr och behörighetsnivå (N/K) så vi slipper fritext i varje ärende",
        5015,
        "abbreviation",
    ),
    Query(
        "Välj kontrollansvarig från en lista. Spara certifikatnummer och behörighet en gång i stället för att knappa in uppgifterna för hand i varje ärende.",
        5015,
        "synonyms",
    ),
    Query(
        "Warning if the KA's certification has expired when you connect them to an ärende.",
        5016,
        "english",
    ),
    Query(
        "När en kontrollansvarig kopplas till ett ärende och personens certifiering har gått ut borde Castor varna.",
        5016,
        "word_order",
    ),
    Query(
        "Samrådskallelse för tekniskt samråd. Boka samrådet i Castor och skicka samrådskallelsen med tid och plats till byggherre och kontrollansvarig i ett steg.",
        5017,
        "compound",
    ),
    Query(
        "Kallelse till tekniskt samråd. Det borde gå att boka tekniskt samråd i Castor och skicka kallelse med tid och platts till byggheren och kontrollansvarig i samma steg.",
        5017,
        "typos",
    ),
    Query(
        "Mall för TS-protokoll, deltagare/fastighet/åtgärd hämtas fr. ärendet", 5018, "abbreviation"
    ),
    Query(
        "Efter varje tekniskt samråd sitter vi och skriver in deltagare, fastighetsbeteckning och vad som ska byggas för hand i ett Word-dokument. Vi önskar en protokollmall där de uppgifterna hämtas automatiskt från ärendet.",
        5018,
        "more_detail",
    ),
    Query(
        "Bygglov och startbesked i ett och samma beslut. När det inte behövs något tekniskt samråd vill vi slippa göra ett eget beslut om startbesked.",
        5019,
        "synonyms",
    ),
    Query(
        "Possibility to give startbesked in the same decision as the bygglov when no tekniskt samråd is needed.",
        5019,
        "english",
    ),
    Query(
        "Påminnelse om att begära slutbesked. Önskar att Castor skickar en påminelse till byggherren när det gått en viss tid sedan startbeskedet och inget slutbesked har begärs.",
        5020,
        "typos",
    ),
    Query(
        "Slutbeskedspåminnelse. Automatisk påminnelse till byggherren om att begära slutbesked när en viss tid gått efter startbeskedet.",
        5020,
        "compound",
    ),
    Query(
        "When we give an interimistiskt slutbesked, a bevakning should be created automatically for the remaining åtgärder so the case is not forgotten.",
        5021,
        "english",
    ),
    Query("Automatisk bevakning vid interimistiskt slutbesked", 5021, "less_detail"),
    Query(
        "En lista över alla ärenden som har fått startbesked men där slutbesked saknas, sorterad på hur länge sedan startbeskedet gavs – det är vad vi önskar, som rapport.",
        5022,
        "word_order",
    ),
    Query(
        "Rapport: ärenden m. StB men utan SB, sorterat på hur länge sedan StB gavs",
        5022,
        "abbreviation",
    ),
    Query(
        "Anteckningar och bilder från byggplatsbesök via telefonen. Vi vill kunna fota och skriva ner iakttagelser på plats med mobilen och få det sparat direkt i lovärendet.",
        5023,
        "synonyms",
    ),
    Query(
        "Dokumentera arbetsplatsbesök i mobilen. Det borde gå att skriva antekningar och ta foton vid arbetsplatsbesök direkt i mobilen och att allt sparas i bygglovsärendet.",
        5023,
        "typos",
    ),
    Query(
        "Slutsamrådskallelse per e-post med bifogad checklista över de handlingar som ska in före mötet.",
        5024,
        "compound",
    ),
    Query(
        "Send the kallelse to slutsamråd by email together with a checklist of the documents that must be handed in before the meeting.",
        5024,
        "english",
    ),
    Query(
        "Beräkna byggsanktionsavg. enl. PBF 9 kap. i Castor i st.f. Boverkets kalkylator",
        5025,
        "abbreviation",
    ),
    Query(
        "Varje gång vi tar ut en byggsanktionsavgift räknar vi först i Boverkets kalkylator och skriver sedan av beloppet, och det har blivit fel ett par gånger. Castor borde räkna ut avgiften själv utifrån överträdelse och area enligt PBF.",
        5025,
        "more_detail",
    ),
    Query(
        "Starta tillsyn direkt från ett klagomål om svartbygge. När någon anmäler olovligt byggande vill vi skapa tillsynsärendet med ett klick och ha kvar kopplingen till anmälaren.",
        5026,
        "synonyms",
    ),
    Query("Skapa tillsynsärende från anmälan om olovligt byggande", 5026, "less_detail"),
    Query(
        "Mall för ansökan om vitesutdömande. Vi vill ha en mall för ansökan till mark- och miljödomstolen om vitesutdömande, där uppgifter om föreläggandet hämtas från tillsynsärendet.",
        5027,
        "compound",
    ),
    Query(
        "Template for ansökan om utdömande av vite to the mark- och miljödomstol, with the data about the föreläggande taken from the tillsynsärende.",
        5027,
        "english",
    ),
    Query(
        "Bev. av OVK – se vilka byggnader där OVK snart förfaller och få bev. när nästa besiktning ska vara gjord",
        5028,
        "abbreviation",
    ),
    Query(
        "När nästa besiktning ska vara gjord vill vi få en bevakning, och vi vill se vilka byggnader som har obligatorisk ventilationskontroll som snart förfaller.",
        5028,
        "word_order",
    ),
    Query(
        "Import OVK protocols that the funktionskontrollanter send in, so we don't have to register them manually.",
        5029,
        "english",
    ),
    Query(
        "Ta emot OVK-protokollen elektroniskt. Besiktningsprotokollen från kontrollanterna borde kunna läsas in automatiskt i stället för att vi knappar in dem.",
        5029,
        "synonyms",
    ),
    Query(
        "Hissbesiktning kopplad till byggnaden. Önskar att protokol från besiktning av hissar registreras på bygnaden så att historiken syns på ett ställe.",
        5030,
        "typos",
    ),
    Query(
        "Besiktningsprotokoll för hissar ska registreras på byggnaden, så att hela historiken finns på ett ställe.",
        5030,
        "compound",
    ),
    Query(
        "Vi hade nyligen ett ärende där vi inte såg att det fanns ett förhandsbesked från 2022 på samma fastighet. Castor borde visa tidigare förhandsbesked och om det fortfarande gäller när en bygglovsansökan kommer in på fastigheten.",
        5031,
        "more_detail",
    ),
    Query(
        "Om det finns ett förhandsbesked på fastigheten, och om det fortfarande gäller, borde visas av Castor när en bygglovsansökan kommer in.",
        5031,
        "word_order",
    ),
    Query(
        "Rivn.anmälan via e-tj. med materialinventering/farligt avfall som obligatorisk bilaga",
        5032,
        "abbreviation",
    ),
    Query("Anmälan om rivning via e-tjänsten", 5032, "less_detail"),
    Query(
        "Enklare beslutsmall för startbesked vid Attefall. Vi vill ha en färdig mall för attefallshus och attefallstillbyggnader där de vanliga villkoren och en förenklad kontrollplan kommer med av sig själv.",
        5033,
        "synonyms",
    ),
    Query(
        "Förenkad mall för startbesked på attefallsåtgärder. Önskar en beslutsmall för startbesked på attefallshus och atterfallstillbyggnader där standardvillkor och enkel kontrollplan kommer med automatiskt.",
        5033,
        "typos",
    ),
    Query(
        "Export the data for Boverkets plan- och byggenkät (antal lov, handläggningstider, tillsynsärenden) directly from Castor.",
        5034,
        "english",
    ),
    Query(
        "Varje vår lägger vi flera dagar på Boverkets plan- och byggenkät och räknar ärenden för hand i Excel. Vi vill kunna ta ut antal lov, handläggningstider och tillsynsärenden som enkäten frågar efter direkt ur Castor.",
        5034,
        "more_detail",
    ),
    Query(
        "Rapportera påbörjade/färdigst. bostäder till SCB fr. Castor utan manuella blanketter",
        5035,
        "abbreviation",
    ),
    Query(
        "Rapportera byggande av bostäder till SCB. Det borde gå att skicka uppgifter om påbörjade och färdigställda bostäder till SCB direkt från Castor, utan att fylla i blanketter för hand.",
        5035,
        "compound",
    ),
    Query("Rapport handläggningstid per ärendetyp och handläggare", 5036, "less_detail"),
    Query(
        "Statistik över hur lång tid ärendena tar. Vi vill kunna se mediantiden från komplett ansökan till beslut, uppdelat på typ av ärende och på handläggare.",
        5036,
        "synonyms",
    ),
    Query(
        "Show the gällande detaljplan and its bestämmelser automatically when a bygglov case is registered.",
        5037,
        "english",
    ),
    Query(
        "Visa bestämmelserna i detaljplanen i ärendet. När ett bygglovsärende registreras ska gällande plan och planens bestämmelser för fastigheten synas automatiskt.",
        5037,
        "compound",
    ),
    Query(
        "Markera liten avvikelse från detaljplan. Det borde gå att marker i ärendet att åtgärden är en liten avvikelse från detaljplanen, så att det kan tas ut i statisitk.",
        5038,
        "typos",
    ),
    Query(
        "Kryssa i när lovet ges med liten avvikelse. Vi vill kunna flagga ärenden där åtgärden avviker lite från planen, så att vi sedan kan räkna dem i statistiken.",
        5038,
        "synonyms",
    ),
    Query(
        "Autom. beräkning av BL-avgift enl. taxan utifrån BTA och OPA, i st.f. Excel",
        5039,
        "abbreviation",
    ),
    Query(
        "I stället för att vi räknar i Excel borde avgiften beräknas automatiskt enligt taxan när bruttoarea och öppenarea fylls i.",
        5039,
        "word_order",
    ),
    Query(
        "Avgift när en ansökan om bygglov återkallas. Vi vill kunna ta betalt för nedlagd tid, beräknat med taxans avgift per timme.",
        5040,
        "compound",
    ),
    Query(
        "Possibility to charge a fee for the time spent when an application for bygglov is withdrawn (återkallas), using the hourly fee in the taxa.",
        5040,
        "english",
    ),
    Query(
        "Timdebitering i tillsynsärenden enl. PBL – reg. nedlagd tid så avg. kan tas ut per tim.",
        5041,
        "abbreviation",
    ),
    Query(
        "Timdebitering i tillsynärenden. Önskar att vi kan registrera nedlagd tid i tillsynsärenden enligt PBL så att avgiften kan tas ut per timme.",
        5041,
        "typos",
    ),
    Query(
        "Inkomna ansökningar från webben ska bli ärenden av sig själva. Fastighet, sökande och typ av ärende borde fyllas i automatiskt så registratorn slipper skriva av allt.",
        5042,
        "synonyms",
    ),
    Query(
        "Vi får nästan alla bygglovsansökningar via e-tjänsten nu, men registratorn måste ändå skriva av fastighetsbeteckning, sökande och ärendetyp i Castor, vilket tar mycket tid. Vi vill att ansökan automatiskt skapar ett ärende med de uppgifterna ifyllda.",
        5042,
        "more_detail",
    ),
    Query(
        "Applications from the e-tjänst should automatically create a bygglovsärende with fastighet, sökande and ärendetyp filled in.",
        5042,
        "english",
    ),
    Query("Sökande ska kunna se status på sitt ärende i e-tjänsten", 5043, "less_detail"),
    Query(
        "Så att vi får färre telefonsamtal vill vi att sökanden ska kunna se status på sitt bygglovsärende (mottaget, komplett, beslutat) när hen loggar in i e-tjänsten.",
        5043,
        "word_order",
    ),
    Query(
        "The applicant should be able to send in kompletteringar via the e-tjänst and they should end up directly in the right case.",
        5044,
        "english",
    ),
    Query(
        "Kompletteringshandlingar via e-tjänsten. Sökanden ska kunna skicka in sina kompletteringshandlingar där och de ska hamna direkt i rätt ärende.",
        5044,
        "compound",
    ),
    Query(
        "Utskick till ombudet i stället för sökanden. Vi vill kunna lägga in en företrädare med fullmakt på ärendet så att breven går till hen och sökanden får kopia.",
        5045,
        "synonyms",
    ),
    Query(
        "Vi har flera industriområden där byggnader står över fastighetsgränsen, och då måste vi i dag välja en av fastigheterna. Det borde gå att koppla ett bygglovsärende till flera fastigheter.",
        5046,
        "more_detail",
    ),
    Query(
        "Fastighetens bygglovshistorik. Det borde gå att se alla tidigare bygglov, anmälningar och tilsynsärenden på en fastihet i en och samma lista.",
        5047,
        "typos",
    ),
    Query(
        "Vi har skannat in hela vårt gamla ritningsarkiv från 50-talet och framåt, men filerna ligger bara på en filserver. Vi vill kunna importera de inskannade ritningarna till Castor och koppla dem till rätt fastighet.",
        5048,
        "more_detail",
    ),
    Query(
        "Expediering av beslut till sökande, sakägare o. KA samtidigt m. rätt sändlista + logg i ärendet",
        5049,
        "abbreviation",
    ),
    Query(
        "Skicka ut beslutet till alla parter på en gång. Sökande, grannar och kontrollansvarig ska få beslutet i samma moment utifrån en sändlista, och det ska synas i ärendet att det är skickat.",
        5049,
        "synonyms",
    ),
    Query("Registrera överklagande av beslut", 5050, "less_detail"),
    Query(
        "Förra året överklagades ett tiotal av våra bygglov och vi höll reda på dem i en separat Excel-lista. Vi vill kunna registrera i ärendet att beslutet överklagats, när handlingarna skickades till länsstyrelsen och vad utfallet blev.",
        5050,
        "more_detail",
    ),
    Query(
        "I stället för att kopiera text från gamla beslut vill vi välja vanliga villkor och upplysningar ur en lista när vi skriver bygglovsbeslut.",
        5051,
        "word_order",
    ),
    Query(
        "Villkorslista och upplysningstexter för bygglovsbeslut att välja från, så vi slipper kopiera från gamla beslut.",
        5051,
        "compound",
    ),
    Query(
        "Mall för SB för eldstad utan platsbesök – sotarens intyg räcker som underlag",
        5052,
        "abbreviation",
    ),
    Query(
        "Flytta ärenden till annan handläggare. Vi vill kunna flytta alla öppna ärenden från en handlägagre till en annan i ett steg, t.ex. vid sjukskrivnng eller när någon slutar.",
        5053,
        "typos",
    ),
    Query(
        "När en av våra bygglovshandläggare slutade fick vi byta handläggare på över 80 ärenden ett och ett. Det borde gå att flytta alla öppna ärenden från en handläggare till en annan i ett enda steg.",
        5053,
        "more_detail",
    ),
    Query(
        "Personlig ärendelista med de mest brådskande först. Varje handläggare borde få en vy med sina ärenden ordnade efter när fristen går ut.",
        5054,
        "synonyms",
    ),
    Query(
        "Sorterade efter tidsfrist, så att det syns vilka som brådskar, vill varje handläggare se sina egna ärenden i en översikt.",
        5054,
        "word_order",
    ),
    Query(
        "Quick registration of rådgivning (e.g. phone questions about bygglovsplikt) without creating a full ärende, so we can count how many questions we get.",
        5055,
        "english",
    ),
    Query("Enkel registrering av rådgivningsfrågor utan fullständigt ärende", 5055, "less_detail"),
    Query(
        "Mall för kommunicering av avslagsförslag, med svarsfrist och bevakning.", 5056, "compound"
    ),
    Query(
        "Kommunicering innan avslag. Önskar en mal för att kommunicera ett förslag till avslag med sökanden, där svarsfist sätts och en bevakning skapas.",
        5056,
        "typos",
    ),
    Query(
        "När svarsdatumet för begärd komplettering har passerat och inget har kommit in vill vi att sökanden automatiskt får en påminnelse från Castor.",
        5057,
        "word_order",
    ),
    Query(
        "Automatisk påstötning till sökande som inte kompletterat i tid. Om sökanden inte har skickat in det vi begärt före sista svarsdag ska systemet självt påminna.",
        5057,
        "synonyms",
    ),
    Query(
        "Med hänvisning till rätt paragraf borde det finnas en beslutsmall för att avvisa ansökan när den begärda kompletteringen inte har kommit in.",
        5058,
        "word_order",
    ),
    Query(
        "Bevakning av bygglov med tidsbegränsning. Vi vill få en bevakning när ett bygglov med tidsbegränsning löper ut, så att vi kan följa upp att byggnaden tas bort eller att en ny ansökan kommer in.",
        5059,
        "compound",
    ),
    # ------------------------------------------------------- BAB, duplicates
    Query(
        "E-tj. för ansökan om BAB – ansökan ska skapa ärende i Castor automatiskt",
        5200,
        "abbreviation",
    ),
    Query(
        "Vi får fortfarande nästan alla ansökningar om bostadsanpassning på papper och registrerar dem för hand. Vi önskar en e-tjänst där sökanden kan ansöka digitalt och där ansökan blir ett ärende i Castor direkt.",
        5200,
        "more_detail",
    ),
    Query(
        "Arbetsterapeutintyg digitalt. Önskar att arbetsterapeutintyget kan skickas in via e-tjänst och kopplas direkt till sökandens ärende.",
        5201,
        "compound",
    ),
    Query(
        "Arbetsterapeutens intyg via e-tjänst. Önskar att arbetsteraputen kan skicka in sitt intyg digitalt och att det kopplas direkt till sökandens ärnde.",
        5201,
        "typos",
    ),
    Query(
        "Digital underskrift av hyresvärdens godkännande. Låt ägaren till huset godkänna anpassningen med BankID i stället för att vi skickar pappersblanketter fram och tillbaka.",
        5202,
        "synonyms",
    ),
    Query("Medgivande från fastighetsägare – signera med BankID", 5202, "less_detail"),
    Query(
        "Innan beslut vill vi kunna jämföra beloppen i ärendet, och därför registrera flera inkomna offerter för samma åtgärd.",
        5203,
        "word_order",
    ),
    Query(
        "Flera offerter per åtgärd. Vi vill kunna registrera flera inkomna oferter för samma åtgärd och jämföra beloppen i ärendet inna beslut.",
        5203,
        "typos",
    ),
    Query(
        "När vi skriver beslut om bostadsanpassningsbidrag för vi över beloppen från kostnadsberäkningen för hand, och då blir det ibland fel summa. Beslutsmallen borde hämta beviljat belopp per åtgärd direkt från kostnadsberäkningen.",
        5204,
        "more_detail",
    ),
    Query(
        "BAB-beslut: belopp per åtgärd hämtas fr. kostnadsberäkningen, så slipper vi dubbelregistrering",
        5204,
        "abbreviation",
    ),
    Query("Utbetalning av bidraget till entreprenören", 5205, "less_detail"),
    Query(
        "Payment of the bidrag directly to the entreprenör according to the applicant's fullmakt, with an utbetalningsunderlag created for ekonomi.",
        5205,
        "english",
    ),
    Query(
        "Jämför entreprenörens räkning med beviljat bidrag. När fakturan läggs in i ärendet vill vi få en varning om den är högre än det belopp som beslutats.",
        5206,
        "synonyms",
    ),
    Query(
        "En varning vill vi få om entreprenörens faktura överstiger det beviljade beloppet, när fakturan registreras i ärendet.",
        5206,
        "word_order",
    ),
    Query(
        "Återanvändningsregister för trapphissar och ramper. Ett register över utrustning som kommunen tagit tillbaka, så att den kan återanvändas i nya ärenden.",
        5207,
        "compound",
    ),
    Query(
        "Vi har ett lager med återtagna trapphissar och ramper men ingen vet riktigt vad som finns, så vi köper ofta nytt. Vi vill ha ett register i Castor över utrustning som kommunen tagit tillbaka, så att den kan återanvändas i nya ärenden.",
        5207,
        "more_detail",
    ),
    Query(
        "Bevakning av service på hissar. Önskar en bevakning för återkomande service och besiktning av trapphisar och plattformshissar som har beviljats med bidrag.",
        5208,
        "typos",
    ),
    Query(
        "BAB-statistik till Boverket (antal ärenden, bidragsbelopp, åtgärdstyper, ålder/kön) direkt ur Castor",
        5209,
        "abbreviation",
    ),
    Query("Årlig statistik om bostadsanpassning till Boverket", 5209, "less_detail"),
    Query(
        "Så att statistiken blir rätt borde åtgärden väljas ur en fast lista, t.ex. spisvakt, duschplats eller borttagning av trösklar, i stället för att skrivas som fritext.",
        5210,
        "word_order",
    ),
    Query(
        "Handläggarna skriver åtgärderna på olika sätt, 'tröskelborttagning', 'ta bort trösklar', 'trösklar' osv., så vår statistik blir omöjlig att räkna på. Det borde gå att välja åtgärd ur Boverkets lista i stället för fritext.",
        5210,
        "more_detail",
    ),
    Query(
        "Document the hembesök in the mobile with photos and measurements, and save the notes to the case.",
        5211,
        "english",
    ),
    Query(
        "Hembesök i mobilen. Önskar att handlägaren kan dokumentera hembesöket med foton och mått i mobilen och att antekningarna sparas i ärendet.",
        5211,
        "typos",
    ),
    Query(
        "Skicka arbetsorder till entreprenören ur ärendet. Ramavtalsentreprenören ska få uppdraget med de beviljade åtgärderna och adressen redan ifyllda.",
        5212,
        "synonyms",
    ),
    Query("Mall för beslut om återkrav av bidrag", 5213, "less_detail"),
    Query(
        "Med entreprenör och datum borde det ursprungliga ärendet, där anpassningen beviljades, visas när någon söker reparationsbidrag.",
        5214,
        "word_order",
    ),
    Query(
        "När en hyresgäst med anpassad lägenhet flyttar och hyresvärden söker återställningsbidrag vet vi ofta inte vad som gjorts, särskilt om ärendet är gammalt. Vi vill kunna se alla anpassningar i lägenheten utifrån adress och lägenhetsnummer.",
        5215,
        "more_detail",
    ),
    Query(
        "Reg. att åtgärd är utförd/godkänd (datum + vem som kontrollerat) innan utbet.",
        5216,
        "abbreviation",
    ),
    Query(
        "Registrera att åtgärden är utförd. Det borde gå att registrera att åtgärden är utföd och godkänd, med datum och vem som kontrolerat, innan utbetalningen görs.",
        5216,
        "typos",
    ),
    Query(
        "Sekretess för handlingar med uppgifter om hälsa. Handlingar som intyg från läkare och intyg från arbetsterapeut ska kunna markeras med sekretess så att inte alla användare ser dem.",
        5217,
        "compound",
    ),
    Query("Rapport: tid från ansökan till beslut och till utbetalning", 5218, "less_detail"),
    Query(
        "Eftersom många sökande är äldre och har svårt med myndighetsspråk vill vi ha beslutsmallar för bostadsanpassning på lättläst svenska.",
        5219,
        "word_order",
    ),
    # ---------------------------------------------------- Övrigt, duplicates
    Query(
        "Lista m. alla deleg.beslut för vald period, grupperad per delegat, att anmäla till BN/MBN",
        5400,
        "abbreviation",
    ),
    Query(
        "Inför varje nämndsammanträde sitter nämndsekreteraren och plockar ihop alla delegationsbeslut från olika listor. Vi vill kunna ta ut en lista över alla delegationsbeslut under en period, sorterad per delegat, som kan anmälas direkt till nämnden.",
        5400,
        "more_detail",
    ),
    Query(
        "Deliver closed cases to the e-arkiv according to FGS ärendehantering, including documents and metadata.",
        5401,
        "english",
    ),
    Query("Leverans av avslutade ärenden till e-arkivet", 5401, "less_detail"),
    Query(
        "Gallringslista enligt dokumenthanteringsplan. Det borde gå att sätta frist för gallring på varje handlingstyp och få ut en gallringslista över de handlingar som ska gallras.",
        5402,
        "compound",
    ),
    Query(
        "En lista över de handlingar som är mogna för gallring borde gå att få fram, när gallringsfristen har angetts per handlingstyp enligt dokumenthanteringsplanen.",
        5402,
        "word_order",
    ),
    Query(
        "Spara mejl direkt i ärendet. Man borde kunna dra ett e-brev från Outlook till ärendet och få det diariefört som inkommen handling, med avsändare och datum.",
        5403,
        "synonyms",
    ),
    Query(
        "Registrera e-post från Outlok. Vi vill kunna dra och släppa ett mejl från Outlook in i ett ärende så att det registreras som inkommande handling med avsädare och datum.",
        5403,
        "typos",
    ),
    Query(
        "Fulltextsökning i bifogade dokument. Sökfunktionen ska även hitta ord inne i PDF- och Worddokument, inte bara i ärendemening och fastighet.",
        5404,
        "compound",
    ),
    Query("Sök även i texten i bifogade dokument", 5404, "less_detail"),
    Query(
        "Save searches with filters (ärendetyp, status, handläggare) and open them again with one click.",
        5405,
        "english",
    ),
    Query(
        "Behörighet per ärendetyp, t.ex. så att BAB-ärenden bara syns för BAB-handl.",
        5406,
        "abbreviation",
    ),
    Query(
        "Behörighet per ärende typ. Vi vill kunna styra behörigheter per ärendetyp, så att t.ex. bostadsanpassningärenden bara syns för dem som handlägger bostadsanpassning.",
        5406,
        "typos",
    ),
    Query("Logg över vilka som öppnat ett ärende", 5407, "less_detail"),
    Query(
        "För att kunna följa upp åtkomst till sekretessuppgifter önskar vi en logg som visar vilka användare som har öppnat eller läst ett ärende.",
        5407,
        "word_order",
    ),
    Query(
        "Skicka SMS till sökande/FÄ direkt fr. ärendet, t.ex. påminnelse om inbokat besök",
        5408,
        "abbreviation",
    ),
    Query(
        "Många missar våra inbokade besök och vi ringer runt för att påminna. Det vore bra om vi kunde skicka ett SMS till sökanden eller fastighetsägaren direkt från ärendet i Castor.",
        5408,
        "more_detail",
    ),
    Query(
        "Massutskick av brev. Vi vill kunna skicka ett likadant brev till en stor grupp på en gång, t.ex. samtliga fastighetsägare i ett område, och att det diarieförs i vart och ett av ärendena.",
        5409,
        "synonyms",
    ),
    Query("Gruppbrev till många mottagare", 5409, "less_detail"),
    Query(
        "Utskick till dig. brevlåda via Mina meddelanden (Kivra m.fl.) + reg. om leveransen lyckades",
        5410,
        "abbreviation",
    ),
    Query(
        "Via Mina meddelanden borde utskick från Castor kunna gå till mottagarens digitala brevlåda, och det ska registreras om leveransen lyckades.",
        5410,
        "word_order",
    ),
    Query(
        "Villkorsstyrd text i mallar. Det borde gå att lägga in vilkor i en mall så att ett stycke bara kommer med om ett visst fällt i ärendet är ifyllt.",
        5411,
        "typos",
    ),
    Query(
        "Users with the right behörighet should be able to edit the text in mallar themselves, without going through the systemförvaltare.",
        5412,
        "english",
    ),
    Query(
        "Varje gång en lagparagraf eller en telefontid ändras måste vi mejla systemförvaltaren och vänta på att mallarna uppdateras. Vi önskar att handläggare med rätt behörighet själva kan ändra texten i mallarna.",
        5412,
        "more_detail",
    ),
    Query("Nästa års taxa med giltighetsdatum", 5413, "less_detail"),
    Query(
        "Underlag för fakturor direkt till ekonomisystemet. Vi önskar en integration som för över underlagen för fakturering till kommunens ekonomisystem, i stället för export och inläsning av fil.",
        5414,
        "compound",
    ),
    Query(
        "Fakturaunderlag till ekonomisystemet. Önskar en integration som skickar fakturunderlag från Castor direkt till kommunens ekonomisystem, i stället för att vi expoterar en fil och läser in den.",
        5414,
        "typos",
    ),
    Query(
        "Utan att behöva beställa dem från leverantören vill vi kunna bygga egna rapporter med valfria kolumner och filter, och exportera dem till Excel.",
        5415,
        "word_order",
    ),
    Query(
        "Vi har över 40 användare i Castor och får många samtal om bortglömda lösenord. Kommunen har redan gemensam inloggning via Azure AD, så vi önskar att Castor kan använda den i stället för ett eget lösenord.",
        5416,
        "more_detail",
    ),
    Query("Offlineläge i mobilen", 5417, "less_detail"),
    Query(
        "Idag skriver vi tjänsteskrivelsen i Castor, sparar som PDF och mejlar till nämndsekreteraren som lägger in den i sitt system. Vi vill kunna skicka tjänsteskrivelsen direkt från Castor till nämndsekreterarens system så att ärendet hamnar på nämndens dagordning.",
        5418,
        "more_detail",
    ),
    Query(
        "När protokollet är justerat borde protokollsutdraget från nämnden kopplas automatiskt till ärendet i Castor.",
        5419,
        "word_order",
    ),
    # ------------------------------------------------------ Bygg, look-alikes
    Query(
        "Rapport över lov som upphört att gälla. Önskar en lista över beviljade bygglov där åtgärden inte påbörjats inom två år, så att vi kan avsluta ärendena.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för meddelande om förlängd handläggningstid. Vi vill ha en mall för att underrätta sökanden om att tidsfristen förlängs, med skälen och den nya sista dagen för beslut.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över ärenden där tidsfristen överskridits. Önskar en lista över alla bygglovsärenden där tidsfristen har överskridits under året och hur mycket avgiften har reducerats i varje.",
        None,
        "lookalike",
    ),
    Query(
        "Mottagningsbekräftelse till sökanden. Vi vill att sökanden automatiskt får en bekräftelse med diarienummer när ansökan har registrerats, innan vi hunnit granska om den är komplett.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse till grannar som inte svarat. Det borde gå att skicka en påminnelse via e-post till de sakägare som ännu inte svarat på grannehörandet innan svarstiden går ut.",
        None,
        "lookalike",
    ),
    Query(
        "Kostnad för kungörelse i avgiften. Vi vill att kostnaden för kungörelsen i Post- och Inrikes Tidningar läggs på bygglovsavgiften automatiskt.",
        None,
        "lookalike",
    ),
    Query(
        "Meddela sökanden när lovet vunnit laga kraft. Önskar att sökanden automatiskt får ett mejl när bygglovsbeslutet har vunnit laga kraft.",
        None,
        "lookalike",
    ),
    Query(
        "Förenklad delgivning. Det borde gå att delge beslut med förenklad delgivning så att kontrollmeddelandet skickas automatiskt dagen efter utskicket.",
        None,
        "lookalike",
    ),
    Query(
        "Markera ersatta ritningar. När sökanden skickar in reviderade ritningar vill vi att de tidigare versionerna markeras som ersatta, så att fel ritning inte stämplas och skickas med beslutet.",
        None,
        "lookalike",
    ),
    Query(
        "Slå ihop bilagor till en PDF. Önskar att alla bilagor som kommit in via e-tjänsten kan slås ihop till en enda PDF när vi ska skicka ärendet på remiss.",
        None,
        "lookalike",
    ),
    Query(
        "Fastställa inlämnad kontrollplan. Vi vill kunna bocka av vilka punkter i byggherrens inlämnade kontrollplan som vi fastställer och få med dem automatiskt i startbeskedet.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollansvarigs utlåtande via e-tjänst. Önskar att kontrollansvarig kan lämna sitt utlåtande inför slutbesked direkt i e-tjänsten och att det hamnar i rätt ärende.",
        None,
        "lookalike",
    ),
    Query(
        "Skriftligt tekniskt samråd. Vi vill ha en mall för att hålla tekniskt samråd skriftligt, där byggherren får frågor att svara på i stället för att vi träffas.",
        None,
        "lookalike",
    ),
    Query(
        "Bygglov och rivningslov i samma beslut. Vi vill kunna pröva bygglov och rivningslov i ett och samma beslut när en befintlig byggnad ersätts med en ny.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse om att begära startbesked. När bygglov har beviljats men inget startbesked har begärts efter ett år vill vi att byggherren får en påminnelse.",
        None,
        "lookalike",
    ),
    Query(
        "Automatisk fördelning av nya ärenden. Önskar att inkomna bygglovsärenden fördelas automatiskt till handläggare efter geografiskt område.",
        None,
        "lookalike",
    ),
    Query(
        "Obetalda byggsanktionsavgifter. Vi vill se vilka beslutade byggsanktionsavgifter som ännu inte är betalda, så att vi kan gå vidare till Kronofogden.",
        None,
        "lookalike",
    ),
    Query(
        "Återkoppling till den som anmält olovligt byggande. Det borde finnas en mall för att meddela anmälaren när tillsynsärendet avslutas.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning av datum i vitesföreläggande. Vi vill att en bevakning skapas automatiskt på det datum då åtgärden i ett föreläggande med vite ska vara utförd.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över OVK med anmärkningar. Önskar en rapport över de OVK-protokoll där byggnaden inte blivit godkänd, så att vi kan följa upp att bristerna åtgärdas.",
        None,
        "lookalike",
    ),
    Query(
        "Förhandsbesked via e-tjänst. Vi vill att ansökan om förhandsbesked kan göras i e-tjänsten, där sökanden markerar på en karta var huset ska placeras.",
        None,
        "lookalike",
    ),
    Query(
        "Beslutsmall för rivningslov. Önskar en beslutsmall för rivningslov där krav på materialinventering och omhändertagande av farligt avfall finns med som villkor.",
        None,
        "lookalike",
    ),
    Query(
        "Beslut om att attefallsåtgärd inte får utföras. Vi vill ha en beslutsmall för när en anmäld attefallsåtgärd inte uppfyller kraven, till exempel när den ligger för nära gränsen utan grannens medgivande.",
        None,
        "lookalike",
    ),
    Query(
        "Nya lägenheter till lägenhetsregistret. Vi vill att uppgifter om nya lägenheter skickas till Lantmäteriets lägenhetsregister när slutbesked ges för ett flerbostadshus.",
        None,
        "lookalike",
    ),
    Query(
        "Sökanden ser planbestämmelser i e-tjänsten. Önskar att den som ska söka bygglov kan se vilken detaljplan och vilka bestämmelser som gäller för fastigheten redan i e-tjänsten, innan ansökan skickas.",
        None,
        "lookalike",
    ),
    Query(
        "Avgiftsspecifikation som bilaga till beslutet. Vi vill att bygglovsbeslutet automatiskt får en bilaga som visar hur avgiften har räknats fram, post för post.",
        None,
        "lookalike",
    ),
    Query(
        "Planavgift i bygglovsavgiften. Det borde gå att lägga till planavgift enligt taxan automatiskt när fastigheten ligger inom en detaljplan där planavgift ska tas ut.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollansvarig ser handlingarna. Vi vill att kontrollansvarig kan logga in i e-tjänsten och se handlingar och beslut i de ärenden där hen är KA.",
        None,
        "lookalike",
    ),
    Query(
        "Register över ombud. Önskar att ombud som återkommer ofta, till exempel arkitektkontor, kan sparas i ett register så att kontaktuppgifterna inte behöver skrivas in i varje ärende.",
        None,
        "lookalike",
    ),
    Query(
        "Beställa kopior av arkivritningar. Vi vill att allmänheten kan beställa kopior av gamla bygglovsritningar via en e-tjänst och att beställningen registreras som ett ärende.",
        None,
        "lookalike",
    ),
    Query(
        "Yttrande till länsstyrelsen vid överklagande. Önskar en mall för nämndens yttrande till länsstyrelsen när ett bygglovsbeslut har överklagats.",
        None,
        "lookalike",
    ),
    Query(
        "Notis till handläggaren när komplettering kommit in. Vi vill att handläggaren får en notis i Castor när sökanden har skickat in begärd komplettering.",
        None,
        "lookalike",
    ),
    Query(
        "Förlängning av tidsbegränsat bygglov. När någon söker förlängning av ett tidsbegränsat bygglov vill vi att ansökan kopplas till det ursprungliga ärendet, så att man ser hur länge lovet har gällt totalt.",
        None,
        "lookalike",
    ),
    # ------------------------------------------------------- BAB, look-alikes
    Query(
        "Ansökan genom ombud i e-tjänsten. Vi vill att en anhörig eller god man kan ansöka om bostadsanpassningsbidrag för någon annans räkning i e-tjänsten och bifoga fullmakt.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse när medgivandet dröjer. Vi vill att en bevakning skapas om fastighetsägarens medgivande inte har kommit tillbaka inom tre veckor.",
        None,
        "lookalike",
    ),
    Query(
        "Offertförfrågan till flera entreprenörer. Önskar att vi kan skicka en förfrågan om offert till flera entreprenörer samtidigt direkt från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Beslut om en åtgärd i taget. Vi vill kunna fatta delbeslut i samma ärende, till exempel bevilja dörrautomatik direkt men vänta med badrummet tills offerterna kommit in.",
        None,
        "lookalike",
    ),
    Query(
        "Utbetalning till sökanden när hen ordnat arbetet själv. När sökanden själv har anlitat hantverkare och betalat vill vi kunna betala ut bidraget till sökandens konto mot kvitton.",
        None,
        "lookalike",
    ),
    Query(
        "Beslut om återtagande av trapphiss. Önskar en beslutsmall för när kommunen tar tillbaka en trapphiss i stället för att fastighetsägaren får återställningsbidrag.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över utbetalt bidrag per entreprenör. Vi vill se hur mycket som betalats ut till varje entreprenör per år, som underlag inför nästa upphandling.",
        None,
        "lookalike",
    ),
    Query(
        "Boka hembesök i Outlook. Vi vill kunna boka hembesök från ärendet så att tiden hamnar i handläggarens Outlook-kalender med adressen ifylld.",
        None,
        "lookalike",
    ),
    Query(
        "Entreprenören meddelar när arbetet är klart. Vi vill att entreprenören kan anmäla i en e-tjänst att åtgärden är färdig, så att vi kan boka kontroll.",
        None,
        "lookalike",
    ),
    Query(
        "Skyddade personuppgifter i BAB-ärenden. Sökande med skyddad identitet ska inte få sin adress utskriven i listor och utskick till entreprenörer.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning när ansökan ligger obehandlad. Vi vill få en påminnelse när en ansökan om bostadsanpassningsbidrag har legat utan åtgärd i mer än fyra veckor.",
        None,
        "lookalike",
    ),
    # ---------------------------------------------------- Övrigt, look-alikes
    Query(
        "Kontroll av delegation vid beslut. Vi vill att Castor kontrollerar att den som fattar ett beslut har delegation för just den ärendetypen enligt delegationsordningen.",
        None,
        "lookalike",
    ),
    Query(
        "Öppna arkiverade ärenden från e-arkivet. Önskar att vi kan söka fram och läsa ärenden som redan levererats till e-arkivet direkt från Castor.",
        None,
        "lookalike",
    ),
    Query(
        "Förteckning över gallrade handlingar. Vi vill ha en logg över vilka handlingar som har gallrats, när det gjordes och av vem.",
        None,
        "lookalike",
    ),
    Query(
        "Utgående e-post diarieförs. Det borde gå att skicka e-post direkt från ärendet i Castor och att mejlet automatiskt registreras som utgående handling.",
        None,
        "lookalike",
    ),
    Query(
        "Sök i alla moduler samtidigt. Önskar att en sökning på fastighet eller person visar träffar från Bygg, Miljö och BAB i samma träfflista.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över användarnas behörigheter. Vi vill kunna ta ut en lista över vilka användare som har vilka roller och behörigheter, inför den årliga behörighetsgenomgången.",
        None,
        "lookalike",
    ),
    Query(
        "SMS-svar hamnar i ärendet. Vi vill att svar på SMS som skickats från Castor registreras i rätt ärende.",
        None,
        "lookalike",
    ),
    Query(
        "Dokument från mall låses som PDF. Önskar att ett dokument som skapats från en mall automatiskt sparas som PDF när det skickas, så att det inte kan ändras i efterhand.",
        None,
        "lookalike",
    ),
    Query(
        "Schemalagda rapporter. Vi vill att en sparad rapport kan skickas automatiskt med e-post varje månad till enhetschefen.",
        None,
        "lookalike",
    ),
    Query(
        "Publicera på digitala anslagstavlan. Vi vill kunna publicera kungörelser och protokollsutdrag på kommunens digitala anslagstavla direkt från Castor.",
        None,
        "lookalike",
    ),
    Query(
        "Betalningsstatus tillbaka från ekonomisystemet. Önskar att uppgiften om att en faktura är betald förs tillbaka från ekonomisystemet till ärendet i Castor.",
        None,
        "lookalike",
    ),
]
