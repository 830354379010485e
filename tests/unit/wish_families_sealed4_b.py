"""Sealed, blind evaluation set (modules Miljö and Kart & mät).

Written by an AI helper session without reading the project's other sets,
handlers, benchmarks or documentation. To be used once, sealed, to measure
how well Bryggan finds existing development wishes that express the same need.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # ---------------------------------------------------------------- Miljö
    Wish(
        8100,
        "Miljö",
        "Skicka kontrollrapporten direkt från ärendet. Efter en livsmedelskontroll vill vi kunna mejla kontrollrapporten till verksamhetsutövaren direkt från ärendet utan att först spara ner den som PDF. Utskicket ska diarieföras automatiskt som en expedierad handling.",
    ),
    Wish(
        8101,
        "Miljö",
        "Foton i kontrollrapporten. Önskar att bilder som tagits under inspektionen kan infogas i kontrollrapportens mall, med bildtext, i stället för att bifogas som separata filer.",
    ),
    Wish(
        8102,
        "Miljö",
        "Automatisk beräkning av kontrolltid vid riskklassning. När riskklassningen för en livsmedelsanläggning ändras borde den årliga kontrolltiden räknas om automatiskt enligt Livsmedelsverkets modell, inklusive erfarenhetsklass.",
    ),
    Wish(
        8103,
        "Miljö",
        "Massfakturering av årlig kontrollavgift för livsmedel. Vi vill kunna ta fram faktureringsunderlag för alla registrerade livsmedelsanläggningar på en gång vid årets början, i stället för att skapa avgiften anläggning för anläggning.",
    ),
    Wish(
        8104,
        "Miljö",
        "Timavgift för extra offentlig kontroll. Tid som registreras på ett ärende om uppföljande kontroll (extra offentlig kontroll) ska automatiskt bli ett avgiftsunderlag med rätt timtaxa, så att handläggaren slipper räkna själv.",
    ),
    Wish(
        8105,
        "Miljö",
        "Registrering av livsmedelsanläggning via e-tjänst ska skapa ärende. När en verksamhet anmäler registrering i e-tjänsten ska ett ärende och ett nytt objekt skapas automatiskt i Castor med uppgifterna ifyllda, inklusive organisationsnummer och verksamhetsinriktning.",
    ),
    Wish(
        8106,
        "Miljö",
        "Bevakning för uppföljning av avvikelser. Det borde gå att, när en avvikelse noteras i kontrollrapporten, få en bevakning skapad automatiskt med datum för uppföljande kontroll.",
    ),
    Wish(
        8107,
        "Miljö",
        "Lista över planerade kontroller för året. Vi behöver en lista över alla livsmedelsanläggningar som enligt kontrollfrekvensen ska kontrolleras under innevarande år och som ännu inte har fått något kontrollbesök. Listan ska kunna exporteras till Excel.",
    ),
    Wish(
        8108,
        "Miljö",
        "Välj lagstiftning för avvikelser från lista. Önskar att man i kontrollrapporten kan välja kontrollområde och lagrum för varje avvikelse från en fördefinierad lista, så att texterna blir enhetliga mellan inspektörerna.",
    ),
    Wish(
        8109,
        "Miljö",
        "Ägarbyte på livsmedelsanläggning. Vid byte av verksamhetsutövare vill vi kunna flytta anläggningens historik (kontroller, riskklassning) till den nya ägaren utan att lägga upp ett nytt objekt från början.",
    ),
    Wish(
        8110,
        "Miljö",
        "Underlag till Livsmedelsverkets årsrapportering. Castor ska kunna ta fram de siffror som behövs till den årliga rapporteringen till Livsmedelsverket (antal kontroller, avvikelser, sanktioner per anläggningstyp) direkt ur registrerade ärenden.",
    ),
    Wish(
        8111,
        "Miljö",
        "Import av provsvar för dricksvatten. Analysresultat från laboratoriet ska kunna läsas in direkt i Castor, via fil eller integration, och kopplas till rätt dricksvattenanläggning så att vi slipper skriva in värdena för hand.",
    ),
    Wish(
        8112,
        "Miljö",
        "Påminnelse om provtagning enligt provtagningsprogram. För dricksvattenanläggningar vill vi få en bevakning när det är dags för nästa provtagning enligt anläggningens provtagningsprogram.",
    ),
    Wish(
        8113,
        "Miljö",
        "E-tjänst för ansökan om enskilt avlopp med karta. I e-tjänsten för ansökan om tillstånd till enskild avloppsanläggning ska sökanden kunna markera placeringen av slamavskiljare och infiltration i en karta. Markeringen ska följa med in i ärendet.",
    ),
    Wish(
        8114,
        "Miljö",
        "Mobil inventering av avlopp, även offline. Vid avloppsinventering i fält behöver vi kunna fylla i inventeringsprotokollet i mobil eller surfplatta utan täckning och synka till Castor när vi är tillbaka.",
    ),
    Wish(
        8115,
        "Miljö",
        "Avloppsstatus som kartlager. Varje enskild avloppsanläggning ska kunna visas i kartan med färg efter status (godkänd, anmärkning, underkänd/utsläppsförbud).",
    ),
    Wish(
        8116,
        "Miljö",
        "Mall för föreläggande om åtgärd av avlopp. Vi vill ha en beslutsmall för förbud/föreläggande för enskilda avlopp där fastighetsbeteckning, ägare, anläggningens brister och datum för åtgärd hämtas automatiskt från objektet.",
    ),
    Wish(
        8117,
        "Miljö",
        "Import av slamtömningsuppgifter. Uppgifter om slamtömning från renhållningsbolaget borde kunna importeras och kopplas till avloppsanläggningen, så att man ser när brunnen senast tömdes.",
    ),
    Wish(
        8118,
        "Miljö",
        "Bevakning av utförandeintyg efter avloppstillstånd. Önskar automatisk bevakning när tillstånd för avlopp har beviljats, så att vi ser vilka som inte skickat in utförandeintyg och foton inom utsatt tid.",
    ),
    Wish(
        8119,
        "Miljö",
        "Massutskick till fastighetsägare i inventeringsområde. Vid avloppsinventering vill vi markera ett område i kartan och skicka informationsbrev till alla fastighetsägare med enskilt avlopp där, och få utskicket registrerat på respektive objekt.",
    ),
    Wish(
        8120,
        "Miljö",
        "Anmälan av värmepump via e-tjänst till färdigt ärende. När en värmepumpsanmälan kommer in via e-tjänsten ska ärendet skapas med fastighet, sökande, typ av värmepump (berg, sjö, mark) och borrdjup ifyllt, och en kvittens skickas till sökanden.",
    ),
    Wish(
        8121,
        "Miljö",
        "Avgift på värmepumpsärenden automatiskt. Vid delegationsbeslut om värmepump ska avgiften enligt taxan läggas på ärendet automatiskt, eftersom det alltid är samma fasta avgift.",
    ),
    Wish(
        8122,
        "Miljö",
        "Köldmedierapport via e-tjänst. Verksamhetsutövare med aggregat över gränsvärdet ska kunna lämna sin årliga köldmedierapport i en e-tjänst, och uppgifterna (mängd, läckage, aggregat) ska läsas in på objektet.",
    ),
    Wish(
        8123,
        "Miljö",
        "Påminnelse till de som inte lämnat köldmedierapport. Vi vill kunna ta fram de operatörer som inte lämnat årsrapport för köldmedier senast 31 mars och skicka en påminnelse till alla på en gång.",
    ),
    Wish(
        8124,
        "Miljö",
        "Statistik över köldmedieläckage. Sammanställning per år över rapporterat läckage av köldmedier (kg och CO2-ekvivalenter) per verksamhet och totalt i kommunen.",
    ),
    Wish(
        8125,
        "Miljö",
        "Koppling till Svenska miljörapporteringsportalen. Miljörapporter som verksamheterna lämnat i portalen borde kunna hämtas in till rätt objekt i Castor så att granskningen kan göras i ärendet.",
    ),
    Wish(
        8126,
        "Miljö",
        "Tillsynsbehov i timmar per verksamhetskod. För behovsutredningen vill vi att Castor summerar tillsynstiden per år för alla objekt utifrån deras verksamhetskoder och avgiftsklasser.",
    ),
    Wish(
        8127,
        "Miljö",
        "Ny timavgift med giltighetsdatum. Det borde gå att lägga in nästa års taxa (timavgift) i förväg med ett giltig-från-datum, så att avgifter efter årsskiftet automatiskt räknas på den nya taxan.",
    ),
    Wish(
        8128,
        "Miljö",
        "Tidsregistrering i mobilen. Handläggare vill kunna registrera nedlagd tid på ett ärende direkt i mobilen efter ett tillsynsbesök, så att timavgiften blir rätt.",
    ),
    Wish(
        8129,
        "Miljö",
        "Uppdatering av verksamhetskoder. När miljöprövningsförordningen ändras ska leverantören uppdatera listan med verksamhetskoder centralt, och objekt med utgångna koder ska flaggas.",
    ),
    Wish(
        8130,
        "Miljö",
        "E-tjänst för anmälan av C-verksamhet. Anmälan om miljöfarlig verksamhet (C) ska kunna göras i en e-tjänst som skapar ärende och objekt med verksamhetskod i Castor.",
    ),
    Wish(
        8131,
        "Miljö",
        "Register över miljösanktionsavgifter. Vi vill kunna se alla beslutade miljösanktionsavgifter i en lista med belopp, överträdelse, datum och om avgiften är betald.",
    ),
    Wish(
        8132,
        "Miljö",
        "Cisternregister med bevakning av revisionskontroll. Cisterner ska registreras med volym, placering och datum för senaste kontroll, och en bevakning ska skapas när nästa återkommande kontroll närmar sig.",
    ),
    Wish(
        8133,
        "Miljö",
        "Förorenade områden som lager i kartan. EBH-objekt (potentiellt förorenade områden) från Länsstyrelsen ska kunna visas som ett lager i Castors karta med riskklass.",
    ),
    Wish(
        8134,
        "Miljö",
        "E-tjänst för klagomål. Allmänheten ska kunna lämna klagomål om t.ex. buller, mögel eller nedskräpning i en e-tjänst som skapar ett klagomålsärende med klagandens kontaktuppgifter.",
    ),
    Wish(
        8135,
        "Miljö",
        "SMS till klaganden när ärendet avslutas. Önskar att den som lämnat klagomål automatiskt får ett SMS eller mejl när klagomålsärendet avslutas.",
    ),
    Wish(
        8136,
        "Miljö",
        "Provsvar för bassängbad med flaggning. Vid registrering av provsvar från bassängbad ska värden över gränsvärdet (t.ex. E. coli, Pseudomonas) markeras automatiskt så att inspektören ser avvikelsen direkt.",
    ),
    Wish(
        8137,
        "Miljö",
        "Lista över anmälningspliktiga hygienlokaler. Vi behöver en lista över alla verksamheter med stickande eller skärande behandlingar (tatuering, piercing, fotvård) sorterade per kategori.",
    ),
    Wish(
        8138,
        "Miljö",
        "Radonmätningar per fastighet. Resultat från radonmätningar i bostäder och skolor ska kunna registreras på fastigheten så att vi kan söka fram alla mätningar över 200 Bq/m³.",
    ),
    Wish(
        8139,
        "Miljö",
        "Checklistor för tillsyn av skolor och förskolor. Det borde finnas färdiga checklistor för inomhusmiljötillsyn på skolor som kan fyllas i på plats och blir en del av inspektionsrapporten.",
    ),
    Wish(
        8140,
        "Miljö",
        "Tala in anteckningar vid inspektion. Önskar att inspektören kan spela in röstanteckningar i mobilen under besöket och få dem omvandlade till text i ärendets anteckningar.",
    ),
    Wish(
        8141,
        "Miljö",
        "Digital signering av protokoll på plats. Verksamhetsutövaren ska kunna signera inspektionsprotokollet direkt på inspektörens surfplatta, och signaturen ska synas i den sparade handlingen.",
    ),
    Wish(
        8142,
        "Miljö",
        "Kommunicering med svarsdatum. När vi skickar ett förslag till beslut för kommunicering vill vi att svarsdatumet automatiskt blir en bevakning i ärendet.",
    ),
    Wish(
        8143,
        "Miljö",
        "Delegationslista för miljö till nämnden. Lista över alla delegationsbeslut inom miljö- och hälsoskydd för en vald period, grupperad per delegat och beslutstyp, färdig att anmäla till nämnden.",
    ),
    Wish(
        8144,
        "Miljö",
        "Uppdatera objekt vid fastighetsreglering. När en fastighet avregistreras eller byter beteckning vid förrättning ska de miljöobjekt som ligger på fastigheten få den nya fastighetsbeteckningen automatiskt.",
    ),
    Wish(
        8145,
        "Miljö",
        "Dubblettkontroll av verksamhetsutövare. Vid registrering av en ny verksamhetsutövare ska Castor varna om organisationsnumret redan finns, så att vi inte får flera poster på samma bolag.",
    ),
    Wish(
        8146,
        "Miljö",
        "Sök på organisationsnummer i objektssök. Vi vill kunna söka fram objekt via verksamhetsutövarens organisationsnummer direkt i objektssöket.",
    ),
    Wish(
        8147,
        "Miljö",
        "Fasta handlingstyper per ärendetyp. Önskar att varje ärendetyp inom miljö kan ha en egen lista med handlingstyper, så att man bara ser de relevanta när man registrerar en handling.",
    ),
    Wish(
        8148,
        "Miljö",
        "Lagrumshänvisningar i beslutsmallar. Beslutsmallarna ska automatiskt hämta in rätt lagrum från miljöbalken och förordningarna beroende på vilken beslutstyp som valts.",
    ),
    Wish(
        8149,
        "Miljö",
        "Flytta ärenden mellan handläggare i ett svep. När en inspektör slutar behöver vi kunna flytta alla hennes pågående ärenden och bevakningar till en annan handläggare på en gång.",
    ),
    Wish(
        8150,
        "Miljö",
        "Statistik över antal inspektioner per handläggare. Rapport som visar antal genomförda inspektioner per handläggare och månad, uppdelat på livsmedel och miljöskydd.",
    ),
    Wish(
        8151,
        "Miljö",
        "Strandskyddsområden i kartan vid dispensärenden. När vi handlägger strandskyddsdispens vill vi se strandskyddsgränsen som lager i kartan direkt från ärendet.",
    ),
    Wish(
        8152,
        "Miljö",
        "Register över djurhållning inom detaljplanerat område. Vi behöver kunna registrera tillstånd för djurhållning (häst, höns m.m.) inom detaljplan som objekt med antal djur.",
    ),
    Wish(
        8153,
        "Miljö",
        "Djurenheter på lantbruk. Lantbruksobjekt ska ha fält för antal djurenheter per djurslag som kan summeras, så att vi ser vilka som är tillstånds- eller anmälningspliktiga.",
    ),
    Wish(
        8154,
        "Miljö",
        "Nedsättning av avgift med motivering. Det ska finnas ett fält för att sätta ned en avgift (procent eller belopp) med obligatorisk motivering, som syns på fakturaunderlaget.",
    ),
    Wish(
        8155,
        "Miljö",
        "Eget avgiftsbeslut med överklagandehänvisning. Vi vill att Castor skapar ett separat avgiftsbeslut med hur man överklagar när en avgift debiteras, i stället för att avgiften bara står i sakbeslutet.",
    ),
    Wish(
        8156,
        "Miljö",
        "Underlag för ansökan om utdömande av vite. När ett vitesföreläggande inte följts vill vi kunna ta ut en samlad akt med beslut, delgivningskvitto och uppföljande inspektion att skicka till mark- och miljödomstolen.",
    ),
    Wish(
        8157,
        "Miljö",
        "Mina sidor för verksamhetsutövare. Verksamhetsutövaren ska kunna logga in och se sina egna kontrollrapporter och beslut från miljöförvaltningen.",
    ),
    Wish(
        8158,
        "Miljö",
        "Kontrollrapport på andra språk. Önskar att kontrollrapportens fasta rubriker och standardtexter kan skrivas ut på engelska, och gärna arabiska, eftersom många verksamhetsutövare inte förstår svenska.",
    ),
    Wish(
        8159,
        "Miljö",
        "Fakturaunderlag med rätt kodsträng till ekonomisystemet. Fakturaunderlaget som exporteras ska innehålla ansvar, verksamhet och aktivitet per avgiftstyp så att ekonomi inte behöver kontera om manuellt.",
    ),
    # ----------------------------------------------------------- Kart & mät
    Wish(
        8300,
        "Kart & mät",
        "E-tjänst för beställning av nybyggnadskarta. Sökanden ska kunna beställa nybyggnadskarta i en e-tjänst, markera fastigheten i en karta och välja om kartan ska vara enkel eller normal, och beställningen ska bli ett ärende i Castor.",
    ),
    Wish(
        8301,
        "Kart & mät",
        "Automatisk avgift för nybyggnadskarta. Avgiften för nybyggnadskartan ska beräknas automatiskt enligt taxan utifrån tomtens yta och typ av karta när ärendet registreras.",
    ),
    Wish(
        8302,
        "Kart & mät",
        "Leverans av nybyggnadskarta som PDF och DWG. Vi vill kunna skicka den färdiga nybyggnadskartan till beställaren direkt från ärendet med en nedladdningslänk till både PDF och DWG.",
    ),
    Wish(
        8303,
        "Kart & mät",
        "Giltighetstid på nybyggnadskarta. Nybyggnadskartan ska få ett giltighetsdatum och en varning ska visas i bygglovsärendet om kartan som bifogats är äldre än två år.",
    ),
    Wish(
        8304,
        "Kart & mät",
        "Lägeskontroll beställs automatiskt vid startbesked. När startbesked ges i bygglovsärendet och lägeskontroll krävs ska ett beställningsärende för lägeskontroll skapas hos mätenheten automatiskt.",
    ),
    Wish(
        8305,
        "Kart & mät",
        "Mall för lägeskontrollprotokoll. Vi behöver en mall för protokoll från lägeskontroll där uppmätta avvikelser mot situationsplanen fylls i och protokollet kan skickas till byggherren och bygglovshandläggaren.",
    ),
    Wish(
        8306,
        "Kart & mät",
        "Import av mätfiler till lägeskontroll. Koordinater från totalstation eller GNSS-mottagare ska kunna läsas in som fil direkt i lägeskontrollärendet och visas i kartan.",
    ),
    Wish(
        8307,
        "Kart & mät",
        "Beställning av utstakning via e-tjänst. Byggherren ska kunna beställa grov- eller finutstakning i en e-tjänst och välja önskat datum.",
    ),
    Wish(
        8308,
        "Kart & mät",
        "Kalender för mätlagens uppdrag. Vi vill ha en planeringskalender där utstakningar och lägeskontroller bokas på respektive mätlag och dag, så att vi ser beläggningen.",
    ),
    Wish(
        8309,
        "Kart & mät",
        "Ärende för adressättning med karta. Det borde finnas en ärendetyp för beslut om belägenhetsadress där man placerar adresspunkten i kartan och beslutet skapas från mall.",
    ),
    Wish(
        8310,
        "Kart & mät",
        "Automatisk överföring av adresser till Lantmäteriet. Beslutade belägenhetsadresser ska skickas direkt till Lantmäteriets adressregister utan att vi behöver registrera dem en gång till i Lantmäteriets system.",
    ),
    Wish(
        8311,
        "Kart & mät",
        "Utskick vid adressändring. När en adress ändras vill vi kunna skicka ett meddelande till alla berörda (boende, fastighetsägare, räddningstjänst, posten) direkt från adressärendet.",
    ),
    Wish(
        8312,
        "Kart & mät",
        "Ajourhållning av primärkartan efter slutbesked. När slutbesked ges i ett bygglovsärende ska ett ajourhållningsärende skapas hos kart så att byggnaden mäts in och förs in i primärkartan.",
    ),
    Wish(
        8313,
        "Kart & mät",
        "Lista över byggnader som inte är inmätta. Rapport över alla bygglov med slutbesked där byggnaden ännu inte förts in i primärkartan.",
    ),
    Wish(
        8314,
        "Kart & mät",
        "Baskartan som WMS-tjänst i Castor. Vi vill kunna lägga in kommunens egen baskarta från vår WMS-server som bakgrundskarta i Castors kartfönster.",
    ),
    Wish(
        8315,
        "Kart & mät",
        "Klickbar detaljplan i kartan. När man klickar på en yta i kartan ska gällande detaljplan med planbestämmelser och länk till plankartan visas.",
    ),
    Wish(
        8316,
        "Kart & mät",
        "Beställning av fastighetsförteckning via e-tjänst. Planenheten och externa konsulter ska kunna beställa fastighetsförteckning till detaljplan i en e-tjänst där planområdet ritas in i kartan.",
    ),
    Wish(
        8317,
        "Kart & mät",
        "Hämta ägare och rättigheter till fastighetsförteckningen automatiskt. Uppgifter om lagfarna ägare, tomträttshavare, servitut och ledningsrätter ska hämtas direkt från Lantmäteriets fastighetsregister när fastighetsförteckningen upprättas.",
    ),
    Wish(
        8318,
        "Kart & mät",
        "Fastighetsförteckning i Word enligt vår mall. Den upprättade fastighetsförteckningen ska kunna skapas som ett Word-dokument enligt kommunens egen mall, med sidhuvud och rätt kolumner.",
    ),
    Wish(
        8319,
        "Kart & mät",
        "Sakägare inom visst avstånd från kartan. Det borde gå att i kartan välja alla fastigheter inom till exempel 50 meter från en fastighet och få en sakägarlista med ägare och adresser.",
    ),
    Wish(
        8320,
        "Kart & mät",
        "Mäta avstånd och area i kartan. Önskar ett verktyg i kartan för att mäta avstånd och area, t.ex. för att kontrollera avstånd till tomtgräns.",
    ),
    Wish(
        8321,
        "Kart & mät",
        "Skalenlig utskrift av kartan. Kartan ska kunna skrivas ut eller sparas som PDF i vald skala (1:400, 1:1000 osv.) med teckenförklaring och norrpil.",
    ),
    Wish(
        8322,
        "Kart & mät",
        "Rita och spara egna objekt i ärendet. Handläggaren ska kunna rita punkter, linjer och ytor i kartan och spara dem kopplade till ärendet.",
    ),
    Wish(
        8323,
        "Kart & mät",
        "Visa koordinater i SWEREF 99 och höjd i RH 2000. När man pekar i kartan ska koordinaterna visas i kommunens lokala SWEREF 99-zon och höjden i RH 2000.",
    ),
    Wish(
        8324,
        "Kart & mät",
        "Tidrapportering per mätuppdrag. Mätingenjörer ska kunna rapportera tid per uppdrag, fält respektive kontor, så att timdebiteringen till beställaren blir rätt.",
    ),
    Wish(
        8325,
        "Kart & mät",
        "Meddelande till beställaren när utstakningen är klar. Önskar att beställaren av en utstakning automatiskt får ett SMS eller mejl när utstakningen är utförd och bygget kan påbörjas.",
    ),
    Wish(
        8326,
        "Kart & mät",
        "Mätuppdrag och gränser i fält utan uppkoppling. Mätingenjören ska i mobilen kunna se sina uppdrag för dagen och fastighetsgränserna även där det saknas täckning.",
    ),
    Wish(
        8327,
        "Kart & mät",
        "Avgift för gränsutvisning. Vid gränsutvisning ska avgiften beräknas per gränspunkt enligt taxan och läggas på ärendet automatiskt.",
    ),
    Wish(
        8328,
        "Kart & mät",
        "Register över stompunkter. Vi behöver ett register över kommunens stompunkter med status (hel, skadad, förstörd) och datum för senaste kontroll, synligt i kartan.",
    ),
    Wish(
        8329,
        "Kart & mät",
        "Webbshop för kartutdrag. Allmänhet och konsulter ska kunna beställa och betala kartutdrag, t.ex. primärkarta i DWG, för ett valt område via en webbshop kopplad till Castor.",
    ),
    Wish(
        8330,
        "Kart & mät",
        "Logg över utlämnad geodata. Vi vill ha en logg över vilka geodata som lämnats ut till vem, när och under vilket avtal eller vilken licens.",
    ),
    Wish(
        8331,
        "Kart & mät",
        "Lägenhetsnummer i adressärendet. Vid adressättning av flerbostadshus ska lägenhetsnummer kunna tilldelas och rapporteras till Lantmäteriets lägenhetsregister i samma ärende.",
    ),
    Wish(
        8332,
        "Kart & mät",
        "Alla ärenden som kartlager. Önskar ett lager i kartan som visar Castors ärenden som punkter, filtrerbart per ärendetyp och år.",
    ),
    Wish(
        8333,
        "Kart & mät",
        "Automatiska koordinater på ärenden. Varje nytt ärende ska få en koordinat automatiskt från fastighetens mittpunkt, så att det syns i kartan utan att handläggaren placerar det.",
    ),
    Wish(
        8334,
        "Kart & mät",
        "Import av GeoPackage och shape till ärende. Det borde gå att ladda upp en shape- eller GeoPackage-fil, t.ex. ett planområde, och få geometrin kopplad till ärendet.",
    ),
    Wish(
        8335,
        "Kart & mät",
        "Export av ärendegeometrier. Geometrier som ritats i ärenden ska kunna exporteras som GeoPackage eller shape för vidare analys i QGIS.",
    ),
    Wish(
        8336,
        "Kart & mät",
        "Historiska ortofoton i kartan. Vi vill kunna växla mellan ortofoton från olika år i kartan för att se hur en fastighet sett ut tidigare, t.ex. vid tillsyn av olovligt byggande.",
    ),
    Wish(
        8337,
        "Kart & mät",
        "Granskning av nybyggnadskarta före leverans. Innan nybyggnadskartan skickas ska en annan mätingenjör kunna granska och attestera den i Castor, och granskningen ska loggas.",
    ),
    Wish(
        8338,
        "Kart & mät",
        "Samlingsfaktura per beställare. Mätuppdrag till samma beställare, t.ex. ett byggföretag, ska kunna samlas till en faktura per månad i stället för en faktura per uppdrag.",
    ),
    Wish(
        8339,
        "Kart & mät",
        "Fastighetsinformation vid klick i kartan. När man klickar på en fastighet i kartan ska ägare, areal, servitut och andra rättigheter visas i en informationsruta.",
    ),
]

QUERIES: list[Query] = [
    # ------------------------------------------------- Miljö, duplicates
    Query(
        "Mejla kontrollrapporten till företaget från ärendet. Vill kunna e-posta rapporten efter livsmedelsinspektionen till företagaren direkt i Castor, utan att spara PDF först, och att den blir diarieförd som skickad.",
        8100,
        "synonyms",
    ),
    Query("Skicka kontrollrapport med mejl direkt från ärendet", 8100, "less_detail"),
    Query(
        "Bilder i rapportmallen för kontroll. Önskar kunna lägga in foton från inspektionen i mallen för kontrollrapporter med text under bilden, inte som separata bilagor.",
        8101,
        "compound",
    ),
    Query(
        "Foton i kontrollrapporen. Bilder från inspektionen borde kunna läggas in i rapportmallen med bildtext istället för att bifogas som egna filer.",
        8101,
        "typos",
    ),
    Query(
        "Autom. beräkning av kontrolltid vid riskklassn. Ny riskklass på en anläggning -> kontrolltiden ska räknas om enl. SLV:s modell inkl. erfarenhetsklass.",
        8102,
        "abbreviation",
    ),
    Query(
        "Kontrolltiden borde räknas om av sig själv när vi ändrar riskklassning. Idag ändrar vi riskklass efter en kontroll men glömmer ofta att räkna om den årliga kontrolltiden, så det blir fel både i planeringen och i avgiften. Räkna enligt Livsmedelsverkets modell med erfarenhetsklass.",
        8102,
        "more_detail",
    ),
    Query(
        "Massfakturering av årsavgift för kontroll av livsmedel. Underlag för fakturering av den årliga avgiften ska kunna tas fram för alla registrerade anläggningar i ett svep i början av året.",
        8103,
        "compound",
    ),
    Query(
        "I början av året vill vi ta fram faktureringsunderlag för alla registrerade livsmedelsanläggningar på en gång, inte anläggning för anläggning. Alltså massfakturering av den årliga kontrollavgiften.",
        8103,
        "word_order",
    ),
    Query(
        "Extra offentlig kontroll: registered time should automatically become avgiftsunderlag with the correct hourly rate (timtaxa).",
        8104,
        "english",
    ),
    Query(
        "Timavgift för extra offentig kontroll. Tiden som registreras på uppfölande kontroll ska automatiskt bli avgiftsunderlag med rätt timtaxa.",
        8104,
        "typos",
    ),
    Query(
        "Registreringar från e-tjänsten ska bli ärenden direkt. Vi får in ca 150 registreringar av livsmedelsanläggningar per år via vår e-tjänst och registratorn skriver över allt manuellt. Vi vill att ärende och objekt skapas automatiskt med orgnr och inriktning.",
        8105,
        "more_detail",
    ),
    Query(
        "Ett ärende och ett nytt objekt ska automatiskt skapas i Castor, med uppgifterna ifyllda, när en verksamhet registrerar sin livsmedelsanläggning i e-tjänsten.",
        8105,
        "word_order",
    ),
    Query("Bevakning skapas automatiskt vid avvikelse i kontrollrapport", 8106, "less_detail"),
    Query(
        "List of livsmedelsanläggningar that are due for kontroll this year but not yet visited, with export to Excel.",
        8107,
        "english",
    ),
    Query(
        "Planerade livsmedelskontroller som inte gjorts – lista med anläggningar som enligt frekvensen för kontroll ska besökas i år men saknar besök för kontroll, exportbar till Excel.",
        8107,
        "compound",
    ),
    Query(
        "Fördefinierade lagrum för brister. I inspektionsrapporten vill vi plocka kontrollområde och paragraf för varje brist ur en färdig lista så att alla inspektörer formulerar sig lika.",
        8108,
        "synonyms",
    ),
    Query(
        "Välj lagstftning för avvikelser ur en lista i kontrollrapporten, så texterna blir enhetliga mellan inspektörerna.",
        8108,
        "typos",
    ),
    Query(
        "Historiken (kontroller, riskklassning) ska kunna flyttas till den nya ägaren när livsmedelsanläggningen byter verksamhetsutövare, utan att vi lägger upp ett nytt objekt.",
        8109,
        "word_order",
    ),
    Query(
        "Ägarbyte på restaurang – behåll historiken. Det är vanligt hos oss att pizzerior byter ägare men driver samma kök. Då vill vi flytta tidigare kontroller och riskklassning till den nya verksamhetsutövaren i stället för att börja om med ett nytt objekt.",
        8109,
        "more_detail",
    ),
    Query(
        "Underlag till SLV:s årsrapportering direkt ur Castor – antal kontroller, avvikelser och sanktioner per anläggningstyp.",
        8110,
        "abbreviation",
    ),
    Query(
        "Import av svar på prover för dricksvatten – resultaten från analys på laboratoriet ska kunna läsas in och kopplas till rätt anläggning för dricksvatten.",
        8111,
        "compound",
    ),
    Query(
        "Import lab results for drinking water directly into Castor and link them to the right dricksvattenanläggning, no manual typing.",
        8111,
        "english",
    ),
    Query(
        "Påminelse om provtagning enligt provtagningsprogram för dricksvattenanlägningar – bevakning när det är dags för nästa prov.",
        8112,
        "typos",
    ),
    Query(
        "E-tj. ansökan enskilt avlopp – kartfunktion där sökande markerar placering av slamavskiljare/infiltration, följer med till ärendet i Castor.",
        8113,
        "abbreviation",
    ),
    Query("Karta i e-tjänsten för ansökan om enskilt avlopp", 8113, "less_detail"),
    Query(
        "Avloppsinventering in the field – fill in inventeringsprotokoll on mobile/tablet offline and sync to Castor later.",
        8114,
        "english",
    ),
    Query(
        "Inventeringsprotokoll för avlopp i mobilen utan täckning. Vi inventerar ca 400 avlopp per sommar i glesbygd där det ofta saknas mobilnät. Vi vill kunna fylla i protokollet på surfplattan ute och synka när vi kommer tillbaka till kontoret.",
        8114,
        "more_detail",
    ),
    Query(
        "Status för avlopp i ett lager i kartan – anläggningarna ska visas med färg efter om de är godkända, har anmärkning eller utsläppsförbud.",
        8115,
        "compound",
    ),
    Query(
        "I kartan ska enskilda avloppsanläggningar visas med olika färg beroende på status: godkänd, anmärkning eller underkänd.",
        8115,
        "word_order",
    ),
    Query(
        "Mall för föreläggade om åtgärd av avlopp där fastighetsbetckning, ägare, brister och datum hämtas automatiskt från objektet.",
        8116,
        "typos",
    ),
    Query(
        "Beslutsmall för avloppsförbud. Vi vill ha en färdig mall för förbud eller föreläggande om bristfälligt enskilt avlopp som fyller i fastighet, ägare, brister och åtgärdsdatum själv från objektet.",
        8116,
        "synonyms",
    ),
    Query(
        "Import slamtömn. från renhållningsbolaget, kopplas till avloppsanl. så man ser senaste tömning.",
        8117,
        "abbreviation",
    ),
    Query(
        "Bevakning av intyg om utförande efter tillstånd för avlopp. Automatisk bevakning när tillståndet beviljas så vi ser vem som inte lämnat in intyg och foton i tid.",
        8118,
        "compound",
    ),
    Query("Bevaka att utförandeintyg kommer in efter beviljat avlopp", 8118, "less_detail"),
    Query(
        "Mass mailing to fastighetsägare in avloppsinventeringsområde – select area in the map, send info letter, registered on each objekt.",
        8119,
        "english",
    ),
    Query(
        "Informationsbrev ska kunna skickas till alla fastighetsägare med enskilt avlopp inom ett område som man markerar i kartan, och utskicket ska registreras på varje objekt. Gäller avloppsinventeringen.",
        8119,
        "word_order",
    ),
    Query(
        "Anmälan VP via e-tj. ska bli ärende med fastighet, sökande, typ (berg/sjö/mark) och borrdjup ifyllt + kvittens till sökande.",
        8120,
        "abbreviation",
    ),
    Query(
        "Värmepumpsanmälningar från e-tjänsten ska bli färdiga ärenden. Vi får in väldigt många anmälningar om bergvärme på våren och lägger mycket tid på att föra över fastighet, typ av värmepump och borrdjup. Ärendet ska skapas med allt ifyllt och sökanden få en kvittens.",
        8120,
        "more_detail",
    ),
    Query(
        "Värmepumpsavgiften borde läggas på av sig själv när delegationsbeslutet tas, det är ju alltid samma fasta belopp enligt taxan.",
        8121,
        "synonyms",
    ),
    Query(
        "Rapport om köldmedier via e-tjänst. Operatörer med aggregat över gränsen ska kunna lämna sin årsrapport för köldmedier digitalt och mängd, läckage och aggregat ska läsas in på objektet.",
        8122,
        "compound",
    ),
    Query(
        "Köldmedierapport via e-service – operators submit their annual refrigerant report online and the data is imported to the objekt.",
        8122,
        "english",
    ),
    Query(
        "Skicka påminnelse till alla på en gång – de operatörer som inte lämnat årsrapport för köldmedier senast 31 mars ska kunna tas fram och påminnas.",
        8123,
        "word_order",
    ),
    Query("Påminnelse om saknade köldmedierapporter", 8123, "less_detail"),
    Query(
        "Statistik över läckage av köldmedier per år – per verksamhet och totalt för kommunen, i kg och CO2-ekvivalenter.",
        8124,
        "compound",
    ),
    Query(
        "Koppling till SMP – hämta in miljörapporter till rätt objekt i Castor för granskning i ärendet.",
        8125,
        "abbreviation",
    ),
    Query(
        "Behovsutredning – summera tillsynstimmar automatiskt. Varje höst gör vi behovsutredningen i Excel genom att räkna timmar per verksamhetskod för alla objekt. Castor borde summera tillsynsbehovet i timmar per år utifrån verksamhetskoder och avgiftsklasser.",
        8126,
        "more_detail",
    ),
    Query(
        "Tillsynbehov i timmar per verksamhetskod – Castor ska sumera tillsynstiden per år för alla objekt utifrån koder och avgiftsklasser.",
        8126,
        "typos",
    ),
    Query(
        "Lägga in kommande års taxa i förväg. Vi vill registrera den nya timtaxan innan årsskiftet med ett startdatum så att avgifter från 1 januari räknas på nya beloppet av sig själv.",
        8127,
        "synonyms",
    ),
    Query(
        "Med ett giltig-från-datum borde nästa års timavgift kunna läggas in i förväg, så att de avgifter som tas ut efter årsskiftet räknas på den nya taxan.",
        8127,
        "word_order",
    ),
    Query(
        "Registrera tid i telefonen. Handläggaren ska kunna registrera sin tid på ärendet direkt i mobilen efter besöket för tillsyn, så att avgiften per timme blir rätt.",
        8128,
        "compound",
    ),
    Query(
        "Uppdatering av verksamhetskoder centralt av lev. när MPF ändras, och flagga objekt med utgångna koder.",
        8129,
        "abbreviation",
    ),
    Query("E-tjänst för anmälan av C-verksamhet", 8130, "less_detail"),
    Query(
        "E-tjänst för anmälan av miljöfarig verksamhet (C) som skapar ärende och objekt med verksamhetskod i Castor.",
        8130,
        "typos",
    ),
    Query(
        "Med belopp, överträdelse, datum och betalstatus vill vi kunna se alla beslutade miljösanktionsavgifter i en lista.",
        8131,
        "word_order",
    ),
    Query(
        "Register över cisterner med bevakning av kontroll. Volym, placering och datum för senaste kontroll registreras, och bevakning skapas inför nästa återkommande kontroll.",
        8132,
        "compound",
    ),
    Query(
        "Cisternregister med påminnelse om återkommande kontroll. Vi har många gamla oljecisterner i vattenskyddsområdet och tappar bort när de ska kontrolleras. Vi vill registrera volym, placering och senaste kontrolldatum och få en bevakning när nästa kontroll närmar sig.",
        8132,
        "more_detail",
    ),
    Query("EBH-obj. från LST som lager i kartan med riskklass.", 8133, "abbreviation"),
    Query("Klagomål via e-tjänst", 8134, "less_detail"),
    Query("SMS/mejl till klagande autom. när klagomålsärendet avslutas.", 8135, "abbreviation"),
    Query(
        "SMS till klagaden när ärendet avslutas – den som lämnat klagomål ska automatiskt få ett sms eller mejl när ärendet är avslutat.",
        8135,
        "typos",
    ),
    Query(
        "Flagga avvikande provsvar från badhus. När vi för in provsvar från kommunens simhallar missar vi ibland att ett värde ligger över gränsen. Vi vill att värden över gränsvärdet för t.ex. Pseudomonas markeras automatiskt vid registreringen.",
        8136,
        "more_detail",
    ),
    Query(
        "Värden över gränsvärdet ska markeras automatiskt när vi registrerar provsvar från bassängbad, så att avvikelsen syns direkt för inspektören.",
        8136,
        "word_order",
    ),
    Query("Lista över anmälningspliktiga hygienlokaler per kategori", 8137, "less_detail"),
    Query(
        "Mätningar av radon per fastighet – resultat från bostäder och skolor registreras på fastigheten och man kan söka fram alla över 200 Bq/m³.",
        8138,
        "compound",
    ),
    Query(
        "Radonmätnngar per fastighet så att vi kan söka fram alla mätningar över 200 Bq/m3.",
        8138,
        "typos",
    ),
    Query(
        "Färdiga frågelistor för inomhusmiljö på skolor och förskolor som fylls i vid besöket och följer med in i inspektionsrapporten.",
        8139,
        "synonyms",
    ),
    Query("Checklistor för skoltillsyn", 8139, "less_detail"),
    Query(
        "Voice notes during inspection – record in the mobile and get them converted to text in ärendets anteckningar.",
        8140,
        "english",
    ),
    Query(
        "Röstanteckningar under inspektion. När jag går runt i ett storkök har jag händerna fulla och hinner inte skriva. Jag vill kunna prata in anteckningar i mobilen och få dem som text i ärendets anteckningar.",
        8140,
        "more_detail",
    ),
    Query(
        "Dig. signering av protokoll på plats – VU signerar på inspektörens platta, signaturen syns i sparad handling.",
        8141,
        "abbreviation",
    ),
    Query(
        "Direkt på inspektörens surfplatta ska verksamhetsutövaren kunna signera inspektionsprotokollet, och signaturen ska synas i handlingen som sparas.",
        8141,
        "word_order",
    ),
    Query(
        "När vi skickar ett utkast till beslut så att parten får yttra sig vill vi att sista dag för svar automatiskt blir en bevakning i ärendet.",
        8142,
        "synonyms",
    ),
    Query(
        "Kommuniering med svarsdatum – när vi skickar förslag till beslut ska svarsdatumet bli en bevakning automatiskt i ärendet.",
        8142,
        "typos",
    ),
    Query("Delegationslista för miljöbeslut till nämnden", 8143, "less_detail"),
    Query(
        "When a fastighet gets a new beteckning after förrättning, the miljöobjekt on it should get the new fastighetsbeteckning automatically.",
        8144,
        "english",
    ),
    Query(
        "Dublettkontroll av verksamhetsutövare – varna om organisationsnumret redan finns när man lägger upp en ny.",
        8145,
        "typos",
    ),
    Query(
        "Varning för dubbletter av verksamhetsutövare. Vi har upptäckt att samma aktiebolag finns upplagt fyra gånger, vilket ger fel vid fakturering. Castor borde varna när man registrerar en ny verksamhetsutövare med ett organisationsnummer som redan finns.",
        8145,
        "more_detail",
    ),
    Query(
        "Sökning av objekt via organisationsnummer – det ska gå att söka fram objekt på verksamhetsutövarens organisationsnummer direkt i sökfunktionen för objekt.",
        8146,
        "compound",
    ),
    Query(
        "Direkt i objektssöket ska man kunna söka fram objekt med verksamhetsutövarens organisationsnummer.",
        8146,
        "word_order",
    ),
    Query(
        "Bara relevanta dokumenttyper per ärendeslag. Varje sorts miljöärende borde ha sin egen uppsättning dokumenttyper så att listan blir kortare när man lägger in ett dokument.",
        8147,
        "synonyms",
    ),
    Query(
        "Lagrum i beslutsmallar – hämta rätt lagrum ur MB och förordningar automatiskt utifrån vald beslutstyp.",
        8148,
        "abbreviation",
    ),
    Query(
        "Lagrumshänvisnigar i beslutsmallar som hämtas automatiskt beroende på vilken beslutstyp som valts.",
        8148,
        "typos",
    ),
    Query(
        "Bulk reassign all open ärenden and bevakningar from one handläggare to another when someone quits.",
        8149,
        "english",
    ),
    Query(
        "Uppdelat på livsmedel och miljöskydd, per månad och handläggare – en rapport över antalet genomförda inspektioner.",
        8150,
        "word_order",
    ),
    Query(
        "Gränsen för strandskydd i kartan vid ärenden om dispens – vi vill se strandskyddslinjen som lager direkt från ärendet.",
        8151,
        "compound",
    ),
    Query(
        "Visa strandskyddet i kartan i dispensärendet. Vi har många sjöar och strandskyddet är utökat till 300 m på flera ställen. När vi prövar en strandskyddsdispens vill vi se strandskyddsgränsen som ett lager i kartan direkt från ärendet i stället för att öppna länsstyrelsens karta.",
        8151,
        "more_detail",
    ),
    Query(
        "Register for animal keeping (hästar, höns) inside detaljplan – tillstånd registered as objekt with number of animals.",
        8152,
        "english",
    ),
    Query(
        "Djurenehter på lantbruk – fält för antal djurenheter per djurslag som summeras så vi ser vilka som är tillstånds- eller anmälningsplitkiga.",
        8153,
        "typos",
    ),
    Query(
        "DE per djurslag på lantbruksobjekt, summeras så man ser om det är tillstånds- eller anmälningspliktigt.",
        8153,
        "abbreviation",
    ),
    Query("Nedsättning av avgift med obligatorisk motivering", 8154, "less_detail"),
    Query(
        "I stället för att avgiften bara står i sakbeslutet vill vi att Castor skapar ett eget avgiftsbeslut med överklagandehänvisning när en avgift tas ut.",
        8155,
        "word_order",
    ),
    Query(
        "Separat beslut om avgift med hänvisning om hur man överklagar – ska skapas av Castor när en avgift debiteras.",
        8155,
        "compound",
    ),
    Query(
        "Sammanställ akten för utdömande av vite. Vi har ett par ärenden per år där vitesföreläggandet inte följs och då tar det en halv dag att plocka ihop beslut, delgivningskvitto och inspektionsrapport till mark- och miljödomstolen. Castor borde kunna ta fram en samlad akt.",
        8156,
        "more_detail",
    ),
    Query(
        "My pages for operators – verksamhetsutövaren logs in and sees their own kontrollrapporter and beslut.",
        8157,
        "english",
    ),
    Query(
        "Företagen ska kunna logga in på en egen sida och läsa sina inspektionsrapporter och beslut från miljökontoret.",
        8157,
        "synonyms",
    ),
    Query(
        "Kontrollrapport på andra sprak – fasta rubriker och standardtexter på engelska och gärna arabiska.",
        8158,
        "typos",
    ),
    Query(
        "Fakturaunderlag med rätt kodsträng (ansv/verks/akt) per avgiftstyp till ekonomisystemet.",
        8159,
        "abbreviation",
    ),
    Query(
        "Så att ekonomi inte behöver kontera om manuellt ska exporten av fakturaunderlag innehålla ansvar, verksamhet och aktivitet per avgiftstyp.",
        8159,
        "word_order",
    ),
    Query(
        "Överblick över miljösanktionsavgifterna. Vi har fått frågor från nämnden om hur många sanktionsavgifter vi tagit ut och om de är betalda, och fick leta i varje ärende. Vi vill kunna se alla beslutade miljösanktionsavgifter i en lista med belopp, överträdelse, datum och betalstatus.",
        8131,
        "more_detail",
    ),
    Query(
        "Sätta ned avgift med motivering. Ibland sätter vi ned timavgiften för en förening eller när handläggningen dragit ut på vår sida, men i dag syns inte varför på underlaget. Det behövs ett fält för nedsättning i procent eller kronor med en motivering som måste fyllas i och som syns på fakturaunderlaget.",
        8154,
        "more_detail",
    ),
    Query(
        "Slamtömningar in i Castor. Renhållningsbolaget skickar en lista över tömningar varje kvartal och vi skulle gärna se direkt på avloppsanläggningen när slamavskiljaren senast tömdes, t.ex. inför ett tillsynsbesök. Vi vill kunna importera uppgifterna och få dem kopplade till rätt anläggning.",
        8117,
        "more_detail",
    ),
    Query("Miljörapporter från SMP in i Castor", 8125, "less_detail"),
    Query("Siffror till Livsmedelsverkets årsrapport direkt ur Castor", 8110, "less_detail"),
    # -------------------------------------------- Kart & mät, duplicates
    Query(
        "Beställa nybyggnadskarta digitalt. Kunden ska kunna göra sin beställning på webben, peka ut tomten i en karta och välja enkel eller normal karta, och det ska bli ett ärende hos oss.",
        8300,
        "synonyms",
    ),
    Query(
        "E-tj. för beställning av NBK – markera fastighet i karta, välja enkel/normal, blir ärende i Castor.",
        8300,
        "abbreviation",
    ),
    Query(
        "Automatisk beräkning av nybyggnadskartavgiften utifrån tomtytan och karttyp enligt taxan när ärendet registreras.",
        8301,
        "compound",
    ),
    Query(
        "Räkna ut avgiften för nybyggnadskarta automatiskt. Vi räknar idag ut avgiften för hand i ett Excelark utifrån tomtens area och om det är enkel eller fullständig karta, och det blir ibland fel. Castor borde beräkna den enligt taxan när ärendet registreras.",
        8301,
        "more_detail",
    ),
    Query(
        "Deliver the nybyggnadskarta to the customer directly from the ärende with a download link for both PDF and DWG.",
        8302,
        "english",
    ),
    Query(
        "Med en nedladdningslänk till både PDF och DWG vill vi kunna skicka den färdiga nybyggnadskartan till beställaren direkt från ärendet.",
        8302,
        "word_order",
    ),
    Query(
        "Varna i bygglovsärendet när nybyggnadskartan är för gammal. Kartan ska ha ett sista giltighetsdatum och bygglovshandläggaren ska få en varning om den bifogade kartan är över två år.",
        8303,
        "synonyms",
    ),
    Query(
        "Giltighetstid på NBK – varning i bygglovsärendet om bifogad karta är äldre än 2 år.",
        8303,
        "abbreviation",
    ),
    Query(
        "Lägeskontroll beställs automatiskt vid startbeksed – ett beställningsärende skapas hos mätenheten när lägeskontroll krävs.",
        8304,
        "typos",
    ),
    Query(
        "When startbesked is given and lägeskontroll is required, automatically create an order (ärende) for the mätenhet.",
        8304,
        "english",
    ),
    Query(
        "Lägeskontrollprotokollsmall med uppmätta avvikelser mot situationsplanen, som skickas till byggherren och bygglovshandläggaren.",
        8305,
        "compound",
    ),
    Query("Protokollmall lägeskontroll", 8305, "less_detail"),
    Query(
        "Import av mätfiler (TS/GNSS) till lägeskontrollärendet, visas i kartan.",
        8306,
        "abbreviation",
    ),
    Query(
        "Läsa in koordinatfiler från instrumenten direkt i ärendet för lägeskontroll och se punkterna i kartan.",
        8306,
        "synonyms",
    ),
    Query(
        "Grov- eller finutstakning ska byggherren kunna beställa i en e-tjänst och där välja önskat datum.",
        8307,
        "word_order",
    ),
    Query(
        "Planeringskalender för mätlagen. Vi har två mätlag och bokar idag utstakningar och lägeskontroller i en delad Outlook-kalender som ingen har koll på. Vi vill boka uppdragen på mätlag och dag i Castor och se beläggningen.",
        8308,
        "more_detail",
    ),
    Query(
        "Calendar for the survey teams – book utstakning and lägeskontroll per mätlag and day so we can see the workload.",
        8308,
        "english",
    ),
    Query(
        "Ärendetyp för att fastställa belägenhetsadress där adresspunkten sätts ut i kartan och beslutet görs från en mall.",
        8309,
        "synonyms",
    ),
    Query(
        "Ärende för adressätning med karta – placera adresspunkten i kartan och skapa beslutet från mall.",
        8309,
        "typos",
    ),
    Query(
        "Beslutade adresser ska överföras autom. till LM:s adressregister utan dubbelregistrering.",
        8310,
        "abbreviation",
    ),
    Query("Adresser direkt till Lantmäteriet utan dubbelregistrering", 8310, "less_detail"),
    Query(
        "Meddelande om ändrad adress till alla berörda – boende, fastighetsägare, räddningstjänst och posten – direkt från ärendet om adress.",
        8311,
        "compound",
    ),
    Query(
        "Utskick vid adressändring. När vi döpte om en gata förra året fick vi skriva brev till 80 hushåll och ringa räddningstjänsten separat. Vi vill kunna skicka meddelande till alla berörda direkt från adressärendet.",
        8311,
        "more_detail",
    ),
    Query(
        "Så att byggnaden mäts in och förs in i primärkartan ska ett ajourhållningsärende skapas hos kart när slutbesked ges i bygglovsärendet.",
        8312,
        "word_order",
    ),
    Query(
        "När bygget får slutbesked ska kartenheten automatiskt få ett uppdrag att mäta in huset och uppdatera primärkartan.",
        8312,
        "synonyms",
    ),
    Query(
        "Report of all bygglov with slutbesked where the building is not yet inmätt in the primärkarta.",
        8313,
        "english",
    ),
    Query("Rapport över ej inmätta byggnader", 8313, "less_detail"),
    Query(
        "Baskartan som webbkarttjänst (Web Map Service) i Castor – kommunens egen baskarta från vår server som bakgrundskarta i kartfönstret.",
        8314,
        "abbreviation",
    ),
    Query(
        "Baskarten som WMS-tjänst i Castor – lägga in kommunens egen baskarta från vår WMS-server som bakgrundskarta i kartfönstret.",
        8314,
        "typos",
    ),
    Query(
        "Visa gällande plan och bestämmelserna när man klickar i kartan, med länk till plankartan.",
        8315,
        "synonyms",
    ),
    Query(
        "Clickable detaljplan in the map – show planbestämmelser and a link to plankartan when clicking an area.",
        8315,
        "english",
    ),
    Query("Beställning av FF via e-tjänst, planområdet ritas in i kartan.", 8316, "abbreviation"),
    Query(
        "E-tjänst för att beställa fastighetsförteckning. Planarkitekterna och konsulterna mejlar idag in beställningar med en skiss på planområdet som vi får rita om. Vi vill att de beställer fastighetsförteckning i en e-tjänst där planområdet ritas in i kartan.",
        8316,
        "more_detail",
    ),
    Query(
        "Fastighetsförteckningen ska fyllas i av sig själv med lagfarna ägare, tomträttshavare, servitut och ledningsrätter direkt ur fastighetsregistret.",
        8317,
        "synonyms",
    ),
    Query(
        "Hämta ägare och rättigheter till fastighetsförtekningen automatiskt från Lantmäteriets fastighetsregistret – lagfarna ägare, servitut, ledningsrätter.",
        8317,
        "typos",
    ),
    Query(
        "Fastighetsförteckningen som dokument i Word enligt kommunmallen, med sidhuvud och rätta kolumner.",
        8318,
        "compound",
    ),
    Query(
        "Ta fram grannar inom viss radie i kartan. Markera alla fastigheter inom t.ex. 50 m och få en lista över sakägare med ägare och adress.",
        8319,
        "synonyms",
    ),
    Query(
        "En sakägarlista med ägare och adresser vill vi få genom att välja alla fastigheter inom till exempel 50 meter från en fastighet i kartan.",
        8319,
        "word_order",
    ),
    Query("Mätverktyg för avstånd och area i kartan", 8320, "less_detail"),
    Query(
        "Measure tool for distance and area in kartan, e.g. to check avstånd till tomtgräns.",
        8320,
        "english",
    ),
    Query(
        "Utskrift av kartan i skala – spara som PDF i vald skala med förklaring av tecknen och pil mot norr.",
        8321,
        "compound",
    ),
    Query(
        "Skalenlig utskrift/PDF av kartan, 1:400, 1:1000 osv, m. teckenförkl. och norrpil.",
        8321,
        "abbreviation",
    ),
    Query(
        "Rita och spara egna objket i ärendet – punkter, linjer och ytor i kartan kopplade till ärendet.",
        8322,
        "typos",
    ),
    Query(
        "Show coordinates in SWEREF 99 (our local zone) and heights in RH 2000 when pointing in the map.",
        8323,
        "english",
    ),
    Query(
        "Kommunens lokala SWEREF 99-zon ska användas när koordinaterna visas där man pekar i kartan, och höjden ska visas i RH 2000.",
        8323,
        "word_order",
    ),
    Query(
        "Mätingenjörerna ska kunna skriva in sina timmar på varje uppdrag, uppdelat på fält och kontor, så att vi debiterar beställaren rätt.",
        8324,
        "synonyms",
    ),
    Query(
        "Rapportering av tid per uppdrag för mätning, fält och kontor för sig, så att debiteringen per timme blir rätt.",
        8324,
        "compound",
    ),
    Query(
        "Notify the customer by SMS or email when the utstakning is done so they can start building.",
        8325,
        "english",
    ),
    Query(
        "Medelande till beställaren när utstakningen är klar – SMS eller mejl automatiskt så att de kan börja bygga.",
        8325,
        "typos",
    ),
    Query(
        "Se dagens uppdrag och gränser i mobilen offline. Ute i skärgården har vi ofta ingen täckning och då kan vi inte öppna kartan. Mätingenjören behöver se sina uppdrag för dagen och fastighetsgränserna i mobilen även utan uppkoppling.",
        8326,
        "more_detail",
    ),
    Query("Mätuppdrag och fastighetsgränser offline i fält", 8326, "less_detail"),
    Query(
        "Debitering av gränspåvisning automatiskt. Avgiften ska räknas ut per gränspunkt enligt taxan och läggas på ärendet.",
        8327,
        "synonyms",
    ),
    Query(
        "Avg. för gränsutvisning per gränspunkt enl. taxa, automatiskt på ärendet.",
        8327,
        "abbreviation",
    ),
    Query(
        "Med status (hel, skadad, förstörd) och datum för senaste kontroll vill vi ha ett register över kommunens stompunkter som syns i kartan.",
        8328,
        "word_order",
    ),
    Query(
        "Stompunktsregister med status och senaste kontrolldatum, visas i kartan.", 8328, "compound"
    ),
    Query(
        "Webshop for map extracts – public and consultants order and pay for kartutdrag, e.g. primärkarta in DWG.",
        8329,
        "english",
    ),
    Query(
        "Kunderna ska kunna köpa kartunderlag, t.ex. primärkartan som DWG, för ett område de väljer, via en nätbutik med betalning kopplad till Castor.",
        8329,
        "synonyms",
    ),
    Query(
        "Logg över utlämnade geodata. Vi lämnar ut primärkarta och ortofoton till konsulter under olika licenser och har ingen samlad koll. Vi vill logga vilka data som lämnats ut till vem, när och under vilket avtal.",
        8330,
        "more_detail",
    ),
    Query(
        "Lägenhetsnumer i adressärendet – tilldela lägenhetsnummer vid adressättning av flerbostadshus och rapportera till lägenhetsregistret.",
        8331,
        "typos",
    ),
    Query("Lägenhetsnummer i samma ärende som adressen", 8331, "less_detail"),
    Query(
        "Se Castors ärenden som prickar i kartan och kunna filtrera på ärendetyp och årtal.",
        8332,
        "synonyms",
    ),
    Query("Kartlager m. alla ärenden, filter per ärendetyp/år.", 8332, "abbreviation"),
    Query(
        "Från fastighetens mittpunkt ska varje nytt ärende automatiskt få en koordinat, så att handläggaren inte behöver placera det för att det ska synas i kartan.",
        8333,
        "word_order",
    ),
    Query(
        "New ärenden should automatically get a coordinate from the fastighet centroid so they show up in the map.",
        8333,
        "english",
    ),
    Query(
        "Uppladdning av shapefil eller GeoPackagefil med t.ex. planområdesgränsen, geometrin ska kopplas till ärendet.",
        8334,
        "compound",
    ),
    Query(
        "Imprt av GeoPackage och shape till ärende, ladda upp en fil med t.ex. ett planområde och få geometrn kopplad till ärendet.",
        8334,
        "typos",
    ),
    Query("Exportera ärendegeometrier till QGIS", 8335, "less_detail"),
    Query(
        "Export av geometrier från ärenden som GPKG/SHP för analys i QGIS.", 8335, "abbreviation"
    ),
    Query(
        "Ortofoton från olika år i kartan. Vid tillsyn av olovligt byggande behöver vi ofta visa när en byggnad tillkom. Vi vill kunna växla mellan historiska ortofoton i Castors karta.",
        8336,
        "more_detail",
    ),
    Query(
        "Gamla flygbilder i kartan – kunna bläddra mellan flygfoton från olika år för att se hur fastigheten såg ut förut.",
        8336,
        "synonyms",
    ),
    Query(
        "Granskningen ska loggas, och en annan mätingenjör ska kunna granska och attestera nybyggnadskartan i Castor innan den skickas.",
        8337,
        "word_order",
    ),
    Query("Attest av nybyggnadskarta före leverans", 8337, "less_detail"),
    Query(
        "Samlad faktura per beställare – mätuppdrag till samma byggföretag ska faktureras en gång per månad.",
        8338,
        "compound",
    ),
    Query(
        "One invoice per customer per month for all mätuppdrag instead of one invoice per uppdrag.",
        8338,
        "english",
    ),
    Query(
        "Fastighetsinformation vid klick i kartan – visa ägare, areal, servitut och andra rätigheter i en inforuta.",
        8339,
        "typos",
    ),
    Query(
        "Ägare, areal, servitut och andra rättigheter ska visas i en informationsruta när man klickar på en fastighet i kartan.",
        8339,
        "word_order",
    ),
    # ------------------------------------------------- Miljö, look-alikes
    Query(
        "Läskvittens på kontrollrapporten. Vi vill se i ärendet när verksamhetsutövaren har öppnat den mejlade kontrollrapporten.",
        None,
        "lookalike",
    ),
    Query(
        "Foton från inspektionen ska sparas som handlingar direkt. När jag tar bilder i mobilen under kontrollen vill jag att de hamnar som handlingar i ärendet automatiskt, inte i själva rapporten.",
        None,
        "lookalike",
    ),
    Query(
        "Historik över riskklassning. Vi vill kunna se tidigare riskklassningar för en livsmedelsanläggning med datum och vem som ändrade.",
        None,
        "lookalike",
    ),
    Query(
        "Återbetalning av årlig kontrollavgift när verksamheten upphör. Det borde gå att räkna ut en proportionerlig återbetalning av årsavgiften när en livsmedelsanläggning avregistreras mitt i året.",
        None,
        "lookalike",
    ),
    Query(
        "Avregistrering av livsmedelsanläggning via e-tjänst. När en verksamhet upphör ska den kunna avregistrera sig i e-tjänsten och objektet ska markeras som avslutat i Castor.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över försenade uppföljande kontroller. Rapport över alla avvikelser där datumet för uppföljning har passerat utan att någon uppföljande kontroll har gjorts.",
        None,
        "lookalike",
    ),
    Query(
        "Fördela årets livsmedelskontroller mellan inspektörerna. Vi vill kunna dela ut planerade kontroller på inspektörer i en vy och se hur många timmar var och en fått.",
        None,
        "lookalike",
    ),
    Query(
        "Informationsbrev vid ägarbyte. När vi får veta att en livsmedelsanläggning bytt verksamhetsutövare vill vi kunna skicka ett standardbrev till den nya ägaren om att registrering krävs.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse till verksamhetsutövaren om provtagning. Den som driver en dricksvattenanläggning ska automatiskt få brev eller mejl när det är dags att ta prov enligt provtagningsprogrammet.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka provsvar för dricksvatten vidare till Livsmedelsverket. Provresultat som registrerats i Castor ska kunna rapporteras till Livsmedelsverkets dricksvattendatabas.",
        None,
        "lookalike",
    ),
    Query(
        "Status på avloppsansökan för sökanden. I e-tjänsten ska den som sökt tillstånd för enskilt avlopp kunna se var i handläggningen ärendet befinner sig.",
        None,
        "lookalike",
    ),
    Query(
        "Villkor i beslut om tillstånd för enskilt avlopp. Villkoren, t.ex. skyddsavstånd, utförandeintyg och slamtömning, ska kunna väljas från en lista i beslutsmallen.",
        None,
        "lookalike",
    ),
    Query(
        "Export av nya avloppsanläggningar till renhållningsbolaget. Nya godkända anläggningar ska kunna skickas till renhållaren så att slamtömning läggs in i deras tömningsschema.",
        None,
        "lookalike",
    ),
    Query(
        "Brev till fastighetsägaren om att lämna utförandeintyg. Innan tiden gått ut ska fastighetsägaren automatiskt få en påminnelse om att intyget för avloppet ska skickas in.",
        None,
        "lookalike",
    ),
    Query(
        "Underrättelse till grannen vid värmepumpsanmälan. När en energibrunn borras nära tomtgräns vill vi kunna skicka ut underrättelse till grannen med svarsdatum direkt från värmepumpsärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Energibrunnar som lager i kartan. Alla anmälda borrhål för värmepumpar ska visas i kartan så vi ser avståndet till befintliga brunnar när en ny anmälan kommer in.",
        None,
        "lookalike",
    ),
    Query(
        "Bekräftelse till operatören när köldmedierapporten är granskad. När vi har granskat årsrapporten för köldmedier vill vi skicka en bekräftelse till verksamhetsutövaren från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över aggregat som ska läckagekontrolleras. Rapport över alla köldmedieaggregat där nästa läckagekontroll enligt kontrollintervallet ska ske inom tre månader.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning av miljörapporter som inte kommit in. Den 31 mars vill vi få en bevakning för alla verksamheter som ska lämna miljörapport men inte har gjort det.",
        None,
        "lookalike",
    ),
    Query(
        "Utfall mot tillsynsplanen. Rapport som visar hur många tillsynstimmar som faktiskt registrerats per verksamhetskod jämfört med behovsutredningen.",
        None,
        "lookalike",
    ),
    Query(
        "Beslutsmall för miljösanktionsavgift. När vi väljer överträdelse ska beloppet hämtas automatiskt ur förordningen om miljösanktionsavgifter.",
        None,
        "lookalike",
    ),
    Query(
        "Anonyma klagomål i e-tjänsten. Den som lämnar klagomål ska kunna välja att vara anonym utan att fylla i kontaktuppgifter.",
        None,
        "lookalike",
    ),
    Query(
        "SMS till verksamheten inför inspektion. Önskar att verksamhetsutövaren får ett SMS med påminnelse dagen före ett aviserat tillsynsbesök.",
        None,
        "lookalike",
    ),
    Query(
        "Provtagningsschema för bassängbad. Vi vill kunna lägga in vilka prover som ska tas i varje bassäng och när, och se vilka provtagningar som är försenade.",
        None,
        "lookalike",
    ),
    Query(
        "Inspektören ska signera protokollet elektroniskt. Inspektionsprotokollet ska signeras digitalt av inspektören innan det skickas, i stället för inskannad namnteckning.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för kommuniceringsbrev. Vi vill ha ett standardiserat följebrev vid kommunicering där svarstid och hur man yttrar sig fylls i automatiskt.",
        None,
        "lookalike",
    ),
    Query(
        "Ägaruppgifter på miljöobjekt från fastighetsregistret. När en fastighet säljs ska ägaren på avloppsobjektet uppdateras automatiskt från Lantmäteriet.",
        None,
        "lookalike",
    ),
    Query(
        "Slå ihop dubbletter av verksamhetsutövare. När det redan finns dubbletter vill vi kunna slå samman två poster med samma organisationsnummer och behålla alla kopplingar till objekt och ärenden.",
        None,
        "lookalike",
    ),
    Query(
        "Ersättare för bevakningar vid frånvaro. När en handläggare är sjuk eller har semester vill vi att hennes bevakningar tillfälligt visas för en ersättare utan att ärendena flyttas.",
        None,
        "lookalike",
    ),
    Query(
        "Statistik över handläggningstid för livsmedelsregistreringar. Rapport som visar tiden från inkommen registrering till registreringsbeslut.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning av delgivningskvitto. När vi skickar ett föreläggande med delgivning ska en bevakning skapas tills delgivningskvittot kommit tillbaka.",
        None,
        "lookalike",
    ),
    Query(
        "Mina sidor – uppdatera kontaktuppgifter. Verksamhetsutövaren ska själv kunna ändra kontaktperson och fakturaadress när de loggat in.",
        None,
        "lookalike",
    ),
    Query(
        "Attest av fakturaunderlag innan export. Innan fakturaunderlagen skickas till ekonomisystemet vill vi att en ansvarig person kan granska och godkänna listan i Castor.",
        None,
        "lookalike",
    ),
    # -------------------------------------------- Kart & mät, look-alikes
    Query(
        "Orderbekräftelse vid beställning av nybyggnadskarta. När beställningen kommit in ska beställaren automatiskt få en bekräftelse med beräknat leveransdatum.",
        None,
        "lookalike",
    ),
    Query(
        "Uppdatering av tidigare nybyggnadskarta. Vi vill kunna skapa en ny version av en redan levererad nybyggnadskarta och bara ta ut uppdateringsavgift.",
        None,
        "lookalike",
    ),
    Query(
        "Resultat från lägeskontroll i bygglovsärendet. När lägeskontrollen är klar ska resultatet, godkänd eller avvikelse, synas automatiskt i bygglovsärendet så att handläggaren kan ge slutbesked.",
        None,
        "lookalike",
    ),
    Query(
        "Export av utsättningspunkter till instrumentet. Punkter som ska stakas ut ska kunna exporteras från ärendet som fil till totalstationen eller GNSS-mottagaren.",
        None,
        "lookalike",
    ),
    Query(
        "Avboka utstakning i e-tjänsten. Byggherren ska själv kunna avboka eller flytta en beställd utstakning.",
        None,
        "lookalike",
    ),
    Query(
        "Förslag till adress på remiss till fastighetsägaren. Innan vi beslutar om ny belägenhetsadress vill vi skicka förslaget till fastighetsägaren för synpunkter med svarsdatum.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta adresser från Lantmäteriet till Castor. Belägenhetsadresser som registrerats direkt i Lantmäteriets system ska synkas in till Castor.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över fastigheter som saknar belägenhetsadress. Rapport över bebyggda fastigheter utan adress så att vi kan planera adressättningen.",
        None,
        "lookalike",
    ),
    Query(
        "Ändringslogg för primärkartan. Vi vill kunna se vem som har ändrat vad i primärkartan och när.",
        None,
        "lookalike",
    ),
    Query(
        "Kommunens baskarta i e-tjänsterna. Vår egen baskarta ska användas som bakgrundskarta i kart-e-tjänsterna för medborgare, t.ex. vid beställning av nybyggnadskarta.",
        None,
        "lookalike",
    ),
    Query(
        "Detaljplanelagret ska uppdateras när en plan vinner laga kraft. Nya detaljplaner ska komma in i kartan automatiskt när de fått laga kraft.",
        None,
        "lookalike",
    ),
    Query(
        "Signal när ägare ändras under planarbetet. Om en fastighet i fastighetsförteckningen säljs innan planen antas vill vi få en bevakning så att förteckningen kan uppdateras.",
        None,
        "lookalike",
    ),
    Query(
        "Höjdprofil i kartan. Önskar ett verktyg för att ta fram en höjdprofil längs en linje i kartan utifrån höjdmodellen.",
        None,
        "lookalike",
    ),
    Query(
        "Egna utskriftsmallar för kartan. Vi vill kunna spara utskriftsmallar med kommunens logga och layout för kartutskrifter.",
        None,
        "lookalike",
    ),
    Query(
        "Chefsattest av rapporterad tid. Tid som mätingenjörerna rapporterat på mätuppdrag ska godkännas av chef innan den går vidare till fakturering.",
        None,
        "lookalike",
    ),
    Query(
        "SMS till byggherren dagen före utstakning. Påminnelse om att mätlaget kommer i morgon och att tomten ska vara tillgänglig och markerad.",
        None,
        "lookalike",
    ),
    Query(
        "Felanmälan av stompunkt via e-tjänst. Allmänhet och entreprenörer ska kunna anmäla en skadad eller bortgrävd stompunkt med position i kartan.",
        None,
        "lookalike",
    ),
    Query(
        "Licensvillkor med i geodataleveransen. När vi lämnar ut geodata ska licensvillkoren automatiskt följa med som PDF i leveransen.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över flerbostadshus som saknar lägenhetsnummer. Rapport så att vi kan se vilka hus som återstår att numrera.",
        None,
        "lookalike",
    ),
    Query(
        "Flytta ärendets punkt manuellt i kartan. Om ärendets koordinat hamnat på fel ställe vill vi kunna dra punkten till rätt plats.",
        None,
        "lookalike",
    ),
    Query(
        "Publicera Castors ärendelager som WMS/WFS. Vi vill att ärendena kan visas i kommunens egen GIS-portal via en tjänst från Castor.",
        None,
        "lookalike",
    ),
    Query(
        "Faktura direkt vid leverans av nybyggnadskartan. Fakturaunderlaget ska skapas automatiskt i samma stund som kartan levereras till beställaren.",
        None,
        "lookalike",
    ),
]
