# ruff: noqa: E501
"""Sealed, blind evaluation set of development wishes (Castor user association).

Written by an AI helper session from its own knowledge of Swedish municipal case
handling, without reading any of the project's files. Used once, then sealed.

Modules and number ranges in this file:
  Bygg     9000-9059 (60 wishes)
  BAB      9200-9219 (20 wishes)
  Övrigt   9400-9419 (20 wishes)

QUERIES holds duplicates (original = the stored wish they ask for again) and
look-alikes (original None, kind "lookalike") that share words with a stored
wish but ask for something else.
"""

from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # ---------------------------------------------------------------- Bygg
    Wish(
        9000,
        "Bygg",
        "Bygglovsavgiften ska räknas ut automatiskt enligt taxan. Utifrån åtgärd, bruttoarea och kommunens taxefaktorer ska avgiften räknas fram direkt i ärendet i stället för i ett separat Excel-ark.",
    ),
    Wish(
        9001,
        "Bygg",
        "Avgiften ska reduceras automatiskt när handläggningstiden överskrids. Systemet ska räkna ut reduktionen med en femtedel per påbörjad vecka efter tidsfristen och föra in det reducerade beloppet på fakturaunderlaget.",
    ),
    Wish(
        9002,
        "Bygg",
        "Fakturaunderlag ska föras över till ekonomisystemet. När ett beslut med avgift expedieras ska underlaget skickas automatiskt till ekonomisystemet så att vi slipper skriva in det igen där.",
    ),
    Wish(
        9003,
        "Bygg",
        "Avgiften för ett lovärende ska kunna delas upp på flera fakturor. Vi vill fakturera lovdelen vid beslut och avgiften för tekniskt samråd och startbesked senare, som separata fakturor i samma ärende.",
    ),
    Wish(
        9004,
        "Bygg",
        "Stöd för att beräkna byggsanktionsavgift. Handläggaren fyller i överträdelse och area, systemet räknar fram beloppet utifrån prisbasbeloppet och för in det i beslutsmallen.",
    ),
    Wish(
        9005,
        "Bygg",
        "Ärendet ska visa hur lång handläggningstiden är räknat från komplett ansökan. Ett fält i ärendeöversikten som visar antal veckor sedan ansökan blev komplett, så man ser hur mycket som återstår av tio veckor.",
    ),
    Wish(
        9006,
        "Bygg",
        "Bevakning innan den lagstadgade tidsfristen går ut. Handläggaren ska få en automatisk påminnelse två veckor innan tioveckorsfristen för lovbeslut passeras.",
    ),
    Wish(
        9007,
        "Bygg",
        "Förlängd tidsfrist ska kunna registreras i ärendet. När vi fattar beslut om att förlänga handläggningstiden med ytterligare tio veckor ska fristen och bevakningarna räknas om automatiskt.",
    ),
    Wish(
        9008,
        "Bygg",
        "Bevakning på när ett bygglov upphör att gälla. Om åtgärden inte påbörjats inom två år ska handläggaren få en påminnelse så att ärendet kan avslutas.",
    ),
    Wish(
        9009,
        "Bygg",
        "Bevakning ska sättas automatiskt när föreläggande om komplettering skickas. Svarsdatumet i föreläggandet ska bli en bevakning på handläggaren utan att den läggs in manuellt.",
    ),
    Wish(
        9010,
        "Bygg",
        "Mall för begäran om komplettering med checklista över handlingar. Handläggaren kryssar i vilka handlingar som saknas och de skrivs ut som en lista i brevet till sökanden.",
    ),
    Wish(
        9011,
        "Bygg",
        "Datum för komplett ansökan ska kunna sättas med en knapp. Datumet ska sparas i ett eget fält och synas i ärendelistan så att alla ser när ärendet blev komplett.",
    ),
    Wish(
        9012,
        "Bygg",
        "Sökande ska kunna komplettera ett befintligt ärende via e-tjänsten. De uppladdade handlingarna ska hamna i rätt ärende med diarienumret i stället för att skapa ett nytt ärende.",
    ),
    Wish(
        9013,
        "Bygg",
        "Automatisk mottagningsbekräftelse till sökanden. När en ansökan registreras ska sökanden få ett mejl med diarienummer och vem som är handläggare.",
    ),
    Wish(
        9014,
        "Bygg",
        "Sakägarförteckning ska hämtas från fastighetsregistret. Ägare och adresser till grannfastigheterna ska hämtas automatiskt när vi ska göra grannehörande, så vi slipper slå upp varje fastighet.",
    ),
    Wish(
        9015,
        "Bygg",
        "Grannehörande ska kunna skickas som massutskick. Ett brev per sakägare skapas från samma mall med ritningar bifogade och utskicket loggas i ärendet.",
    ),
    Wish(
        9016,
        "Bygg",
        "Översikt över vilka grannar som svarat på grannehörandet. I ärendet ska man se vilka sakägare som lämnat synpunkter och vilka som inte svarat före sista svarsdag.",
    ),
    Wish(
        9017,
        "Bygg",
        "Remisser till andra förvaltningar ska skickas inifrån systemet. Remiss till t.ex. miljöavdelningen eller räddningstjänsten skickas från ärendet och svaret kommer tillbaka som handling i samma ärende.",
    ),
    Wish(
        9018,
        "Bygg",
        "Mall för kommunicering inför avslag. När vi tänker avslå ska förslaget till beslut kunna kommuniceras med sökanden via en färdig mall med svarsdatum.",
    ),
    Wish(
        9019,
        "Bygg",
        "Kungörelser ska skickas till Post- och Inrikes Tidningar direkt från ärendet. Kungörelsetexten ska gå iväg från systemet utan att vi loggar in på tidningens webbplats och kopierar in text.",
    ),
    Wish(
        9020,
        "Bygg",
        "Delgivningskvitto ska skapas vid expediering. När beslutet expedieras ska ett delgivningskvitto följa med och en bevakning sättas på att kvittot kommer tillbaka.",
    ),
    Wish(
        9021,
        "Bygg",
        "Datum för laga kraft ska räknas ut automatiskt. Utifrån kungörelsedatum och datum för delgivning ska systemet föreslå när beslutet vinner laga kraft.",
    ),
    Wish(
        9022,
        "Bygg",
        "Välja mottagare vid expediering från ärendets parter. Vid expediering vill vi bocka i sökande, grannar och andra parter och få en sparad expedieringslista i ärendet.",
    ),
    Wish(
        9023,
        "Bygg",
        "Kallelse till tekniskt samråd ska skapas från ärendet. Mallen ska hämta byggherre och kontrollansvarig från ärendets parter och föreslå en tid.",
    ),
    Wish(
        9024,
        "Bygg",
        "Mall för protokoll från tekniskt samråd. Deltagare och genomgångna punkter fylls i och protokollet sparas som handling i ärendet.",
    ),
    Wish(
        9025,
        "Bygg",
        "Register över kontrollansvariga att välja från. Ett register med namn, certifieringsnummer och behörighetsnivå så att vi inte skriver in samma kontrollansvarig för hand i varje ärende.",
    ),
    Wish(
        9026,
        "Bygg",
        "Varning när kontrollansvarigs certifiering har gått ut. När en KA kopplas till ett ärende ska systemet kontrollera certifikatets giltighetstid och varna.",
    ),
    Wish(
        9027,
        "Bygg",
        "Kontrollplan ska kunna byggas av standardpunkter. Handläggaren väljer åtgärdstyp och får ett förslag till kontrollplan som kan justeras och skickas till byggherren.",
    ),
    Wish(
        9028,
        "Bygg",
        "Villkor i startbeskedet ska väljas från en lista. Beslutsmallen för startbesked ska ha vanliga villkor som färdiga textblock att bocka i.",
    ),
    Wish(
        9029,
        "Bygg",
        "Eget steg för interimistiskt slutbesked. Interimistiskt slutbesked ska ha egen beslutsmall och ärendestatus och en bevakning på när det slutliga slutbeskedet ska ges.",
    ),
    Wish(
        9030,
        "Bygg",
        "Checklista innan slutbesked. Innan slutbesked kan ges ska man se om KA:s utlåtande, relationsritningar och OVK-protokoll har kommit in.",
    ),
    Wish(
        9031,
        "Bygg",
        "Tillsynsärende ska kunna kopplas till tidigare bygglovsärenden. När vi öppnar ett tillsynsärende vill vi länka det till lovärendena på samma fastighet.",
    ),
    Wish(
        9032,
        "Bygg",
        "Mall för föreläggande med vite. I tillsynsärenden behövs en beslutsmall för föreläggande förenat med vite med rätt lagrum och överklagandehänvisning.",
    ),
    Wish(
        9033,
        "Bygg",
        "Anmälan om misstänkt olovligt byggande via e-tjänst. Allmänheten ska kunna tipsa om olovligt byggande via webben och tipset skapar ett tillsynsärende.",
    ),
    Wish(
        9034,
        "Bygg",
        "Lista över tillsynsärenden som blivit liggande. Rapport över öppna tillsynsärenden utan åtgärd på sex månader, per handläggare.",
    ),
    Wish(
        9035,
        "Bygg",
        "Register över OVK per byggnad. För varje byggnad ska vi se när senaste OVK gjordes, vilket resultat den fick och när nästa besiktning ska ske.",
    ),
    Wish(
        9036,
        "Bygg",
        "Påminnelse till fastighetsägare när det är dags för OVK. Systemet ska skapa utskick till fastighetsägare vars ventilationskontroll snart ska göras om.",
    ),
    Wish(
        9037,
        "Bygg",
        "Besiktningsprotokoll för hissar ska tas emot digitalt. Protokollen från besiktningsorganen ska komma in direkt till rätt byggnad i systemet i stället för som PDF via mejl.",
    ),
    Wish(
        9038,
        "Bygg",
        "Anmälan om installation av eldstad via e-tjänst. Fastighetsägaren ska kunna anmäla ny eldstad eller rökkanal på webben med sotarens intyg bifogat.",
    ),
    Wish(
        9039,
        "Bygg",
        "Uppgifter till SCB:s statistik om nybyggda bostäder. Underlaget om påbörjade och färdigställda lägenheter som SCB begär kvartalsvis ska tas fram direkt ur ärendena.",
    ),
    Wish(
        9040,
        "Bygg",
        "Rapport för Boverkets plan- och byggenkät. Antal lov, anmälningar och handläggningstider per år ska kunna tas ut i den form som enkäten frågar efter.",
    ),
    Wish(
        9041,
        "Bygg",
        "Rapport över handläggningstider per ärendetyp. Medelvärde och median för handläggningstiden per ärendetyp och månad, för att följa upp verksamheten.",
    ),
    Wish(
        9042,
        "Bygg",
        "Digital stämpel på beviljade ritningar. När lovet beviljas ska PDF-ritningarna få en stämpel med datum och diarienummer automatiskt.",
    ),
    Wish(
        9043,
        "Bygg",
        "Jämföra två versioner av en ritning. När sökanden lämnar in reviderade ritningar vill vi se gammal och ny version bredvid varandra.",
    ),
    Wish(
        9044,
        "Bygg",
        "Ersatta handlingar ska markeras men ligga kvar. När en ny version av en ritning kommer in ska den gamla markeras som ersatt och grånas i handlingslistan.",
    ),
    Wish(
        9045,
        "Bygg",
        "Mätverktyg i PDF-ritningar. Handläggaren ska kunna mäta längder och areor direkt i ritningen för att kontrollera byggnadsarean.",
    ),
    Wish(
        9046,
        "Bygg",
        "Gällande detaljplan ska visas för fastigheten. När ett ärende skapas ska planbestämmelserna för fastigheten hämtas och visas i ärendet.",
    ),
    Wish(
        9047,
        "Bygg",
        "Varning om fastigheten ligger inom strandskyddat område. Vid registrering ska systemet kontrollera mot kartskiktet för strandskydd och visa en varning.",
    ),
    Wish(
        9048,
        "Bygg",
        "Beställning av NBK ska kunna göras från bygglovsärendet. Handläggaren eller sökanden ska kunna skicka beställningen till mätavdelningen direkt från ärendet.",
    ),
    Wish(
        9049,
        "Bygg",
        "Bevakning på att lägeskontroll kommit in. När startbeskedet kräver lägeskontroll ska en bevakning skapas som stängs när mätningen registrerats.",
    ),
    Wish(
        9050,
        "Bygg",
        "Lista över delegationsbeslut att anmäla till nämnden. Rapport över fattade delegationsbeslut per period och handläggare som kan läggas direkt i nämndens handlingar.",
    ),
    Wish(
        9051,
        "Bygg",
        "Delegationspunkt ska väljas i beslutet. När handläggaren väljer punkt i delegationsordningen ska lagrum och delegat skrivas ut automatiskt i beslutet.",
    ),
    Wish(
        9052,
        "Bygg",
        "Protokollsutdrag från nämnden ska hamna i ärendet automatiskt. När nämnden fattat beslut ska protokollsutdraget kopplas till rätt bygglovsärende utan manuell inskanning.",
    ),
    Wish(
        9053,
        "Bygg",
        "Guidning i e-tjänsten för attefallsanmälan. E-tjänsten ska fråga vilken attefallsåtgärd det gäller och bara visa de handlingar som krävs för just den.",
    ),
    Wish(
        9054,
        "Bygg",
        "Ansökningar från e-tjänsten ska skapa ärende med rätt ärendetyp och fastighet. Registratorn ska inte behöva ändra ärendetyp och koppla fastighet för hand på varje inkommen ansökan.",
    ),
    Wish(
        9055,
        "Bygg",
        "Sökanden ska kunna se ärendets status på Mina sidor. Status som mottagen, under handläggning, kompletteringsbegäran och beslut ska visas för sökanden i e-tjänsten.",
    ),
    Wish(
        9056,
        "Bygg",
        "Ärendet ska avslutas automatiskt när slutbesked getts. När slutbeskedet expedierats och inga bevakningar är öppna ska ärendet få status avslutat.",
    ),
    Wish(
        9057,
        "Bygg",
        "Pågående bygglovsärenden som punkter i kartan. Vi vill se alla öppna lovärenden i en karta med färg efter status.",
    ),
    Wish(
        9058,
        "Bygg",
        "Nya ärenden ska fördelas till handläggare efter geografiskt område. Inkomna ärenden ska automatiskt tilldelas den handläggare som ansvarar för området där fastigheten ligger.",
    ),
    Wish(
        9059,
        "Bygg",
        "Förhandsbesked ska kunna kopplas till efterföljande bygglovsärende. När sökanden söker lov efter ett positivt förhandsbesked ska ärendena länkas så att förhandsbeskedet syns i lovärendet.",
    ),
    # ---------------------------------------------------------------- BAB
    Wish(
        9200,
        "BAB",
        "E-tjänst för ansökan om bostadsanpassningsbidrag. Sökanden ska kunna ansöka på webben, signera med BankID och bifoga intyg och ritningar.",
    ),
    Wish(
        9201,
        "BAB",
        "Arbetsterapeutens intyg ska kunna skickas in digitalt. Arbetsterapeuten ska kunna ladda upp intyget direkt till ärendet i stället för att skicka papper.",
    ),
    Wish(
        9202,
        "BAB",
        "Anbudsförfrågan till flera entreprenörer från ärendet. Handläggaren ska kunna skicka förfrågan om offert till utvalda entreprenörer med åtgärdsbeskrivningen bifogad.",
    ),
    Wish(
        9203,
        "BAB",
        "Jämförelse av inkomna offerter. Offerterna i ett ärende ska visas i en tabell med pris per åtgärd så att det lägsta lämpliga anbudet syns.",
    ),
    Wish(
        9204,
        "BAB",
        "Beslutsmall för bifall med åtgärder och belopp. Beviljade åtgärder och bidragsbelopp ska hämtas från ärendet in i beslutet.",
    ),
    Wish(
        9205,
        "BAB",
        "Utbetalning direkt till entreprenören. När fakturan är attesterad ska bidraget kunna betalas ut till entreprenören i stället för till sökanden.",
    ),
    Wish(
        9206,
        "BAB",
        "Egen ärendetyp för återställningsbidrag. Ansökan om återställning ska kopplas till det ursprungliga anpassningsärendet så att man ser vad som installerades.",
    ),
    Wish(
        9207,
        "BAB",
        "Register över återanvändbara trapphissar och hissar. När en trapphiss monteras ned ska den registreras så att den kan återanvändas i ett annat ärende.",
    ),
    Wish(
        9208,
        "BAB",
        "Årsstatistik till Boverket om bostadsanpassning. Antal beslut, åtgärder och kostnader ska kunna tas ut i det format Boverket efterfrågar.",
    ),
    Wish(
        9209,
        "BAB",
        "Mall och bevakning för fastighetsägarens medgivande. När sökanden hyr ska medgivande från hyresvärden begäras med mall och en bevakning sättas på svaret.",
    ),
    Wish(
        9210,
        "BAB",
        "Registrering av ombud med fullmakt. Ombudet ska kopplas till ärendet med fullmaktens giltighet och få alla utskick i stället för sökanden.",
    ),
    Wish(
        9211,
        "BAB",
        "Hantering av ÄTA-arbeten efter beslut. När entreprenören anmäler tillkommande arbeten ska ett tilläggsbeslut kunna fattas och beloppet läggas till det beviljade.",
    ),
    Wish(
        9212,
        "BAB",
        "Bevakning på slutkontroll efter utförd anpassning. När arbetet är klart ska handläggaren påminnas om att kontrollera att anpassningen är utförd innan slututbetalning.",
    ),
    Wish(
        9213,
        "BAB",
        "Bevakning på service och besiktning av beviljade trapphissar. Kommunen står för servicen, så vi behöver en påminnelse när årlig service eller besiktning ska göras.",
    ),
    Wish(
        9214,
        "BAB",
        "Rapport över handläggningstider för bostadsanpassning. Tid från inkommen ansökan till beslut och till utbetalning, per år.",
    ),
    Wish(
        9215,
        "BAB",
        "Sammanställning av kostnader per åtgärdstyp. Hur mycket vi betalat ut för t.ex. trösklar, duschplatser och hissar per år.",
    ),
    Wish(
        9216,
        "BAB",
        "Mall för kommunicering inför avslag på bostadsanpassningsbidrag. Sökanden ska få yttra sig över förslaget till avslag med svarsdatum innan beslut.",
    ),
    Wish(
        9217,
        "BAB",
        "Sekretessmarkering av medicinska uppgifter i BAB-ärenden. Intyg med hälsouppgifter ska automatiskt markeras som sekretess och döljas för dem utan behörighet.",
    ),
    Wish(
        9218,
        "BAB",
        "Se sökandens tidigare bostadsanpassningar. När ett nytt ärende registreras vill vi se alla tidigare BAB-ärenden för samma person, även på andra adresser.",
    ),
    Wish(
        9219,
        "BAB",
        "Fakturor från entreprenörer ska kopplas till BAB-ärendet. E-fakturor som kommer in till ekonomi ska kunna matchas mot rätt ärende och visas där för attest.",
    ),
    # ---------------------------------------------------------------- Övrigt
    Wish(
        9400,
        "Övrigt",
        "Inloggning med SITHS-kort eller kommunens SSO. Vi vill slippa ett separat lösenord till Castor och logga in med samma inloggning som i övriga system.",
    ),
    Wish(
        9401,
        "Övrigt",
        "Behörighet per ärendetyp. Administratören ska kunna styra vilka ärendetyper en användargrupp får se och ändra, t.ex. att bara BAB-handläggare ser BAB.",
    ),
    Wish(
        9402,
        "Övrigt",
        "Logg över vem som öppnat ett ärende. För sekretessärenden behöver vi kunna ta fram vilka användare som läst ärendet och när.",
    ),
    Wish(
        9403,
        "Övrigt",
        "Leverans av avslutade ärenden till e-arkivet. Ärenden med handlingar och metadata ska kunna levereras till e-arkivet enligt FGS när de är avslutade.",
    ),
    Wish(
        9404,
        "Övrigt",
        "Gallring enligt dokumenthanteringsplanen. Handlingar som ska gallras efter viss tid ska listas och kunna gallras med ett beslut som loggas.",
    ),
    Wish(
        9405,
        "Övrigt",
        "Publik diarielista på kommunens webbplats. Nya ärenden ska kunna publiceras automatiskt med ärendemening men utan personuppgifter.",
    ),
    Wish(
        9406,
        "Övrigt",
        "Utskick via SMS. Påminnelser och kallelser ska kunna skickas som SMS till mottagarens mobilnummer direkt från ärendet.",
    ),
    Wish(
        9407,
        "Övrigt",
        "Utskick till digital brevlåda. Beslut ska kunna skickas till mottagarens digitala brevlåda (Kivra, Mina meddelanden) och i andra hand med post.",
    ),
    Wish(
        9408,
        "Övrigt",
        "Mejl som skickas från systemet ska sparas i ärendet. Skickade e-postmeddelanden med bilagor ska automatiskt registreras som utgående handling.",
    ),
    Wish(
        9409,
        "Övrigt",
        "Inkommande e-post till funktionsbrevlådan ska kunna registreras i ärenden. Registratorn ska kunna dra ett mejl till ett ärende och få det som inkommen handling med bilagor.",
    ),
    Wish(
        9410,
        "Övrigt",
        "Egen rapportgenerator för statistik. Användare ska själva kunna välja fält och filter och ta ut statistik utan att beställa rapporter av leverantören.",
    ),
    Wish(
        9411,
        "Övrigt",
        "Export av sökresultat till Excel. Alla listor och sökresultat ska kunna exporteras till Excel med de kolumner man valt.",
    ),
    Wish(
        9412,
        "Övrigt",
        "Varning för personer med skyddad identitet. När en part har skyddade personuppgifter ska det synas tydligt i ärendet och adressen inte komma med i utskick.",
    ),
    Wish(
        9413,
        "Övrigt",
        "Digital signering av beslut. Beslutsfattaren ska kunna signera beslut elektroniskt så att vi slipper skriva ut och skanna in.",
    ),
    Wish(
        9414,
        "Övrigt",
        "Fastighetsuppgifter ska uppdateras nattligen från Lantmäteriet. Ägarbyten och adressändringar ska föras in automatiskt i systemets fastighets- och personregister.",
    ),
    Wish(
        9415,
        "Övrigt",
        "Administratörer ska kunna ändra dokumentmallar själva. Vi vill kunna redigera texter och fält i Word-mallarna utan att beställa ändringen av leverantören.",
    ),
    Wish(
        9416,
        "Övrigt",
        "Fritextsökning i dokumentens innehåll. Sökningen ska hitta ord inne i bifogade PDF- och Word-handlingar, inte bara i ärendemeningen.",
    ),
    Wish(
        9417,
        "Övrigt",
        "Frånvarohantering med ersättare. När en handläggare är ledig ska bevakningar och inkommande handlingar gå till en utsedd ersättare.",
    ),
    Wish(
        9418,
        "Övrigt",
        "Registerutdrag enligt GDPR. Vi ska kunna ta fram alla uppgifter som finns om en person i alla moduler när någon begär registerutdrag.",
    ),
    Wish(
        9419,
        "Övrigt",
        "Versionsnyheter ska visas i systemet. Efter en uppgradering ska användarna se vad som ändrats i en ruta när de loggar in.",
    ),
]

QUERIES: list[Query] = [
    # ================================================================ Bygg duplicates
    Query(
        "Avgiften för bygglov borde räknas fram automatiskt från taxan och inte i ett eget Excelark vid sidan av.",
        9000,
        "compound",
    ),
    Query(
        "Bygglovsavgiften bör räknas ut automatisk efter taxan direkt i ärendet, idag gör vi de i excel",
        9000,
        "typos",
    ),
    Query(
        "Vi har haft flera ärenden i år där vi gått över tio veckor och fått räkna fram avgiftsreduktionen med miniräknare. Det borde systemet göra själv och lägga in rätt belopp på fakturan.",
        9001,
        "more_detail",
    ),
    Query(
        "Reduktion av avgift enl. 12 kap. 8 a § plan- och bygglagen när handläggningstiden överskrids ska räknas fram av systemet.",
        9001,
        "abbreviation",
    ),
    Query(
        "Till ekonomisystemet ska fakturaunderlaget gå automatiskt när ett avgiftsbeslut expedieras, så slipper vi dubbelregistrering.",
        9002,
        "word_order",
    ),
    Query("Fakturaunderlag direkt till ekonomi", 9002, "less_detail"),
    Query(
        "Vi vill kunna skicka två räkningar i samma lovärende: en när beslutet fattas och en när startbeskedet ges.",
        9003,
        "synonyms",
    ),
    Query(
        "Lovavgiften ska kunna delfaktureras – en faktura vid lovbeslutet och en senare för samrådet och startbeskedet.",
        9003,
        "compound",
    ),
    Query(
        "Beräkning av byggsanktionsavgift enligt plan- och byggförordningen med pbb och area, direkt in i beslutsmallen.",
        9004,
        "abbreviation",
    ),
    Query("Räkna ut sanktionsavgift automatiskt", 9004, "less_detail"),
    Query(
        "Hur lång handläggningstiden är räknat från att ansökan blev komplett vill vi se i ärendeöversikten, i antal veckor.",
        9005,
        "word_order",
    ),
    Query(
        "Show handläggningstid in weeks since komplett ansökan in the overview, so we see how much is left of the 10 weeks.",
        9005,
        "english",
    ),
    Query(
        "Automatisk tidsfristbevakning: påminnelse två veckor innan lagfristen på tio veckor för lovbeslutet passeras.",
        9006,
        "compound",
    ),
    Query(
        "Bevakning innan den lagstadgade tidsfirsten går ut, paminnelse 2 veckor innan",
        9006,
        "typos",
    ),
    Query(
        "Vi förlänger handläggningstiden ganska ofta i större ärenden, t.ex. flerbostadshus, men systemet fortsätter räkna på tio veckor. Det behövs ett sätt att registrera förlängningsbeslutet så att fristen och bevakningarna räknas om.",
        9007,
        "more_detail",
    ),
    Query("Registrera förlängd handläggningstid", 9007, "less_detail"),
    Query(
        "När ett bygglov håller på att sluta gälla för att åtgärden inte påbörjats inom två år vill handläggaren påminnas, så att ärendet kan stängas.",
        9008,
        "word_order",
    ),
    Query(
        "Reminder when a bygglov expires, dvs inte påbörjat inom två år, so we can close the case.",
        9008,
        "english",
    ),
    Query(
        "När ett kompletteringsföreläggande skickas ska svarsdagen bli en bevakning automatiskt.",
        9009,
        "compound",
    ),
    Query(
        "Bevakning ska sätas automatiskt när föreläggande om kompletering skickas", 9009, "typos"
    ),
    Query(
        "Brevmall för att begära in saknade dokument där man bockar för det som fattas och det listas i brevet.",
        9010,
        "synonyms",
    ),
    Query(
        "När vi begär komplettering skriver vi idag in saknade handlingar för hand i varje brev, och formuleringarna blir olika beroende på handläggare. En mall med checklista där man kryssar i det som saknas skulle spara tid och ge enhetliga brev.",
        9010,
        "more_detail",
    ),
    Query(
        "En knapp för att sätta datum när ansökan är komplett, och det datumet ska synas i ärendelistan i ett eget fält.",
        9011,
        "word_order",
    ),
    Query("Knapp för komplett-datum", 9011, "less_detail"),
    Query(
        "Komplettering via e-tj. till befintligt ärende (dnr) ska inte skapa ett nytt ärende",
        9012,
        "abbreviation",
    ),
    Query(
        "Sökande ska kunna kompletera sitt arende via e-tjänsten så att filerna hamnar i rätt ärende och inte i ett nytt",
        9012,
        "typos",
    ),
    Query(
        "Mottagningskvitto via e-post med dnr och handläggare direkt när ansökan diarieförs",
        9013,
        "abbreviation",
    ),
    Query(
        "Sakägare och adresser ska hämtas från fastighetsinformationsregistret automatiskt inför grannehörande.",
        9014,
        "abbreviation",
    ),
    Query(
        "I varje ärende med grannehörande slår vi upp grannfastigheterna en och en i FIR och skriver av ägare och adresser. Det tar lång tid på landsbygden med många samfälligheter. Sakägarförteckningen borde kunna hämtas automatiskt.",
        9014,
        "more_detail",
    ),
    Query(
        "Skicka samma grannbrev till alla berörda grannar i ett svep, med ritningarna med, och att det noteras i ärendet.",
        9015,
        "synonyms",
    ),
    Query("Översikt svar grannehörande", 9016, "less_detail"),
    Query(
        "Oversikt över vilka sakägare som svarat på granehörandet och vilka som inte svarat före sista svarsdag",
        9016,
        "typos",
    ),
    Query(
        "Vi vill skicka ärenden på yttrande till miljöenheten och räddningstjänsten från Castor och få tillbaka deras yttranden i samma ärende.",
        9017,
        "synonyms",
    ),
    Query(
        "Remisshantering mot andra förvaltningar inne i systemet, med remissvaret som handling i ärendet.",
        9017,
        "compound",
    ),
    Query(
        "Mall för kommunicering enl. FL innan avslagsbeslut, med svarsdatum", 9018, "abbreviation"
    ),
    Query(
        "Förslaget till beslut ska, när vi tänker avslå, kunna kommuniceras med sökanden via färdig mall där svarsdatum finns.",
        9018,
        "word_order",
    ),
    Query("Kungöra i PoIT direkt ur ärendet utan copy-paste på deras webb", 9019, "abbreviation"),
    Query(
        "Publish kungörelser to Post- och Inrikes Tidningar straight from the case, no more copy paste on their website.",
        9019,
        "english",
    ),
    Query(
        "Kvitto för delgivning ska skapas när beslutet expedieras, och en bevakning på att det returneras.",
        9020,
        "compound",
    ),
    Query(
        "Grannar som inte hört av sig ska delges med kvitto, och idag skriver vi ut kvittot separat och lägger bevakning manuellt. Vid expedieringen borde kvittot skapas och bevakning sättas på att det kommer tillbaka underskrivet.",
        9020,
        "more_detail",
    ),
    Query(
        "Datum för laga kraft ska räknas ut automatisk utifrån kungörelsedatum och delgivingsdatum",
        9021,
        "typos",
    ),
    Query("Laga kraft-datum automatiskt", 9021, "less_detail"),
    Query(
        "En sparad expedieringslista i ärendet vill vi få när vi vid expediering bockar i sökande, grannar och övriga parter som mottagare.",
        9022,
        "word_order",
    ),
    Query(
        "Samrådskallelse för tekniskt samråd ska skapas i ärendet och hämta byggherren och kontrollansvarig från parterna.",
        9023,
        "compound",
    ),
    Query(
        "Kallelse till tekniskt samrad ska skapas från ärendet och hämta byggherre och kontrolansvarig automatiskt",
        9023,
        "typos",
    ),
    Query("Protokollsmall tekniskt samråd", 9024, "less_detail"),
    Query(
        "Färdigt underlag för att dokumentera mötet vid tekniskt samråd – vilka som var med och vad vi gick igenom – som sparas i ärendet.",
        9024,
        "synonyms",
    ),
    Query("KA-register att välja från, med cert.nr och behörighetsnivå", 9025, "abbreviation"),
    Query(
        "Vi har ett tiotal kontrollansvariga som återkommer i nästan vartannat ärende, men vi skriver in namn, telefon och certifieringsnummer på nytt varje gång och det blir stavfel. Ett register att välja från vore bra.",
        9025,
        "more_detail",
    ),
    Query(
        "Systemet ska varna när certifieringen för kontrollansvarig har gått ut – kontrollen ska göras när KA kopplas till ärendet.",
        9026,
        "word_order",
    ),
    Query(
        "Kontroll plan ska kunna sättas ihop av standard punkter per typ av åtgärd och skickas till byggherre.",
        9027,
        "compound",
    ),
    Query(
        "Kontrollplan template built from standard items per åtgärdstyp that we can adjust and send to byggherren.",
        9027,
        "english",
    ),
    Query(
        "Färdiga formuleringar för vanliga villkor att kryssa för i beslutet om startbesked.",
        9028,
        "synonyms",
    ),
    Query("Villkorslista i startbesked", 9028, "less_detail"),
    Query(
        "Eget steg för interimistsikt slutbesked med egen beslutsmall och bevakning på slutligt slutbesked",
        9029,
        "typos",
    ),
    Query(
        "När vi ger interimistiskt slutbesked för att huset ska kunna tas i bruk innan utvändiga arbeten är klara tappar vi ofta bort ärendet. Det behövs en egen status och mall för interimistiskt slutbesked och en bevakning på det slutliga.",
        9029,
        "more_detail",
    ),
    Query(
        "Innan vi ger slutbesked vill vi se om kontrollansvarigs utlåtande, relationsritningar och protokoll från obligatorisk ventilationskontroll finns.",
        9030,
        "abbreviation",
    ),
    Query(
        "Om KA:s utlåtande, OVK-protokoll och relationsritningar kommit in vill vi kunna se i en checklista innan slutbesked ges.",
        9030,
        "word_order",
    ),
    Query(
        "Länka ett tillsyns ärende till tidigare lov ärenden på samma fastighet", 9031, "compound"
    ),
    Query("Link tillsynsärende to earlier bygglovsärenden on the same fastighet.", 9031, "english"),
    Query(
        "Beslutsmall för åläggande med vitesbelopp i tillsynen, med rätt paragrafer och hur man överklagar.",
        9032,
        "synonyms",
    ),
    Query("Mall för vitesföreläggande i tillsynsärenden", 9032, "compound"),
    Query(
        "E-service for citizens to report suspected olovligt byggande, creating a tillsynsärende automatically.",
        9033,
        "english",
    ),
    Query(
        "Anmalan om misstänkt olovligt byggande via e-tjänst som skapar tillsynärende",
        9033,
        "typos",
    ),
    Query(
        "Vi har en del tillsynsärenden som legat i över ett år utan att något hänt, och det upptäcks först när någon klagar igen. En rapport per handläggare över öppna tillsynsärenden utan åtgärd de senaste sex månaderna skulle hjälpa oss prioritera.",
        9034,
        "more_detail",
    ),
    Query(
        "Per handläggare vill vi ha en lista över öppna tillsynsärenden där ingen åtgärd gjorts på sex månader.",
        9034,
        "word_order",
    ),
    Query(
        "Register över obligatorisk ventilationskontroll per byggnad med senaste datum, resultat och nästa besiktning",
        9035,
        "abbreviation",
    ),
    Query(
        "Skicka brev till husägare när deras ventilationsbesiktning snart ska göras om.",
        9036,
        "synonyms",
    ),
    Query(
        "Receive hiss inspection reports digitally from besiktningsorganen, kopplat till rätt byggnad.",
        9037,
        "english",
    ),
    Query(
        "Besiktningsprotokol för hissar ska tas emot digitalt till rätt byggnad istället för pdf i mejl",
        9037,
        "typos",
    ),
    Query("Eldstadsanmälan via e-tjänst med sotarintyget bifogat", 9038, "compound"),
    Query("Anmälan om ny eldstad via e-tj med sotarens intyg", 9038, "abbreviation"),
    Query(
        "Varje kvartal lägger vår assistent en hel dag på att gå igenom ärenden för att fylla i SCB:s blankett om nybyggda lägenheter. Uppgifterna finns redan i ärendena så det borde gå att ta fram underlaget automatiskt.",
        9039,
        "more_detail",
    ),
    Query(
        "Rapport för Boverkets plan- och byggenkät med antal lov, anmälnigar och handläggnigstider per år",
        9040,
        "typos",
    ),
    Query(
        "Handläggningstidsrapport per typ av ärende med medel och median per månad.",
        9041,
        "compound",
    ),
    Query("Handläggningstider per ärendetyp", 9041, "less_detail"),
    Query(
        "Digital stamp on approved drawings, datum och dnr on the PDF automatically när lovet beviljas.",
        9042,
        "english",
    ),
    Query(
        "Automatisk beslutsmärkning med datum och ärendenummer på ritningarna när vi beviljar lov.",
        9042,
        "synonyms",
    ),
    Query(
        "Bredvid varandra vill vi kunna se ny och gammal version av en ritning när reviderade ritningar lämnas in.",
        9043,
        "word_order",
    ),
    Query(
        "När en ny ritnings version kommer in ska den gamla markeras ersatt och grånas i handlings listan, men inte tas bort.",
        9044,
        "compound",
    ),
    Query("Markera ersatta handlingar", 9044, "less_detail"),
    Query("Measure tool in PDF drawings, så vi kan kolla byggnadsarean direkt.", 9045, "english"),
    Query(
        "Idag skriver vi ut ritningarna och mäter med linjal för att kontrollera att byggnadsarean stämmer med ansökan, eller öppnar ett annat program. Vi behöver kunna mäta längder och ytor direkt i PDF:en i Castor.",
        9045,
        "more_detail",
    ),
    Query(
        "Planbestämmelserna som gäller för tomten ska dyka upp i ärendet automatiskt när det registreras.",
        9046,
        "synonyms",
    ),
    Query("Visa gällande DP för fastigheten när ärendet skapas", 9046, "abbreviation"),
    Query(
        "Varning om fastigheten ligger inom strandskyddat omrade, kolla mot kartskiktet vid registrering",
        9047,
        "typos",
    ),
    Query(
        "Beställa nybyggnadskarta direkt ur lovärendet till mätningsavdelningen",
        9048,
        "abbreviation",
    ),
    Query(
        "Direkt från bygglovsärendet vill vi att både sökanden och handläggaren kan skicka en NBK-beställning till mät.",
        9048,
        "word_order",
    ),
    Query("Bevakning lägeskontroll", 9049, "less_detail"),
    Query(
        "Påminnelse om att inmätningen av husets läge inte kommit in, som försvinner när den registrerats.",
        9049,
        "synonyms",
    ),
    Query(
        "Lista över delegationsbeslut att anmäla till nämden, per period och handläggare",
        9050,
        "typos",
    ),
    Query(
        "Lagrum och delegat ska skrivas ut automatiskt i beslutet när man valt punkt i delegationsordningen.",
        9051,
        "word_order",
    ),
    Query(
        "Vi har fått påpekanden från revisionen att delegationspunkten ibland saknas eller är fel i besluten. Om handläggaren kunde välja punkt ur delegationsordningen och få lagrum och delegat ifyllt automatiskt skulle det bli rätt.",
        9051,
        "more_detail",
    ),
    Query(
        "Utdraget ur nämndens protokoll ska automatiskt knytas till rätt lovärende efter sammanträdet, utan att vi skannar.",
        9052,
        "synonyms",
    ),
    Query(
        "Guided e-tjänst for attefall: ask which åtgärd and only show the documents needed.",
        9053,
        "english",
    ),
    Query("Guidad attefallsanmälan", 9053, "less_detail"),
    Query(
        "Ansökan från e-tj ska bli ärende med rätt ärendetyp och fastighetsbeteckning direkt",
        9054,
        "abbreviation",
    ),
    Query(
        "Vi får in ungefär 60 % av ansökningarna via e-tjänsten men alla landar som ärendetyp 'Övrigt' utan fastighet, så registratorn måste öppna varje ärende och rätta. Ärendetyp och fastighet borde sättas rätt direkt från e-tjänsten.",
        9054,
        "more_detail",
    ),
    Query(
        "Den som sökt lov vill kunna gå in på webben och se hur långt ärendet kommit.",
        9055,
        "synonyms",
    ),
    Query(
        "Applicant should see case status on Mina sidor – received, in progress, komplettering, beslut.",
        9055,
        "english",
    ),
    Query(
        "Status avslutat ska ärendet få automatiskt när slutbeskedet är expedierat och inga öppna bevakningar finns.",
        9056,
        "word_order",
    ),
    Query("Auto-avsluta ärende efter slutbesked", 9056, "less_detail"),
    Query("Kartvy över pågående lovärenden, färgade efter ärendestatus", 9057, "compound"),
    Query("Pågående bygglovsärenden som punkter i kartan, med färg efter stauts", 9057, "typos"),
    Query(
        "Automatisk tilldelning av nyinkomna ärenden till den handläggare som har hand om distriktet där tomten ligger.",
        9058,
        "synonyms",
    ),
    Query(
        "Förhandsbeskedsärendet ska kunna länkas till bygglovet som söks efteråt.", 9059, "compound"
    ),
    # ================================================================ BAB duplicates
    Query(
        "E-tjänst för ansökan om BAB med BankID-signering och bifogat intyg", 9200, "abbreviation"
    ),
    Query(
        "Online application för bostadsanpassningsbidrag with BankID signing and upload of intyg and drawings.",
        9200,
        "english",
    ),
    Query(
        "Arbetsterapetuens intyg ska kunna skickas in digitalt, direkt til BAB-ärendet",
        9201,
        "typos",
    ),
    Query(
        "Vi får in arbetsterapeutintygen på papper med internposten och skannar in dem, det tar ibland en vecka. Regionens arbetsterapeuter skulle vilja ladda upp intyget själva direkt till vårt bostadsanpassningsärende.",
        9201,
        "more_detail",
    ),
    Query(
        "Förfrågan om anbud ska kunna skickas från BAB-ärendet till utvalda entreprenörer med åtgärds beskrivningen bifogad.",
        9202,
        "compound",
    ),
    Query("Anbudsförfrågan från ärendet", 9202, "less_detail"),
    Query(
        "Compare offerter side by side per åtgärd so we see the lowest suitable price.",
        9203,
        "english",
    ),
    Query(
        "I en tabell vill vi se ärendets inkomna offerter med pris per åtgärd, så att lägsta lämpliga anbud syns.",
        9203,
        "word_order",
    ),
    Query(
        "Beslutsmall för bifall där beviljade atgärder och bidragsbelopp hämtas från ärendet",
        9204,
        "typos",
    ),
    Query(
        "När vi beviljar ska beslutsbrevet fyllas i med de godkända insatserna och summan från ärendet.",
        9204,
        "synonyms",
    ),
    Query(
        "Till entreprenören i stället för till sökanden ska bidraget kunna betalas ut, när fakturan attesterats.",
        9205,
        "word_order",
    ),
    Query(
        "De flesta av våra sökande är äldre och vill inte hantera pengarna själva, så vi betalar alltid till firman. Idag går det bara att registrera utbetalning till sökanden i systemet. Vi behöver kunna betala direkt till entreprenören efter attest.",
        9205,
        "more_detail",
    ),
    Query(
        "Återställnings bidrag som egen ärende typ, kopplat till det ursprungliga anpassnings ärendet",
        9206,
        "compound",
    ),
    Query("Ärendetyp återställningsbidrag", 9206, "less_detail"),
    Query(
        "Nedmonterade trapphissar ska kunna läggas in i ett lager så att vi kan montera dem hos en annan sökande.",
        9207,
        "synonyms",
    ),
    Query("Årsstatistik BAB till Boverket i deras format", 9208, "abbreviation"),
    Query(
        "Varje vår ska vi rapportera bostadsanpassningsstatistiken till Boverket och då sitter jag och räknar beslut och kostnader i Excel ur olika listor. Det skulle vara bra om systemet kunde ta fram det direkt i Boverkets format.",
        9208,
        "more_detail",
    ),
    Query(
        "Mall för fastighetsägarmedgivande och bevakning på svaret när sökanden bor i hyresrätt.",
        9209,
        "compound",
    ),
    Query(
        "Template and reminder for hyresvärdens consent (medgivande) when the applicant rents.",
        9209,
        "english",
    ),
    Query("Ombud med fullmakt", 9210, "less_detail"),
    Query(
        "Registrering av ombud med fullmat, ombudet ska få alla utskick istället för sökanden",
        9210,
        "typos",
    ),
    Query(
        "Ändrings- och tilläggsarbeten efter beslut: tilläggsbeslut som läggs till det beviljade beloppet",
        9211,
        "abbreviation",
    ),
    Query(
        "Ett tilläggsbeslut ska kunna fattas när ÄTA-arbeten anmäls av entreprenören efter beslutet, och beloppet läggas till det beviljade.",
        9211,
        "word_order",
    ),
    Query(
        "Vi har betalat ut slutbelopp innan någon kollat att duschen faktiskt blev gjord. En bevakning som påminner handläggaren om att kontrollera den utförda anpassningen innan slututbetalningen skulle förhindra det.",
        9212,
        "more_detail",
    ),
    Query(
        "Reminder to do a final check after the anpassning is done, before slututbetalning.",
        9212,
        "english",
    ),
    Query("Bevakning på servise och besiktning av beviljade trapphissar", 9213, "typos"),
    Query(
        "Tiden från inkommen ansökan till beslut och till utbetalning vill vi kunna se i en rapport per år för bostadsanpassning.",
        9214,
        "word_order",
    ),
    Query(
        "Hur mycket pengar har gått till trösklar, duschar och hissar i år? Vi vill ha en summering per typ av åtgärd.",
        9215,
        "synonyms",
    ),
    Query("Kostnad per åtgärdstyp BAB", 9215, "less_detail"),
    Query("Mall för kommunicering innan avslag på BAB", 9216, "abbreviation"),
    Query(
        "Medicinska uppgifter i BAB-intyg ska döljas för obehöriga och markeras som sekretess automatiskt.",
        9217,
        "word_order",
    ),
    Query(
        "Medical info in BAB intyg should automatically be marked sekretess and hidden from users without access.",
        9217,
        "english",
    ),
    Query(
        "När en ny ansökan kommer in vill jag se vad personen fått beviljat förut, också på gamla adresser.",
        9218,
        "synonyms",
    ),
    Query("Sökandens tidigare BAB-ärenden", 9218, "less_detail"),
    Query(
        "Entreprenörsfakturorna som kommer in elektroniskt till ekonomi ska kopplas till rätt bostadsanpassningsärende för attest.",
        9219,
        "compound",
    ),
    Query(
        "För attest ska fakturor från entreprenörerna visas i BAB-ärendet, efter att e-fakturan matchats mot rätt ärende.",
        9219,
        "word_order",
    ),
    # ================================================================ Övrigt duplicates
    Query(
        "Inloggning med kommunens gemensamma inloggning (single sign-on) eller SITHS i st.f. separat lösenord",
        9400,
        "abbreviation",
    ),
    Query(
        "Single sign-on to Castor with the same login as our other systems, no separate password.",
        9400,
        "english",
    ),
    Query("Behörighet per ärendetyp sa att bara BAB-handläggare ser BAB-ärenden", 9401, "typos"),
    Query("Audit log of who has opened or read a sekretessärende and when.", 9402, "english"),
    Query(
        "Vi fick en fråga från en kommuninvånare om vem som tittat i hennes ärende. Vi kunde inte svara eftersom systemet bara loggar ändringar. Vi behöver en logg över vilka användare som öppnat ett ärende och när.",
        9402,
        "more_detail",
    ),
    Query(
        "Leverans till e-arkiv enligt förvaltningsgemensamma specifikationer för avslutade ärenden",
        9403,
        "abbreviation",
    ),
    Query(
        "När ett ärende är avslutat ska det, med metadata och alla handlingar, kunna skickas till e-arkivet i FGS-format.",
        9403,
        "word_order",
    ),
    Query(
        "Systemet ska lista dokument som enligt arkivplanen ska rensas bort efter viss tid och låta oss ta bort dem med ett loggat beslut.",
        9404,
        "synonyms",
    ),
    Query(
        "Gallring enligt dokumenthanteringsplanen, lista handlingar som ska galras och logga beslutet",
        9404,
        "typos",
    ),
    Query(
        "Public diarium list on the website, automatically published without personuppgifter.",
        9405,
        "english",
    ),
    Query(
        "Publik lista över diariet på kommunens webb, automatiskt uppdaterad utan person uppgifter",
        9405,
        "compound",
    ),
    Query("SMS-utskick från ärendet", 9406, "less_detail"),
    Query(
        "Många sökande missar våra kallelser till inspektion eller samråd eftersom brevet kommer fram för sent. Om vi kunde skicka en påminnelse som SMS från ärendet några dagar innan skulle färre besök bli inställda.",
        9406,
        "more_detail",
    ),
    Query(
        "Beslut ska gå ut elektroniskt till mottagarens Kivra eller liknande och bara med vanlig post om de inte har det.",
        9407,
        "synonyms",
    ),
    Query(
        "Send beslut to digital mailbox (Kivra/Mina meddelanden), fallback to paper post.",
        9407,
        "english",
    ),
    Query(
        "Som utgående handling ska skickade mejl med bilagor registreras automatiskt i ärendet.",
        9408,
        "word_order",
    ),
    Query(
        "Mejl som skickas från systemet ska spars i ärendet automatiskt med bilagor", 9408, "typos"
    ),
    Query(
        "Registratorn skriver idag ut mejlen från bygglovsbrevlådan och skannar in dem, eller sparar bilagorna en och en. Vi vill kunna dra ett inkommande mejl direkt in i ärendet och få det registrerat som inkommen handling med bilagorna.",
        9409,
        "more_detail",
    ),
    Query(
        "Vi vill själva kunna plocka ihop siffror med valfria fält och urval utan att behöva köpa en ny rapport.",
        9410,
        "synonyms",
    ),
    Query(
        "Egen rapportgenerator – välja fält och filter själv utan beställning hos lev.",
        9410,
        "abbreviation",
    ),
    Query("Excelexport av listor", 9411, "less_detail"),
    Query(
        "Varning för personer med skydad identitet, adressen får inte komma med i utskick",
        9412,
        "typos",
    ),
    Query(
        "Tydlig markering i ärendet när en part har sekretessmarkerade personuppgifter, och att deras adress inte skrivs ut i brev.",
        9412,
        "synonyms",
    ),
    Query("E-signering av beslut så vi slipper skriva ut och skanna", 9413, "abbreviation"),
    Query("Signera beslut digitalt", 9413, "less_detail"),
    Query(
        "Från Lantmäteriet ska fastighetsuppgifterna uppdateras varje natt så att ägarbyten och nya adresser kommer in automatiskt.",
        9414,
        "word_order",
    ),
    Query(
        "Nattlig uppdatering av fastighets uppgifter från lantmäteriet med ägar byten och adress ändringar",
        9414,
        "compound",
    ),
    Query(
        "Varje gång vi vill ändra en formulering i ett beslut, t.ex. ny överklagandehänvisning, måste vi beställa det av leverantören och vänta flera veckor. Vi behöver kunna ändra Word-mallarna själva som administratörer.",
        9415,
        "more_detail",
    ),
    Query(
        "Admins should be able to edit dokumentmallar themselves without ordering from the supplier.",
        9415,
        "english",
    ),
    Query(
        "Fritextsökning i dokumentens inehåll så att man hittar ord i bifogade PDF:er",
        9416,
        "typos",
    ),
    Query("Innehållssökning i bifogade handlingar, inte bara i ärendemening", 9416, "compound"),
    Query(
        "När jag har semester vill jag att en kollega automatiskt får mina påminnelser och nya dokument.",
        9417,
        "synonyms",
    ),
    Query("Ersättare vid frånvaro", 9417, "less_detail"),
    Query(
        "Registerutdrag enl. dataskyddsförordningen över alla uppgifter om en person i alla moduler",
        9418,
        "abbreviation",
    ),
    Query("Show release notes in Castor after an upgrade when users log in.", 9419, "english"),
    Query("Visa nyheter efter uppgradering", 9419, "less_detail"),
    Query(
        "Vid expediering i ärenden med många grannar skriver vi idag mottagarlistan i Word. Vi skulle vilja bocka i vilka av ärendets parter som ska få beslutet, sökande som grannar, och att listan sparas i ärendet.",
        9022,
        "more_detail",
    ),
    Query(
        "Vi avslår ungefär var tionde ansökan om bostadsanpassning och ska alltid låta sökanden yttra sig först. Idag skriver vi kommuniceringsbrevet från ett gammalt Word-dokument. En färdig mall med svarsdatum i systemet vore bra.",
        9216,
        "more_detail",
    ),
    # ================================================================ Bygg look-alikes
    Query(
        "Betalningsstatus ska hämtas från ekonomisystemet till bygglovsärendet så att vi ser om avgiften är betald innan vi ger startbesked.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelsefaktura ska skickas automatiskt när bygglovsavgiften inte betalats i tid.",
        None,
        "lookalike",
    ),
    Query(
        "Administratören ska själv kunna lägga in ny taxa och nytt timpris när nämnden beslutat om ändrad taxa, utan att beställa det av leverantören.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över hur mycket avgift vi fått sätta ned under året på grund av överskriden handläggningstid.",
        None,
        "lookalike",
    ),
    Query(
        "Kreditering av en felaktig bygglovsfaktura ska kunna göras direkt från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning när tiden i ett vitesföreläggande gått ut, så att vi kan ansöka om utdömande av vite hos mark- och miljödomstolen.",
        None,
        "lookalike",
    ),
    Query(
        "Ärendet ska visa hur lång tid det gått från startbesked till slutbesked.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse när ett påbörjat bygglov inte fått slutbesked inom fem år från beslutet.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för att avvisa ansökan när sökanden inte kompletterat inom utsatt tid.",
        None,
        "lookalike",
    ),
    Query(
        "Sökanden ska få ett automatiskt mejl när ansökan bedömts som komplett, med datum då tidsfristen börjar löpa.",
        None,
        "lookalike",
    ),
    Query(
        "Grannarnas inkomna synpunkter ska kunna sammanställas automatiskt till en bilaga i tjänsteskrivelsen.",
        None,
        "lookalike",
    ),
    Query(
        "Grannar ska kunna lämna sina synpunkter på grannehörandet via e-tjänst och logga in med BankID.",
        None,
        "lookalike",
    ),
    Query(
        "När vi själva får en remiss från planavdelningen ska den kunna registreras och besvaras som ett eget remissärende i bygg.",
        None,
        "lookalike",
    ),
    Query("Rapport över skickade remisser som inte besvarats inom remisstiden.", None, "lookalike"),
    Query(
        "Kungörelsetexten ska genereras ur beslutet med fastighetsbeteckning och åtgärd ifyllda.",
        None,
        "lookalike",
    ),
    Query(
        "Underskrivna delgivningskvitton som kommer tillbaka ska kunna skannas in och kopplas till rätt ärende via streckkod.",
        None,
        "lookalike",
    ),
    Query(
        "Inkommet överklagande av lovbeslut ska kunna registreras och överlämnas till länsstyrelsen med alla handlingar.",
        None,
        "lookalike",
    ),
    Query(
        "Kallelse till arbetsplatsbesök ska skapas från ärendet och hämta byggherre och KA automatiskt.",
        None,
        "lookalike",
    ),
    Query(
        "Byggherren ska kunna skicka in ifylld kontrollplan och KA:s utlåtande via e-tjänst inför slutsamrådet.",
        None,
        "lookalike",
    ),
    Query(
        "Villkor i slutbeskedet ska kunna väljas från en lista med färdiga textblock.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för lovföreläggande i tillsynsärenden, när det olovliga bygget kan få lov i efterhand.",
        None,
        "lookalike",
    ),
    Query(
        "Den som tipsat om olovligt byggande ska få återkoppling via mejl när tillsynsärendet avslutas.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över OVK-besiktningar med anmärkning där ombesiktning inte gjorts inom utsatt tid.",
        None,
        "lookalike",
    ),
    Query(
        "OVK-funktionärerna ska kunna skicka in besiktningsprotokollet digitalt via e-tjänst.",
        None,
        "lookalike",
    ),
    Query(
        "Sotarens brandskyddskontroller ska importeras och visas på byggnaden.", None, "lookalike"
    ),
    Query(
        "Uppgifter till SCB om rivna lägenheter ska tas fram ur rivningslovsärendena.",
        None,
        "lookalike",
    ),
    Query(
        "Handläggningstiderna per ärendetyp ska publiceras automatiskt på kommunens webbplats varje månad.",
        None,
        "lookalike",
    ),
    Query(
        "Sökanden ska kunna ladda ned de stämplade ritningarna från Mina sidor efter beslut.",
        None,
        "lookalike",
    ),
    Query(
        "Detaljplanens genomförandetid ska visas för fastigheten, med varning om den har gått ut.",
        None,
        "lookalike",
    ),
    Query(
        "Nybyggnadskartan ska levereras tillbaka från mät och hamna som handling i bygglovsärendet automatiskt.",
        None,
        "lookalike",
    ),
    Query(
        "Administratören ska kunna lägga in och uppdatera delegationsordningen när nämnden ändrat den.",
        None,
        "lookalike",
    ),
    Query(
        "Tjänsteskrivelse till nämnden ska skickas från ärendet till nämndsekreteraren så att den kommer med på dagordningen.",
        None,
        "lookalike",
    ),
    Query(
        "Förhandsbeskedets giltighetstid på två år ska bevakas så att vi ser när det går ut.",
        None,
        "lookalike",
    ),
    # ================================================================ BAB look-alikes
    Query(
        "Sökanden ska kunna se status och beslut för sitt BAB-ärende i e-tjänsten.",
        None,
        "lookalike",
    ),
    Query("Mall för begäran om komplettering av arbetsterapeutens intyg.", None, "lookalike"),
    Query(
        "Entreprenörerna ska kunna lämna sina offerter digitalt via en portal så att de hamnar direkt i BAB-ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Beslutsmall för avslag på bostadsanpassningsbidrag med överklagandehänvisning.",
        None,
        "lookalike",
    ),
    Query(
        "Utbetalning till sökanden när hen själv anlitat hantverkare, mot uppvisade kvitton.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över beviljade men ännu inte utbetalda bidrag vid årsskiftet, till bokslutet.",
        None,
        "lookalike",
    ),
    Query("Återkrav av bidrag när anpassningen inte utförts enligt beslutet.", None, "lookalike"),
    Query(
        "Hyresvärden ska automatiskt få en kopia av beslutet om bostadsanpassningsbidrag vid expediering.",
        None,
        "lookalike",
    ),
    Query(
        "Ombudet ska kunna logga in i e-tjänsten och följa ärendet för sökandens räkning.",
        None,
        "lookalike",
    ),
    Query(
        "Bidrag för reparation av en tidigare installerad anpassning ska kunna sökas som egen ärendetyp.",
        None,
        "lookalike",
    ),
    Query(
        "Sekretessmarkerade uppgifter i BAB-intygen ska maskas automatiskt när handlingen lämnas ut.",
        None,
        "lookalike",
    ),
    # ================================================================ Övrigt look-alikes
    Query(
        "Tvåfaktorsinloggning när man använder Castor hemifrån eller utanför kommunens nät.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över användare som inte loggat in på 90 dagar så att deras behörighet kan tas bort.",
        None,
        "lookalike",
    ),
    Query(
        "Ändringslogg som visar vem som ändrat en uppgift i ärendet, med gammalt och nytt värde.",
        None,
        "lookalike",
    ),
    Query(
        "När e-arkivet kvitterat leveransen ska ärendet markeras som arkiverat i Castor.",
        None,
        "lookalike",
    ),
    Query(
        "Diarielistan ska kunna skrivas ut per vecka som intern postlista till förvaltningsledningen.",
        None,
        "lookalike",
    ),
    Query(
        "Mottagaren ska kunna svara på SMS:et och svaret ska hamna i ärendet.", None, "lookalike"
    ),
    Query(
        "Brev som kommer tillbaka som obeställbara ska kunna registreras så att utskicket görs om till rätt adress.",
        None,
        "lookalike",
    ),
    Query(
        "Mejl från ärendet ska kunna skickas krypterat när de innehåller sekretessuppgifter.",
        None,
        "lookalike",
    ),
    Query(
        "Rapporterna ska kunna schemaläggas och skickas ut med mejl den första i varje månad.",
        None,
        "lookalike",
    ),
    Query(
        "Import från Excel av en lista med fastigheter för att göra ett utskick till ägarna.",
        None,
        "lookalike",
    ),
    Query(
        "Mottagaren av ett digitalt signerat beslut ska kunna kontrollera att underskriften är äkta.",
        None,
        "lookalike",
    ),
]
