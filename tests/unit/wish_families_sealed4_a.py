"""Sealed, blind evaluation set (wish_families_sealed4_a).

Written by an AI helper session from its own knowledge of Swedish municipal
case handling, without reading the project's other evaluation sets, handlers,
benchmarks or documentation. Modules: Bygg (8000-8059), BAB (8200-8219) and
Övrigt (8400-8419). To be used once, sealed, for measuring duplicate detection.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # ---------------------------------------------------------------- Bygg
    Wish(
        8000,
        "Bygg",
        "Automatisk bevakning vid begäran om komplettering. Vi vill att det skapas en bevakning automatiskt med sista datum för komplettering när handläggaren skickar ett kompletteringsföreläggande, så att ärendet inte blir liggande.",
    ),
    Wish(
        8001,
        "Bygg",
        "Påminnelse till sökanden innan kompletteringstiden går ut. Det borde gå att skicka ett automatiskt mejl eller sms till sökanden några dagar innan sista dag för komplettering, många missar datumet.",
    ),
    Wish(
        8002,
        "Bygg",
        "Visa återstående handläggningstid i bygglovsärendet. Önskar att ärendet visar hur många veckor och dagar som är kvar av tioveckorsfristen, räknat från att ansökan var komplett.",
    ),
    Wish(
        8003,
        "Bygg",
        "Eget datumfält för komplett ansökan. Det ska finnas ett fält där handläggaren anger datum då ansökan blev komplett, och det datumet ska användas när handläggningstiden räknas.",
    ),
    Wish(
        8004,
        "Bygg",
        "Automatisk avgiftsreduktion när tidsfristen överskrids. Vi vill att systemet räknar ut hur mycket bygglovsavgiften ska sättas ned, en femtedel per påbörjad vecka över fristen, och föreslår det på fakturan.",
    ),
    Wish(
        8005,
        "Bygg",
        "Rapport över bygglovsärenden med överskriden tidsfrist. Önskar en lista över alla ärenden där tioveckorsfristen har passerats under en vald period, för redovisning till nämnden.",
    ),
    Wish(
        8006,
        "Bygg",
        "Registrera förlängd handläggningstid. Det borde gå att registrera beslut om förlängning av tidsfristen med ytterligare tio veckor, och att återstående tid då räknas om automatiskt.",
    ),
    Wish(
        8007,
        "Bygg",
        "Mall för underrättelse till grannar. Vi vill ha en färdig mall för grannhörande där fastighetsbeteckning, åtgärd och sista svarsdatum fylls i automatiskt från ärendet.",
    ),
    Wish(
        8008,
        "Bygg",
        "Hämta sakägare från fastighetsregistret. Önskar att ägare och adresser till angränsande fastigheter kan hämtas direkt in i ärendet som sakägare, istället för att vi skriver av dem.",
    ),
    Wish(
        8009,
        "Bygg",
        "Registrera svar från grannar. Det behövs ett sätt att markera vilka sakägare som har svarat och om de har invändningar, så att man ser vilka som inte hört av sig.",
    ),
    Wish(
        8010,
        "Bygg",
        "Skicka grannhörande med e-post. Vi vill kunna skicka underrättelsen till sakägarna digitalt via mejl istället för brev när vi har deras e-postadress.",
    ),
    Wish(
        8011,
        "Bygg",
        "Automatisk beräkning av bygglovsavgift. Vi vill att avgiften räknas ut från BTA/OPA och kommunens taxa när handläggaren väljer åtgärd och ärendetyp, i stället för i ett separat Excelark.",
    ),
    Wish(
        8012,
        "Bygg",
        "Nytt prisbasbelopp på ett ställe. Det borde gå att lägga in årets prisbasbelopp (mPBB) en gång så att alla taxeberäkningar i bygglov uppdateras direkt vid årsskiftet.",
    ),
    Wish(
        8013,
        "Bygg",
        "Dela upp faktureringen av bygglovsavgiften. Önskar att kunna fakturera lovdelen vid beslut och den del som avser startbesked och slutbesked senare, som två fakturor i samma ärende.",
    ),
    Wish(
        8014,
        "Bygg",
        "Kallelse till tekniskt samråd. Vi vill ha en mall för kallelse där byggherre och kontrollansvarig hämtas från ärendets parter och som kan mejlas direkt.",
    ),
    Wish(
        8015,
        "Bygg",
        "Protokoll från tekniskt samråd i surfplattan. Önskar en mall för protokoll från tekniskt samråd som kan fyllas i direkt på surfplatta under mötet och sparas i ärendet.",
    ),
    Wish(
        8016,
        "Bygg",
        "Kontrollplanen som bilaga till startbeskedet. Det borde gå att bifoga den fastställda kontrollplanen automatiskt när startbeskedet skapas och expedieras.",
    ),
    Wish(
        8017,
        "Bygg",
        "Kontrollera KA:s certifiering mot Boverket. Vi vill att systemet kontrollerar mot Boverkets register att certifieringen är giltig när en KA läggs in i ärendet.",
    ),
    Wish(
        8018,
        "Bygg",
        "Register över kontrollansvariga. Önskar att kontrollansvariga sparas i ett register med namn, behörighetsnivå och kontaktuppgifter så att vi kan välja dem i en lista istället för att skriva in dem varje gång.",
    ),
    Wish(
        8019,
        "Bygg",
        "Bevakning när bygglovet håller på att upphöra. Det borde skapas en bevakning automatiskt så att vi ser när det gått två år utan att åtgärden påbörjats eller fem år utan att den avslutats, eftersom lovet då upphör att gälla.",
    ),
    Wish(
        8020,
        "Bygg",
        "Lista över ärenden utan slutbesked. Önskar en sökning som visar alla ärenden där startbesked lämnats men slutbesked saknas, sorterad på datum för startbeskedet.",
    ),
    Wish(
        8021,
        "Bygg",
        "Ärendet avslutas automatiskt vid slutbesked. Vi vill att ärendet får status avslutat när slutbeskedet är expedierat och det inte finns öppna bevakningar eller obetalda avgifter kvar.",
    ),
    Wish(
        8022,
        "Bygg",
        "Beslutstyp för interimistiskt slutbesked. Det saknas en egen beslutstyp för interimistiskt slutbesked där man kan ange kvarstående brister och få en bevakning på när de ska vara åtgärdade.",
    ),
    Wish(
        8023,
        "Bygg",
        "Markera direkt i ritningarna. Önskar att handläggaren kan rita, skriva kommentarer och markera direkt i inkomna PDF-ritningar i ärendet och skicka den markerade versionen till sökanden.",
    ),
    Wish(
        8024,
        "Bygg",
        "Digital stämpel på godkända handlingar. Vi vill kunna stämpla ritningarna med 'Hör till beslut', datum och diarienummer digitalt när beslutet fattas.",
    ),
    Wish(
        8025,
        "Bygg",
        "Jämför versioner av ritningar. Det borde gå att visa två versioner av samma ritning bredvid varandra när sökanden har skickat in reviderade handlingar.",
    ),
    Wish(
        8026,
        "Bygg",
        "Ny version av ersatt handling. Önskar att en inkommen reviderad ritning kan kopplas som ny version till den gamla, så att det syns vilken handling som gäller och den gamla markeras som ersatt.",
    ),
    Wish(
        8027,
        "Bygg",
        "Detaljplan hämtas automatiskt till ärendet. Vi vill att gällande detaljplan och planbestämmelser för fastigheten visas i ärendet direkt när det registreras.",
    ),
    Wish(
        8028,
        "Bygg",
        "Registrera avvikelse från detaljplan. Det ska gå att ange att beslutet innebär en liten avvikelse, vilken planbestämmelse det gäller och motiveringen, så att vi kan söka fram alla beslut med avvikelser.",
    ),
    Wish(
        8029,
        "Bygg",
        "Förhandsbesked som egen ärendetyp. Önskar att förhandsbesked blir en egen ärendetyp med egna beslutsmallar, idag registreras de som bygglov och går inte att skilja ut.",
    ),
    Wish(
        8030,
        "Bygg",
        "Underlag till Boverkets plan- och byggenkät. Vi vill att uppgifterna till den årliga plan- och byggenkäten kan tas fram direkt ur systemet.",
    ),
    Wish(
        8031,
        "Bygg",
        "Uppgifter till SCB om bostadsbyggande. Önskar att blanketten till SCB om påbörjade och färdigställda bostäder kan fyllas i och skickas direkt från ärendet.",
    ),
    Wish(
        8032,
        "Bygg",
        "Uppdatera byggnadsregistret vid slutbesked. Det borde gå att skicka uppgifter om ny eller ändrad byggnad till Lantmäteriets byggnadsregister direkt när slutbesked ges.",
    ),
    Wish(
        8033,
        "Bygg",
        "Beräkning av byggsanktionsavgift. Vi vill att byggsanktionsavgiften räknas ut automatiskt enligt PBF utifrån överträdelse och area när handläggaren väljer typ av överträdelse i tillsynsärendet.",
    ),
    Wish(
        8034,
        "Bygg",
        "Kommunicering inför beslut om byggsanktionsavgift. Önskar en mall för kommunicering med fastighetsägaren innan sanktionsavgiften beslutas, där den beräknade avgiften och skälen kommer med.",
    ),
    Wish(
        8035,
        "Bygg",
        "Bevakning av föreläggande med vite. Vi vill att det skapas en bevakning på datumet då föreläggandet ska vara åtgärdat, så att vi i tid kan följa upp och ansöka om utdömande av vitet.",
    ),
    Wish(
        8036,
        "Bygg",
        "OVK-register med bevakning. Önskar ett register över byggnader med besiktningsintervall och datum för senaste OVK, med automatisk bevakning när nästa besiktning ska göras.",
    ),
    Wish(
        8037,
        "Bygg",
        "Register över hissar. Vi vill kunna registrera hissar och andra motordrivna anordningar per byggnad och se när nästa periodiska besiktning ska göras.",
    ),
    Wish(
        8038,
        "Bygg",
        "Utskick till fastighetsägare med försenad OVK. Det borde gå att skicka ett påminnelsebrev till alla fastighetsägare vars OVK har passerat datum, i ett svep.",
    ),
    Wish(
        8039,
        "Bygg",
        "Förenklat flöde för anmälan om eldstad. Vi vill ha ett eget flöde för eldstadsanmälan där startbesked kan ges direkt och slutbesked när intyg från sotaren kommit in.",
    ),
    Wish(
        8040,
        "Bygg",
        "Bygglovsansökan från e-tjänsten skapar ärende. Inkomna ansökningar från e-tjänsten ska automatiskt bli ett ärende med rätt ärendetyp, fastighet och sökande ifyllda, utan manuell registrering.",
    ),
    Wish(
        8041,
        "Bygg",
        "Mottagningsbekräftelse till sökanden. Automatiskt mejl till sökanden när ansökan har registrerats, med diarienummer och handläggarens namn och telefonnummer.",
    ),
    Wish(
        8042,
        "Bygg",
        "Kungörelse till Post- och Inrikes Tidningar. Vi vill kunna skicka kungörelsen av beslutet till PoIT direkt från ärendet, istället för att logga in i Bolagsverkets tjänst och skriva av texten.",
    ),
    Wish(
        8043,
        "Bygg",
        "Beräkna datum för laga kraft. Önskar att systemet räknar ut när beslutet vinner laga kraft utifrån kungörelsedatum och delgivningsdatum och visar det i ärendet.",
    ),
    Wish(
        8044,
        "Bygg",
        "Registrera delgivningskvitton. Det borde gå att registrera när delgivningskvittot kommit tillbaka för varje mottagare och bevaka de som inte returnerats.",
    ),
    Wish(
        8045,
        "Bygg",
        "Överklagande skickas till länsstyrelsen. Vi vill kunna samla alla handlingar i ärendet i en PDF i rätt ordning och skicka till länsstyrelsen när ett beslut överklagas.",
    ),
    Wish(
        8046,
        "Bygg",
        "Remiss till andra förvaltningar från bygglovsärendet. Önskar att kunna skicka remiss till t.ex. miljö, räddningstjänst och trafik direkt från ärendet och få svaren registrerade i samma ärende.",
    ),
    Wish(
        8047,
        "Bygg",
        "Bevakning av remissvar. Vi vill att en bevakning skapas med svarsdatum när remissen skickas, och att handläggaren får en påminnelse om svaret inte har kommit.",
    ),
    Wish(
        8048,
        "Bygg",
        "Kopiera motivering från tidigare beslut. Vi vill kunna söka fram tidigare beslut med liknande åtgärd och kopiera motiveringstexten till det nya beslutet.",
    ),
    Wish(
        8049,
        "Bygg",
        "Standardtexter för upplysningar i beslut. Önskar ett bibliotek med standardupplysningar, t.ex. att åtgärden inte får påbörjas innan startbesked, som kan väljas med kryssrutor i beslutsmallen.",
    ),
    Wish(
        8050,
        "Bygg",
        "Flytta ärenden till ny handläggare i ett steg. När en handläggare slutar vill vi kunna flytta alla hans eller hennes öppna ärenden och bevakningar till en annan handläggare på en gång.",
    ),
    Wish(
        8051,
        "Bygg",
        "Fördela nya ärenden. Önskar en lista över inkomna bygglovsärenden som ännu inte har någon handläggare, där chefen kan tilldela handläggare direkt i listan.",
    ),
    Wish(
        8052,
        "Bygg",
        "Översikt över arbetsbelastning per handläggare. Önskar en översikt med antal pågående ärenden per handläggare och ärendetyp, för att kunna fördela jämnt.",
    ),
    Wish(
        8053,
        "Bygg",
        "Foton från platsbesök direkt till ärendet. Ta bilder med mobilen vid platsbesök och spara dem direkt i ärendet med datum och position.",
    ),
    Wish(
        8054,
        "Bygg",
        "Anteckningar från arbetsplatsbesök utan täckning. Det borde gå att skriva minnesanteckningar från arbetsplatsbesök i mobilen även när man saknar täckning, och att de synkas till ärendet senare.",
    ),
    Wish(
        8055,
        "Bygg",
        "Egen ärendetyp för attefallsanmälan. Vi vill ha en ärendetyp för attefallsåtgärder med en förenklad checklista och egna beslutsmallar.",
    ),
    Wish(
        8056,
        "Bygg",
        "Checklista för komplett ansökan per ärendetyp. Vi vill ha checklistor per ärendetyp som visar vilka handlingar som krävs och vilka som har kommit in.",
    ),
    Wish(
        8057,
        "Bygg",
        "Bevakning när tidsbegränsat lov går ut. Det borde skapas en bevakning automatiskt på slutdatumet för tidsbegränsade bygglov, så att vi kan kontrollera att åtgärden tagits bort eller att nytt lov söks.",
    ),
    Wish(
        8058,
        "Bygg",
        "Alla tidigare ärenden på fastigheten. Visa en lista med alla tidigare bygglovsärenden på samma fastighet när ett nytt ärende registreras, så att handläggaren ser historiken.",
    ),
    Wish(
        8059,
        "Bygg",
        "Byte av byggherre under pågående ärende. Vi vill kunna registrera att byggherren har bytts, med datum, utan att den tidigare byggherren försvinner från ärendet.",
    ),
    # ----------------------------------------------------------------- BAB
    Wish(
        8200,
        "BAB",
        "Arbetsterapeutens intyg i e-tjänsten. Sökanden eller arbetsterapeuten ska kunna ladda upp intyget direkt i e-tjänsten för bostadsanpassning, så att det kommer in tillsammans med ansökan.",
    ),
    Wish(
        8201,
        "BAB",
        "Fastighetsägarens medgivande med BankID. Vi vill kunna skicka blanketten för fastighetsägarens medgivande digitalt så att hyresvärden kan signera med BankID.",
    ),
    Wish(
        8202,
        "BAB",
        "Påminnelse till fastighetsägare som inte skickat in medgivande. Vi vill att en påminnelse skickas automatiskt till fastighetsägaren om medgivandet inte har kommit in inom 14 dagar.",
    ),
    Wish(
        8203,
        "BAB",
        "Register över återanvändbara lyftanordningar. Önskar ett register över trapphissar, ramper och plattformshissar som kommunen tagit tillbaka och som kan återanvändas i andra ärenden.",
    ),
    Wish(
        8204,
        "BAB",
        "Bevakning av besiktning av lyftanordningar. Vi vill få en bevakning när kommunens plattformshissar och trapphissar hos brukare ska besiktas eller ha service.",
    ),
    Wish(
        8205,
        "BAB",
        "Utbetalning till entreprenör. Det borde gå att registrera att bidraget betalas ut direkt till entreprenören mot faktura, istället för till sökanden.",
    ),
    Wish(
        8206,
        "BAB",
        "Utbetalningar till ekonomisystemet. Vi vill exportera beslutade utbetalningar av bostadsanpassningsbidrag till ekonomisystemet så att vi slipper dubbelregistrera.",
    ),
    Wish(
        8207,
        "BAB",
        "Statistik till Boverket för bostadsanpassning. Boverkets årliga statistik över bostadsanpassningsbidrag, med antal beslut, belopp och åtgärdstyper, ska kunna tas fram direkt ur systemet.",
    ),
    Wish(
        8208,
        "BAB",
        "Fördefinierade åtgärdstyper. Vi vill kunna välja åtgärder från en fast lista (t.ex. ta bort trösklar, dörrautomatik, badrumsanpassning) i ärendet istället för att skriva fritext.",
    ),
    Wish(
        8209,
        "BAB",
        "Jämföra offerter. Möjlighet att registrera flera offerter i ärendet med entreprenör och belopp och se dem jämförda i en tabell.",
    ),
    Wish(
        8210,
        "BAB",
        "Belopp per åtgärd i beslutet. Beslutsmallen ska lista varje beviljad åtgärd med sitt belopp och summera totalen automatiskt.",
    ),
    Wish(
        8211,
        "BAB",
        "Delvis bifall i samma beslut. Vi vill kunna bevilja vissa åtgärder och avslå andra i samma beslut, med separat motivering för varje avslagen åtgärd.",
    ),
    Wish(
        8212,
        "BAB",
        "Ärendetyp för återställningsbidrag. Egen ärendetyp för återställningsbidrag som kopplas till det ursprungliga anpassningsärendet, så att vi ser vad som en gång beviljades.",
    ),
    Wish(
        8213,
        "BAB",
        "Sökandens tidigare ärenden. Visa alla sökandens tidigare bostadsanpassningsärenden, även på tidigare adresser, när ett nytt ärende registreras.",
    ),
    Wish(
        8214,
        "BAB",
        "Varning för skyddad identitet. Vi vill att det syns tydligt när sökanden har skyddade personuppgifter och att adressen då inte skrivs ut i beslut och utskick.",
    ),
    Wish(
        8215,
        "BAB",
        "Arbetsterapeut som kontaktperson i ärendet. Arbetsterapeuten ska kunna registreras som kontaktperson med mejl och telefon och automatiskt få en kopia av beslutet.",
    ),
    Wish(
        8216,
        "BAB",
        "Protokoll vid hembesök i mobilen. Önskar en mall för hembesök hos sökanden som kan fyllas i på mobil eller surfplatta, med foton, och sparas i ärendet.",
    ),
    Wish(
        8217,
        "BAB",
        "Handläggningstid i BAB-ärenden. Vi vill kunna ta fram genomsnittlig tid från inkommen ansökan till beslut för bostadsanpassning per månad, för redovisning till nämnden.",
    ),
    Wish(
        8218,
        "BAB",
        "Slutlig utbetalning först när åtgärden är klar. Bevakning av att åtgärden är utförd och att slutfakturan har kommit in innan den slutliga utbetalningen görs.",
    ),
    Wish(
        8219,
        "BAB",
        "Mall för avskrivningsbeslut. Vi vill ha en mall för att skriva av ärendet när sökanden har avlidit eller återkallat sin ansökan om bostadsanpassning.",
    ),
    # -------------------------------------------------------------- Övrigt
    Wish(
        8400,
        "Övrigt",
        "Delegationslista till nämnden. Vi vill att alla delegationsbeslut under en vald period sammanställs automatiskt i en lista som kan anmälas till nämnden.",
    ),
    Wish(
        8401,
        "Övrigt",
        "Dagordning och kallelse till nämnd. Ärenden som ska till nämnd ska kunna läggas på en dagordning, och kallelsen ska skapas automatiskt utifrån den.",
    ),
    Wish(
        8402,
        "Övrigt",
        "Protokollsutdrag till rätt ärende. Protokollsutdrag från nämnden ska automatiskt kopplas till rätt ärende när protokollet är justerat.",
    ),
    Wish(
        8403,
        "Övrigt",
        "Leverans till e-arkiv. Avslutade ärenden ska automatiskt kunna levereras till kommunens e-arkiv enligt FGS.",
    ),
    Wish(
        8404,
        "Övrigt",
        "Gallring enligt dokumenthanteringsplanen. Funktion som listar handlingar som ska gallras enligt dokumenthanteringsplanen och låter arkivarien gallra dem i ett steg.",
    ),
    Wish(
        8405,
        "Övrigt",
        "Läsbehörighet per ärendetyp. Vi vill kunna styra vem som får läsa ärenden per ärendetyp, så att t.ex. bostadsanpassningsärenden med hälsouppgifter bara syns för de handläggare som arbetar med dem.",
    ),
    Wish(
        8406,
        "Övrigt",
        "Logg över vem som öppnat ärendet. Önskar en logg som visar vilka användare som har läst eller öppnat ett ärende, för att kunna följa upp sekretessen.",
    ),
    Wish(
        8407,
        "Övrigt",
        "Inloggning med kommunens Azure AD. Single sign-on mot kommunens Azure AD så att användarna slipper ett eget lösenord till Castor.",
    ),
    Wish(
        8408,
        "Övrigt",
        "Massutskick från sökresultat. Kunna göra ett utskick med mall till alla parter i ett urval av ärenden från en sökning, t.ex. informationsbrev om ny taxa.",
    ),
    Wish(
        8409,
        "Övrigt",
        "Utskick till digital brevlåda. Utskick ska gå till mottagarens digitala brevlåda via Mina meddelanden om hen har en, och annars med vanlig post.",
    ),
    Wish(
        8410,
        "Övrigt",
        "SMS till parter från ärendet. Möjlighet att skicka sms till sökande och andra parter direkt från ärendet, och att meddelandet sparas i ärendet.",
    ),
    Wish(
        8411,
        "Övrigt",
        "Fakturaunderlag till ekonomisystemet varje natt. Fakturaunderlag ska exporteras automatiskt till ekonomisystemet varje natt istället för att vi skapar och laddar upp en fil manuellt.",
    ),
    Wish(
        8412,
        "Övrigt",
        "Tidrapportering för timavgift. Handläggare ska kunna registrera nedlagd tid i ärendet och få fakturaunderlaget för timavgiften beräknat automatiskt.",
    ),
    Wish(
        8413,
        "Övrigt",
        "Administratören redigerar mallar i Word. Mallar ska kunna redigeras av vår egen administratör i Word med fältkoder, utan att leverantören behöver hjälpa till.",
    ),
    Wish(
        8414,
        "Övrigt",
        "Fritextsökning i dokument. Sökningen ska leta i innehållet i bifogade dokument, inte bara i ärendemening och fastighetsbeteckning.",
    ),
    Wish(
        8415,
        "Övrigt",
        "Sparade sökningar som favoriter. Kunna spara en sökning med filter och lägga den som favorit på startsidan.",
    ),
    Wish(
        8416,
        "Övrigt",
        "Egen rapportgenerator. Önskar en rapportgenerator där vi själva kan välja fält, villkor och gruppering och exportera resultatet till Excel.",
    ),
    Wish(
        8417,
        "Övrigt",
        "Registrera mejl från funktionsbrevlådan. Mejl som kommer till funktionsbrevlådan ska kunna registreras direkt i diariet som inkommande handling med bilagor, utan att man sparar ner dem först.",
    ),
    Wish(
        8418,
        "Övrigt",
        "Digital signering av beslut. Beslut ska kunna signeras digitalt av handläggaren med e-tjänstekort eller BankID i stället för att skrivas ut och skrivas under.",
    ),
    Wish(
        8419,
        "Övrigt",
        "Förenklad mobilvy. Castor ska gå att använda i mobilens webbläsare med en förenklad vy som visar dagens ärenden och bevakningar.",
    ),
]

QUERIES: list[Query] = [
    # ------------------------------------------------------ Bygg duplicates
    Query(
        "När vi begär in fler handlingar från sökanden borde en påminnelse för handläggaren läggas upp av sig själv med svarsdatumet, så att ärenden inte glöms bort.",
        8000,
        "synonyms",
    ),
    Query("Automatisk påminnelse till sökande före sista kompletteringsdag", 8001, "less_detail"),
    Query(
        "Auto-påminnelse via sms/mejl till sökande ca 3 dgr innan kompl.tiden går ut.",
        8001,
        "abbreviation",
    ),
    Query(
        "Räknat från att ansökan var komplett vill vi se i ärendet hur många veckor och dagar som återstår av tioveckorsfristen.",
        8002,
        "word_order",
    ),
    Query(
        "Visa återstående tid av handläggningen i bygglovsärenden – antal veckor kvar av fristen på tio veckor från komplett ansökan.",
        8002,
        "compound",
    ),
    Query(
        "Need a separate date field for 'komplett ansökan' that the handläggningstid calculation starts from.",
        8003,
        "english",
    ),
    Query(
        "Vi skriver idag i en anteckning när ärendet blev komplett och räknar sedan fristen för hand i Excel. Önskar ett eget fält för datum då ansökan blev komplett, som handläggningstiden räknas från.",
        8003,
        "more_detail",
    ),
    Query(
        "Avg.reduktion enl. 12 kap. 8 a § PBL – räkna ut nedsättningen 1/5 per påbörjad v. vid överskriden frist och föreslå på fakturan.",
        8004,
        "abbreviation",
    ),
    Query("Räkna ut reducerad bygglovsavgift vid försenat beslut", 8004, "less_detail"),
    Query(
        "Sammanställning av lovärenden som tagit längre tid än lagen tillåter, så vi kan visa nämnden hur många vi dragit över tiden med under t.ex. ett kvartal.",
        8005,
        "synonyms",
    ),
    Query(
        "Förlängning av fristen för handläggning – vi vill kunna lägga in beslutet om förlängd tid (ytterligare tio veckor) och få nedräkningen omräknad av systemet.",
        8006,
        "compound",
    ),
    Query(
        "I större ärenden förlänger vi ofta handläggningstiden med tio veckor till, och då måste vi själva hålla reda på det nya slutdatumet. Önskar att man kan registrera förlängningsbeslutet och att fristen räknas om automatiskt.",
        8006,
        "more_detail",
    ),
    Query(
        "Mall för underättelse till granar, där fastighetsbeteckning, åtgärd och sista svarsdatum fylls i automatiskt från ärendet.",
        8007,
        "typos",
    ),
    Query(
        "Mall för grannhörande enl. 9 kap. 25 § PBL med fastbet., åtgärd och svarsdatum ifyllt autom.",
        8007,
        "abbreviation",
    ),
    Query(
        "Import neighbours (sakägare) from fastighetsregistret into the ärende automatically – owners and addresses of the adjacent properties.",
        8008,
        "english",
    ),
    Query(
        "Istället för att skriva av ägare och adresser till angränsande fastigheter vill vi att de hämtas som sakägare direkt från fastighetsregistret in i ärendet.",
        8008,
        "word_order",
    ),
    Query(
        "Hämtning av sakägarlista: ägarna till grannfastigheterna med adress ska läsas in från registret över fastigheter direkt i ärendet.",
        8008,
        "compound",
    ),
    Query("Bocka av vilka grannar som svarat på grannhörandet", 8009, "less_detail"),
    Query(
        "Vid stora grannhöranden, t.ex. för flerbostadshus med 30 sakägare, tappar vi lätt bort vem som svarat. Vi vill kunna markera per sakägare att svar kommit och om det finns erinran, och se vilka som inte svarat.",
        8009,
        "more_detail",
    ),
    Query(
        "Digitalt utskick av grannhörandet – låta grannarna få underrättelsen i sin inkorg i stället för på papper.",
        8010,
        "synonyms",
    ),
    Query(
        "Automatisk beräkning av bygglovsavgit. Avgiften bör räknas ut från BTA/OPA och kommunes taxa när man väljer åtgärd, istället för excelark.",
        8011,
        "typos",
    ),
    Query(
        "I stället för ett separat Excelark vill vi att bygglovsavgiften beräknas automatiskt utifrån vald åtgärd och ärendetyp, BTA/OPA och taxan.",
        8011,
        "word_order",
    ),
    Query(
        "Uppdatera PBB/mPBB centralt vid årsskiftet så att alla bygglovstaxor räknas om.",
        8012,
        "abbreviation",
    ),
    Query(
        "Uppdelad bygglovsavgiftsfaktura: fakturera lovdelen när beslutet tas och start- och slutbeskedsdelen senare, två fakturor i samma ärende.",
        8013,
        "compound",
    ),
    Query(
        "Två fakturor i bygglovsärendet – lovet och startbesked/slutbesked var för sig",
        8013,
        "less_detail",
    ),
    Query(
        "Mall för kallelse till TS där BH och KA hämtas från parterna, skickas med mejl.",
        8014,
        "abbreviation",
    ),
    Query(
        "Inbjudan till tekniskt samråd: brevmall som plockar byggherren och den kontrollansvarige ur ärendet och som går att skicka per e-post.",
        8014,
        "synonyms",
    ),
    Query(
        "Tekniskt samråd protocol template we can fill in on the iPad during the meeting and save to the case.",
        8015,
        "english",
    ),
    Query(
        "Protokol från tekniskt samråd i surfplattan – en mall som kan fyllas i under mötet och spars i ärendet.",
        8015,
        "typos",
    ),
    Query(
        "När startbeskedet skapas och expedieras bör den fastställda kontrollplanen följa med automatiskt som bilaga.",
        8016,
        "word_order",
    ),
    Query(
        "Fastställd plan för kontroll ska bifogas automatiskt till start-beskedet när det skapas och expedieras.",
        8016,
        "compound",
    ),
    Query(
        "Kontrollera kontrollansvarigs certifiering mot Boverkets register automatiskt när den kontrollansvarige registreras i ärendet.",
        8017,
        "abbreviation",
    ),
    Query(
        "Vi har haft ett fall där KA:s certifikat hade gått ut utan att någon märkte det. Systemet borde slå mot Boverkets register och varna om certifieringen inte är giltig när KA läggs till i ärendet.",
        8017,
        "more_detail",
    ),
    Query(
        "Kontrollansvarigregister med namn, behörighetsnivå och kontaktuppgifter, så att vi kan välja KA ur listan i stället för att skriva in dem i varje ärende.",
        8018,
        "compound",
    ),
    Query(
        "Bevakning nar bygglovet haller på att upphöra. Automatisk bevakning när det gått två år utan påbörjad åtgärd eller fem år utan att den avslutats, då lovet upphör att gälla.",
        8019,
        "typos",
    ),
    Query(
        "Bevakning for bygglov about to expire – 2 years not started / 5 years not finished, so we know when the lov is no longer valid.",
        8019,
        "english",
    ),
    Query(
        "Få fram alla byggen som fått startbesked men aldrig avslutats med slutbesked, äldst först.",
        8020,
        "synonyms",
    ),
    Query(
        "Vi har hundratals gamla ärenden där det har byggts men ingen har begärt slutbesked. För att kunna driva på behöver vi en sökning på alla ärenden med startbesked men utan slutbesked, sorterad på startbeskedsdatum.",
        8020,
        "more_detail",
    ),
    Query(
        "När slutbeskedet har expedierats och inga bevakningar eller obetalda avgifter finns kvar, vill vi att ärendet automatiskt får status avslutat.",
        8021,
        "word_order",
    ),
    Query(
        "Interimistiskt slutbesked som egen typ av beslut, med möjlighet att lista bristerna som kvarstår och en bevakning av datumet för åtgärd.",
        8022,
        "compound",
    ),
    Query("Egen beslutstyp för interimistiskt slutbesked", 8022, "less_detail"),
    Query(
        "Kunna göra anteckningar och ringa in fel på ritningarna i Castor och mejla tillbaka den kommenterade filen till den som sökt.",
        8023,
        "synonyms",
    ),
    Query(
        "Digital stämpel på godkända handlignar – stämpla ritnigarna med 'Hör till beslut', datum och diarienummer när beslutet fattas.",
        8024,
        "typos",
    ),
    Query(
        "När beslutet fattas ska ritningarna digitalt kunna stämplas med 'Hör till beslut', datum och diarienummer.",
        8024,
        "word_order",
    ),
    Query(
        "Jämförelse av ritningsversioner – den gamla och den reviderade ritningen sida vid sida.",
        8025,
        "compound",
    ),
    Query("Versionshantering av ritningar – markera ersatta handlingar", 8026, "less_detail"),
    Query(
        "Hämta gällande DP och planbest. för fastigheten autom. vid registrering av ärendet.",
        8027,
        "abbreviation",
    ),
    Query(
        "Idag måste handläggaren öppna planarkivet och leta fram rätt plan för varje fastighet. Vi vill att gällande detaljplan med planbestämmelser kommer in i ärendet av sig själv när ärendet registreras.",
        8027,
        "more_detail",
    ),
    Query(
        "Registrera avvikelse från detaljplan: ange liten avvikelse, vilken planbestämelse och motiveringen, så vi kan söka fram alla beslut med avvikleser.",
        8028,
        "typos",
    ),
    Query(
        "Idag registreras förhandsbesked som bygglov och kan inte skiljas ut. Vi önskar en egen ärendetyp för förhandsbesked med egna beslutsmallar.",
        8029,
        "word_order",
    ),
    Query("Ta fram underlag till PBE direkt ur Castor.", 8030, "abbreviation"),
    Query("Rapport för Boverkets plan- och byggenkät", 8030, "less_detail"),
    Query(
        "Rapporteringen av nya lägenheter till Statistiska centralbyrån – när bygget startar och när det blir klart – ska kunna göras i Castor utan att fylla i deras formulär separat.",
        8031,
        "synonyms",
    ),
    Query(
        "Direkt när slutbesked ges borde uppgifter om nya eller ändrade byggnader skickas till byggnadsregistret hos Lantmäteriet.",
        8032,
        "word_order",
    ),
    Query(
        "Skicka uppg. om ny/ändrad byggnad till LM:s byggnadsregister när slutbesked ges.",
        8032,
        "abbreviation",
    ),
    Query(
        "Beräkning av byggsanktionsavgit: den ska räknas ut automatisk utifrån överträdelse och area när man väljer typ av överträdelse i tillsynsärendet.",
        8033,
        "typos",
    ),
    Query(
        "Vi räknar byggsanktionsavgifter för hand med Boverkets kalkylator och det blir lätt fel på sanktionsarean. Önskar att avgiften beräknas automatiskt i tillsynsärendet när vi väljer överträdelse och anger area.",
        8033,
        "more_detail",
    ),
    Query(
        "Mall för kommuniceringsbrev till ägaren av fastigheten före sanktionsavgiftsbeslutet, med beräknad avgift och skäl.",
        8034,
        "compound",
    ),
    Query("Kommuniceringsmall inför byggsanktionsavgift", 8034, "less_detail"),
    Query(
        "Påminnelse till oss när tiden i ett vitesföreläggande löper ut, så att vi hinner kontrollera och begära att vitet döms ut.",
        8035,
        "synonyms",
    ),
    Query(
        "Register för obligatorisk ventilationskontroll per byggnad med intervall och senaste besiktningsdatum, och bevakning när nästa kontroll ska ske.",
        8036,
        "abbreviation",
    ),
    Query("Hissregister med besiktningsdatum", 8037, "less_detail"),
    Query("Mass reminder letter to all property owners whose OVK is overdue.", 8038, "english"),
    Query(
        "I ett svep borde ett påminnelsebrev kunna skickas till samtliga fastighetsägare där datumet för OVK har passerats.",
        8038,
        "word_order",
    ),
    Query(
        "Förenklad hantering av anmälningar om eldstäder: startbesked direkt och slutbesked när sotarintyget kommit in.",
        8039,
        "compound",
    ),
    Query(
        "Vi får väldigt många eldstadsanmälningar på hösten och varje ärende tar onödigt många klick. Önskar ett förenklat flöde där startbesked ges direkt och slutbesked när skorstensfejarens intyg kommit in.",
        8039,
        "more_detail",
    ),
    Query(
        "Ansökan via e-tj. → autom. ärende med rätt ärendetyp, fastbet. och sökande, ingen manuell reg.",
        8040,
        "abbreviation",
    ),
    Query(
        "Det som kommer in via webbformuläret för bygglov borde läggas upp som nytt ärende av sig självt, med rätt typ, fastighet och sökande, så att registrator slipper knappa in det.",
        8040,
        "synonyms",
    ),
    Query("Automatisk mottagningsbekräftelse till sökanden", 8041, "less_detail"),
    Query(
        "Motagningsbekräftelse till sökanden – automatiskt mejl när ansökan registrerats, med diarienummer och handläggarens namn och telefonumer.",
        8041,
        "typos",
    ),
    Query(
        "Istället för att logga in hos Bolagsverket och skriva av texten vill vi skicka kungörelsen av beslutet till Post- och Inrikes Tidningar direkt ur ärendet.",
        8042,
        "word_order",
    ),
    Query(
        "Integration with PoIT so we can publish the kungörelse straight from the case instead of retyping it.",
        8042,
        "english",
    ),
    Query(
        "Beräkna datum för laga kraft – räkna ut när beslutet vinner laga kfrat utifrån kungörelsedatum och delgivnigsdatum.",
        8043,
        "typos",
    ),
    Query(
        "Sökande ringer ofta och frågar när beslutet gäller. Vi vill att ärendet visar beräknat datum för laga kraft utifrån kungörelse- och delgivningsdatum, så vi slipper räkna för hand varje gång.",
        8043,
        "more_detail",
    ),
    Query(
        "Registrering av kvitton för delgivning per mottagare, och bevakning av de kvitton som inte kommit tillbaka.",
        8044,
        "compound",
    ),
    Query(
        "Register returned delgivningskvitton per recipient and bevaka the ones not returned.",
        8044,
        "english",
    ),
    Query(
        "Vid överklagande: exportera ärendets handlingar till en PDF i rätt ordning och skicka till Lst.",
        8045,
        "abbreviation",
    ),
    Query(
        "När ett beslut överklagas vill vi kunna skicka alla handlingar i ärendet till länsstyrelsen, samlade i en PDF i rätt ordning.",
        8045,
        "word_order",
    ),
    Query(
        "Skicka ut ärendet för yttrande till andra enheter i kommunen, som räddningstjänsten eller gatukontoret, och få tillbaka deras svar in i bygglovsärendet.",
        8046,
        "synonyms",
    ),
    Query(
        "Send remiss from the bygglov case to other departments (miljö, räddningstjänst, trafik) and get the answers back in the same case.",
        8046,
        "english",
    ),
    Query(
        "Bevakning av svar på remisser – bevakning med svarsdatum när remissen skickas och påminnelse till handläggaren om inget svar kommit.",
        8047,
        "compound",
    ),
    Query("Påminnelse när remissvar uteblir", 8047, "less_detail"),
    Query(
        "Kopiera motivering från tidigare beslut – söka fram tidigre beslut med liknande åtgärd och kopiera motiverings texten till det nya.",
        8048,
        "typos",
    ),
    Query(
        "Textbibliotek för upplysningar: färdiga upplysningstexter (t.ex. att man inte får börja innan startbesked) att kryssa i i mallen för beslut.",
        8049,
        "compound",
    ),
    Query(
        "Varje handläggare har egna Word-dokument med upplysningstexter och de skiljer sig åt. Vi vill ha ett gemensamt bibliotek med standardupplysningar, t.ex. om att åtgärden inte får påbörjas före startbesked, som väljs med kryssrutor i beslutsmallen.",
        8049,
        "more_detail",
    ),
    Query(
        "Reassign all open cases and bevakningar from one handläggare to another in one go when someone quits.",
        8050,
        "english",
    ),
    Query(
        "Byta handl. på alla öppna ärenden + bev. samtidigt när ngn slutar.", 8050, "abbreviation"
    ),
    Query(
        "På en gång vill vi kunna flytta alla öppna ärenden och bevakningar till en annan handläggare när någon slutar.",
        8050,
        "word_order",
    ),
    Query(
        "Fördela nya ärenden: en lista över inkomna bygglovsärenden som inte har handläggare än, där chefen kan tildela handläggare direkt i listan.",
        8051,
        "typos",
    ),
    Query("Antal pågående ärenden per handläggare", 8052, "less_detail"),
    Query(
        "Overview of workload – number of open cases per handläggare and ärendetyp, so we can spread them evenly.",
        8052,
        "english",
    ),
    Query(
        "Platsbesöksfoton från mobilen direkt in i ärendet, med datum och position.",
        8053,
        "compound",
    ),
    Query(
        "Foton från platsbesök direkt till ärendet – ta bilder med mobilen och spara dem direkt i ärendet med datum och positon.",
        8053,
        "typos",
    ),
    Query(
        "Offline mode for notes from arbetsplatsbesök in the phone – sync to the case when back online.",
        8054,
        "english",
    ),
    Query(
        "Även när man saknar täckning borde minnesanteckningar kunna skrivas i mobilen vid arbetsplatsbesök, för att sedan synkas till ärendet.",
        8054,
        "word_order",
    ),
    Query(
        "Ärendetyp för anmälningar av attefallsåtgärder, med enklare checklista och mallar för beslut.",
        8055,
        "compound",
    ),
    Query("Attefall som egen ärendetyp", 8055, "less_detail"),
    Query(
        "För varje sorts ärende en lista över nödvändiga bilagor där man kan se vad som saknas och vad som lämnats in.",
        8056,
        "synonyms",
    ),
    Query(
        "Nya handläggare missar ofta någon handling, t.ex. energiberäkning eller kontrollplan. Önskar checklistor per ärendetyp som visar vilka handlingar som krävs och vilka som redan har kommit in.",
        8056,
        "more_detail",
    ),
    Query(
        "Bevakning on the end date of temporary building permits (tidsbegränsat lov) so we can check that it's removed or a new lov applied for.",
        8057,
        "english",
    ),
    Query(
        "Bevakning när tidsbegränsat lov går ut: en automatiskt bevakning på slutdatumet så vi kan kontrolera att åtgärden tagits bort eller nytt lov söks.",
        8057,
        "typos",
    ),
    Query(
        "Se fastighetens historik – vilka lov och anmälningar som hanterats där tidigare – direkt när man lägger upp ett nytt ärende.",
        8058,
        "synonyms",
    ),
    Query(
        "För att handläggaren ska se historiken vill vi att en lista med alla tidigare bygglovsärenden på fastigheten visas när ett nytt ärende registreras.",
        8058,
        "word_order",
    ),
    Query(
        "När fastigheten säljs mitt i byggprojektet behöver vi kunna lägga in den nya byggherren och samtidigt behålla den förra i historiken, med datum för bytet.",
        8059,
        "more_detail",
    ),
    Query("Registrera byggherrebyte med datum", 8059, "less_detail"),
    Query(
        "Vi skickar grannhöranden till uppemot 40 sakägare med rekommenderat brev, och det kostar både porto och tid. När vi har grannens e-postadress vill vi kunna skicka underrättelsen med mejl direkt från ärendet istället.",
        8010,
        "more_detail",
    ),
    Query(
        "Vi har flera förelägganden med vite om ovårdade tomter och det har hänt att fristen passerat utan att någon märkt det. Vi vill att en bevakning skapas på datumet då föreläggandet ska vara åtgärdat, så att vi hinner följa upp och ansöka om utdömande av vitet.",
        8035,
        "more_detail",
    ),
    Query(
        "När sökanden skickar in reviderade ritningar efter våra synpunkter måste vi idag öppna två PDF:er och växla mellan dem. Det borde gå att visa den gamla och den nya versionen av ritningen bredvid varandra.",
        8025,
        "more_detail",
    ),
    # ------------------------------------------------------- BAB duplicates
    Query(
        "Möjlighet att bifoga AT-intyg direkt i BAB-e-tjänsten tillsammans med ansökan.",
        8200,
        "abbreviation",
    ),
    Query(
        "Upload the OT certificate (intyg från arbetsterapeut) in the bostadsanpassning e-tjänst together with the application.",
        8200,
        "english",
    ),
    Query(
        "Fastighetsägarens medgivnade med BankID. Skicka blanketen digitalt så att hyresvärden kan signera.",
        8201,
        "typos",
    ),
    Query(
        "Medgivande från ägaren av fastigheten ska kunna skickas ut digitalt och signeras med BankID av hyresvärden.",
        8201,
        "compound",
    ),
    Query(
        "Automatic reminder to the landlord if the medgivande hasn't come in within 14 days.",
        8202,
        "english",
    ),
    Query("Automatisk påminnelse om fastighetsägarens medgivande", 8202, "less_detail"),
    Query(
        "Hålla koll på nedmonterade trapphissar och ramper i lager så att vi kan sätta in dem hos en annan sökande.",
        8203,
        "synonyms",
    ),
    Query(
        "Vi monterar ner flera trapphissar per år när brukare flyttar eller avlider, och de står i ett förråd utan att någon vet om dem. Vi vill ha ett register över återtagna lyftanordningar som kan återanvändas.",
        8203,
        "more_detail",
    ),
    Query(
        "Bevakning av servicetillfällen och besiktningar för trapphissar och hissplattformar som kommunen äger hos brukarna.",
        8204,
        "compound",
    ),
    Query(
        "Bevakning av besiktning av lyftanordningar – påminelse när kommunens plattformshissar och trapphissar ska besiktas elller ha service.",
        8204,
        "typos",
    ),
    Query(
        "Istället för till sökanden borde bidraget kunna betalas ut direkt till entreprenören mot dennes faktura, och det ska kunna registreras i ärendet.",
        8205,
        "word_order",
    ),
    Query(
        "Export av BAB-utbetalningar till ekonomisyst. – slippa dubbelreg.", 8206, "abbreviation"
    ),
    Query(
        "Idag skriver vi ut en lista med utbetalningar och ekonomienheten registrerar dem igen i Raindance, vilket ger fel. Vi vill exportera beslutade utbetalningar av bostadsanpassningsbidrag direkt till ekonomisystemet.",
        8206,
        "more_detail",
    ),
    Query("Ta fram Boverkets årsstatistik för BAB direkt ur Castor.", 8207, "abbreviation"),
    Query("Årsstatistik till Boverket om bostadsanpassning", 8207, "less_detail"),
    Query(
        "Direkt ur systemet ska man kunna ta fram det Boverket vill ha varje år om bostadsanpassningsbidragen: antal beslut, belopp och åtgärdstyper.",
        8207,
        "word_order",
    ),
    Query(
        "Lista med typer av åtgärder att välja i bostadsanpassningsärendet – tröskelborttagning, automatisk dörröppnare, anpassning av badrum – i stället för att skriva fritt.",
        8208,
        "compound",
    ),
    Query(
        "Predefined list of åtgärdstyper (threshold removal, door automation, bathroom) instead of free text.",
        8208,
        "english",
    ),
    Query(
        "Lägga in anbud från olika hantverkare i ärendet och få en sammanställning sida vid sida över priserna.",
        8209,
        "synonyms",
    ),
    Query(
        "Jämföra oferter: registrera flera offerter i ärendet med entreprenör och belop och se dem i en tabell.",
        8209,
        "typos",
    ),
    Query(
        "Våra beslut innehåller ofta fem–sex åtgärder och vi räknar ihop beloppen själva, ibland blir det fel. Önskar att beslutsmallen listar åtgärderna med belopp och räknar ut summan.",
        8210,
        "more_detail",
    ),
    Query(
        "Delbifall: kunna bevilja en del åtgärder och avslå andra i ett och samma beslut, med motivering per avslag.",
        8211,
        "compound",
    ),
    Query(
        "Med separat motivering för varje åtgärd som avslås vill vi kunna både bevilja och avslå åtgärder i samma beslut.",
        8211,
        "word_order",
    ),
    Query(
        "När hyresvärden vill ta bort anpassningen och få ersättning för det ska vi kunna lägga upp det som en egen sorts ärende länkat till den tidigare anpassningen.",
        8212,
        "synonyms",
    ),
    Query("Återställningsbidrag kopplat till ursprungsärendet", 8212, "less_detail"),
    Query(
        "Visa sökandens tidigare BAB-ärenden (även andra adresser) vid reg. av nytt ärende.",
        8213,
        "abbreviation",
    ),
    Query(
        "Sökandens tidigare ärenden – visa alla tidigare bostadsanpassingsärenden även på tidigare adreser när nytt ärende registreras.",
        8213,
        "typos",
    ),
    Query(
        "Tydlig markering om sökanden har sekretessmarkering eller skyddad adress, och att adressen automatiskt utelämnas i brev och beslut.",
        8214,
        "synonyms",
    ),
    Query(
        "AT som kontaktperson i BAB-ärendet med mejl/tfn, och kopia på beslut autom.",
        8215,
        "abbreviation",
    ),
    Query(
        "Kopia av beslutet ska automatiskt gå till arbetsterapeuten, som ska kunna registreras som kontaktperson med mejl och telefon.",
        8215,
        "word_order",
    ),
    Query(
        "Home visit protocol in the phone or tablet with photos, saved to the BAB case.",
        8216,
        "english",
    ),
    Query("Genomsnittlig handläggningstid för bostadsanpassning per månad", 8217, "less_detail"),
    Query(
        "Slututbetalning först när åtgärden är klar: bevakning att åtgärden är utförd och att slutfakturan har kommit in.",
        8218,
        "compound",
    ),
    Query(
        "Bevakning before the final payment – check that the work is done and the final invoice has come in.",
        8218,
        "english",
    ),
    Query(
        "Mall för avskrivnings beslut när sökanden avlidit eller återkalat ansökan om bostadsanpassning.",
        8219,
        "typos",
    ),
    Query(
        "Färdig brevmall för att skriva av ett anpassningsärende om den som sökt har dött eller dragit tillbaka ansökan.",
        8219,
        "synonyms",
    ),
    # ---------------------------------------------------- Övrigt duplicates
    Query(
        "Auto-generated list of all delegationsbeslut for a chosen period to report to the nämnd.",
        8400,
        "english",
    ),
    Query(
        "Nämndsekreteraren sitter idag och kopierar beslut från flera moduler till ett Word-dokument varje månad. Vi vill att delegationsbesluten för en vald period sammanställs automatiskt till en lista som anmäls till nämnden.",
        8400,
        "more_detail",
    ),
    Query(
        "Kunna välja vilka ärenden som ska upp på nästa nämndsammanträde och få föredragningslistan och kallelsen genererade.",
        8401,
        "synonyms",
    ),
    Query("Skapa kallelse och dagordning till nämnden", 8401, "less_detail"),
    Query(
        "När protokollet har justerats ska protokollsutdraget från nämnden kopplas till rätt ärende automatiskt.",
        8402,
        "word_order",
    ),
    Query(
        "Protokollsutdarg till rätt ärende – utdrag från nämden kopplas automatiskt när protokollet är justerat.",
        8402,
        "typos",
    ),
    Query(
        "Avslutade ärenden ska automatiskt levereras till det elektroniska arkivet enligt förvaltningsgemensamma specifikationer.",
        8403,
        "abbreviation",
    ),
    Query(
        "Kunna rensa bort handlingar som enligt vår arkivplan inte ska sparas, med en lista att godkänna och sedan radera allt på en gång.",
        8404,
        "synonyms",
    ),
    Query(
        "Gallring enligt dokumenthanteringsplanen – lista över handlngar som ska gallras och gallra dem i ett stege.",
        8404,
        "typos",
    ),
    Query(
        "Behörighetsstyrning per ärendetyp – BAB-ärenden m. hälsouppg. endast synliga för BAB-handl.",
        8405,
        "abbreviation",
    ),
    Query(
        "Read permissions per case type, so health data in bostadsanpassning cases is only visible to the handläggare who work with them.",
        8405,
        "english",
    ),
    Query(
        "Vi har haft en incident där någon tittade i en grannes ärende. Vi behöver en logg som visar vilka användare som öppnat eller läst ett ärende, så att vi kan följa upp sekretessen.",
        8406,
        "more_detail",
    ),
    Query("SSO mot kommunens Entra ID/AAD, inget separat lösen till Castor.", 8407, "abbreviation"),
    Query(
        "Kunna logga in automatiskt med samma konto som till datorn, utan ett separat lösenord till Castor.",
        8407,
        "synonyms",
    ),
    Query(
        "Mass mailing to all parties in a selection of cases from a search result, using a template.",
        8408,
        "english",
    ),
    Query(
        "Från en sökning, t.ex. när vi ska informera om ny taxa, vill vi kunna skicka ett brev med mall till alla parter i de ärenden som kommit fram.",
        8408,
        "word_order",
    ),
    Query(
        "Skicka beslut och brev till Kivra eller annan digital postlåda hos mottagaren i första hand, och papperspost bara om den saknas.",
        8409,
        "synonyms",
    ),
    Query("Integration med Mina meddelanden", 8409, "less_detail"),
    Query(
        "Sms-utskick till ärendets parter direkt ur ärendet, med meddelandet sparat i ärendet.",
        8410,
        "compound",
    ),
    Query(
        "Nattlig autom. export av fakturaunderlag till ekonomisyst., ingen manuell fil.",
        8411,
        "abbreviation",
    ),
    Query(
        "Istället för att vi skapar en fil manuellt borde fakturaunderlagen varje natt exporteras automatiskt till ekonomisystemet.",
        8411,
        "word_order",
    ),
    Query(
        "Registrering av tid per ärende och automatisk beräkning av fakturaunderlaget för avgiften per timme.",
        8412,
        "compound",
    ),
    Query(
        "Inom tillsynen tar vi ut timavgift och handläggarna för tid på papper som sedan räknas ihop. Önskar att man registrerar nedlagd tid direkt i ärendet och att fakturaunderlaget för timavgiften räknas ut.",
        8412,
        "more_detail",
    ),
    Query(
        "Our admin should be able to edit the templates in Word with merge fields, without help from the vendor.",
        8413,
        "english",
    ),
    Query("Egen redigering av mallar i Word", 8413, "less_detail"),
    Query(
        "Dokumentsökning i fritext: sök i innehållet i bifogade filer och inte bara på ärendemening och fastighetsbeteckning.",
        8414,
        "compound",
    ),
    Query(
        "Fritextsökning i dokument – sökningen ska leta i innehålet i bifogade dokument, inte bara ärendemening och fastighetsbetäckning.",
        8414,
        "typos",
    ),
    Query(
        "Spara mina vanligaste filter så att jag når dem med ett klick från förstasidan.",
        8415,
        "synonyms",
    ),
    Query(
        "Own report builder – choose fields, conditions and grouping, export to Excel.",
        8416,
        "english",
    ),
    Query("Rapportverktyg med export till Excel", 8416, "less_detail"),
    Query(
        "Reg. e-post från funktionsbrevlådan direkt i diariet som inkommen handling m. bilagor.",
        8417,
        "abbreviation",
    ),
    Query(
        "Kunna föra över e-brev från den gemensamma inkorgen rakt in som inkomna handlingar i diariet, med bifogade filer.",
        8417,
        "synonyms",
    ),
    Query(
        "Utan att först spara ner dem vill vi kunna registrera mejl med bilagor från funktionsbrevlådan som inkommande handling direkt i diariet.",
        8417,
        "word_order",
    ),
    Query(
        "Digital signering av beslut – handläggaren ska kunna singera med e-tjänstekort eller BankID istället för att skriva ut och skriva under.",
        8418,
        "typos",
    ),
    Query(
        "Vi skriver fortfarande ut varje beslut, skriver under och skannar in det igen, vilket tar tid. Vi vill att handläggaren kan signera beslutet digitalt med e-tjänstekort eller BankID.",
        8418,
        "more_detail",
    ),
    Query(
        "Simplified mobile view in the phone browser showing today's cases and bevakningar.",
        8419,
        "english",
    ),
    # ---------------------------------------------------- Bygg look-alikes
    Query(
        "Mall för avvisningsbeslut när sökanden inte har följt föreläggandet om komplettering inom utsatt tid.",
        None,
        "lookalike",
    ),
    Query(
        "Handläggaren ska få en notis i sin ärendelista när sökanden har kommit in med komplettering, så att man ser att nya handlingar inkommit i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Datum för när beslutet expedierats ska fyllas i automatiskt när handläggaren skickar ut beslutet, så vi slipper ange det manuellt.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för underrättelse till sökanden om att handläggningstiden förlängs, med skälen och det nya slutdatumet ifyllda.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta lagfaren ägare till den fastighet ansökan gäller när ärendet registreras, så att vi ser om sökanden verkligen äger fastigheten.",
        None,
        "lookalike",
    ),
    Query(
        "Grannarnas yttranden ska kunna skickas vidare till sökanden för synpunkter, med en mall för kommunicering.",
        None,
        "lookalike",
    ),
    Query(
        "Grannar ska kunna lämna sina synpunkter på ett grannhörande via en e-tjänst, så att svaren kommer in direkt i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Ärenden som kommit in före årsskiftet ska debiteras enligt förra årets taxa, även om beslutet fattas efter nyår.",
        None,
        "lookalike",
    ),
    Query(
        "Fakturan för bygglovsavgiften ska hållas inne tills beslutet har vunnit laga kraft, så att vi inte fakturerar lov som sedan upphävs.",
        None,
        "lookalike",
    ),
    Query(
        "Protokoll från arbetsplatsbesök ska kunna skickas till byggherre och kontrollansvarig med mejl direkt från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Minnesanteckningarna från tekniskt samråd ska automatiskt följa med som bilaga när startbeskedet expedieras.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollansvarig ska kunna logga in och ladda upp sitt utlåtande inför slutbesked direkt i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollansvarig ska automatiskt få en kopia på startbesked och slutbesked med mejl när de expedieras.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över ärenden där slutbesked har lämnats men fakturan för slutskedet ännu inte har skickats.",
        None,
        "lookalike",
    ),
    Query(
        "Automatiskt brev till byggherren när det gått tre år sedan startbeskedet utan att slutbesked begärts, med uppmaning att boka slutsamråd.",
        None,
        "lookalike",
    ),
    Query(
        "Sökning på alla bygglov som beviljats inom en viss detaljplan, för att se hur planen har tillämpats över tid.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta byggnadens uppgifter (byggnadsår, byggnadstyp, antal våningar) från byggnadsregistret och visa dem i bygglovsärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Beslut om byggsanktionsavgift ska skapa fakturan samtidigt, så att avgiften inte glöms bort att debitera.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för ansökan till mark- och miljödomstolen om utdömande av vite, med uppgifter från föreläggandet ifyllda.",
        None,
        "lookalike",
    ),
    Query(
        "Sakkunniga funktionskontrollanter ska kunna rapportera in OVK-protokollet via en e-tjänst så att det hamnar på rätt byggnad.",
        None,
        "lookalike",
    ),
    Query(
        "Sotaren ska få ett automatiskt mejl när vi har gett startbesked för en ny eldstad, så att de kan boka brandskyddskontroll.",
        None,
        "lookalike",
    ),
    Query(
        "Sökanden ska få ett mejl när handläggaren bedömt att ansökan är komplett, med datum och senaste dag för beslut.",
        None,
        "lookalike",
    ),
    Query(
        "Datumet då kungörelsen faktiskt publicerades i PoIT ska hämtas tillbaka till ärendet automatiskt.",
        None,
        "lookalike",
    ),
    Query(
        "Delgivning via e-tjänst där mottagaren bekräftar med BankID att hen tagit del av beslutet, istället för delgivningskvitto på papper.",
        None,
        "lookalike",
    ),
    Query(
        "Registrera utfallet av överklaganden från länsstyrelsen och domstol, så att vi kan ta fram statistik på hur många av våra beslut som upphävs.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för påminnelse till remissinstans som inte har svarat, som kan skickas med ett klick från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Administratören ska kunna låsa vissa textstycken i beslutsmallen så att handläggarna inte kan ändra dem.",
        None,
        "lookalike",
    ),
    Query(
        "Nya bygglovsärenden ska fördelas automatiskt till handläggare efter kommundel, utan att chefen behöver göra det manuellt.",
        None,
        "lookalike",
    ),
    Query(
        "Ansökan om förlängning av ett tidsbegränsat lov ska kunna kopplas till det ursprungliga lovärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Länk till inskannade bygglovsritningar från pappersarkivet ska visas på fastigheten, så vi slipper gå ner i arkivet.",
        None,
        "lookalike",
    ),
    Query(
        "Foton från platsbesöket ska kunna infogas som bilder direkt i tjänsteanteckningen eller beslutet.",
        None,
        "lookalike",
    ),
    Query(
        "Vid semester ska man kunna ange en ersättare under en period, så att bevakningar och notiser går till vikarien utan att ärendena flyttas.",
        None,
        "lookalike",
    ),
    Query(
        "Registrera ombud för sökanden med fullmakt som bilaga, så att alla utskick i bygglovsärendet går till ombudet.",
        None,
        "lookalike",
    ),
    # ----------------------------------------------------- BAB look-alikes
    Query(
        "Arbetsterapeuten ska kunna följa status på de bostadsanpassningsärenden hen skrivit intyg för, via e-tjänsten.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för avslagsbeslut när fastighetsägaren inte lämnat medgivande till anpassningen.",
        None,
        "lookalike",
    ),
    Query(
        "Brukaren ska kunna felanmäla sin trapphiss via en e-tjänst, och anmälan ska gå direkt till serviceföretaget.",
        None,
        "lookalike",
    ),
    Query(
        "Information om att utbetalningen är genomförd ska hämtas från ekonomisystemet så att det syns i BAB-ärendet när pengarna betalats ut.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport till nämnden över kostnaden för bostadsanpassningsbidrag per månad jämfört med budget.",
        None,
        "lookalike",
    ),
    Query(
        "Schablonbelopp per åtgärdstyp, så att vi kan jämföra en offert mot ett riktvärde när vi bedömer skälig kostnad.",
        None,
        "lookalike",
    ),
    Query(
        "Visa alla bostadsanpassningar som gjorts i en viss lägenhet eller på en adress, oavsett vem som har sökt.",
        None,
        "lookalike",
    ),
    Query(
        "Automatisk signal från folkbokföringen när en sökande i ett pågående bostadsanpassningsärende har avlidit eller flyttat.",
        None,
        "lookalike",
    ),
    Query(
        "Entreprenören ska kunna skicka sin faktura som e-faktura direkt till BAB-ärendet istället för på papper.",
        None,
        "lookalike",
    ),
    Query(
        "Tilläggsbeslut när kostnaden blir högre än beviljat: kunna ompröva bidraget och koppla det nya beslutet till det första.",
        None,
        "lookalike",
    ),
    Query(
        "Hembesöket ska kunna bokas från ärendet i handläggarens kalender, och en bekräftelse ska skickas till sökanden.",
        None,
        "lookalike",
    ),
    # -------------------------------------------------- Övrigt look-alikes
    Query(
        "Kallelse och handlingar till nämnden ska publiceras automatiskt i politikernas app för mötesplattor.",
        None,
        "lookalike",
    ),
    Query(
        "Digital justering av nämndprotokollet med BankID, med påminnelse till justerarna när det är dags.",
        None,
        "lookalike",
    ),
    Query(
        "Kunna söka fram och visa handlingar som redan levererats till e-arkivet direkt från Castor.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över vilka användare som har vilka behörigheter, inför den årliga behörighetsgenomgången.",
        None,
        "lookalike",
    ),
    Query(
        "Ändringslogg i ärendet – vem som ändrat status, handläggare eller datum, och när det gjordes.",
        None,
        "lookalike",
    ),
    Query(
        "Användarkonton i Castor ska skapas och avslutas automatiskt utifrån grupperna i kommunens Azure AD.",
        None,
        "lookalike",
    ),
    Query(
        "Sökande ska kunna svara på sms:et vi skickat, och svaret ska hamna i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Betalningsstatus ska hämtas från ekonomisystemet så att vi ser i ärendet om fakturan är betald.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över nedlagd tid per handläggare och verksamhet, som underlag när taxan ska räknas om inför nästa år.",
        None,
        "lookalike",
    ),
    Query(
        "Mejl som handläggaren skickar från Castor ska automatiskt registreras som utgående handling i ärendet.",
        None,
        "lookalike",
    ),
    Query("Push-notis i mobilen när en bevakning förfaller.", None, "lookalike"),
]
