<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name></name>
    <message>
        <source>Startup</source>
        <comment>rpl-desktop cannot start</comment>
        <translation>rpl-desktop kan ikkje starte</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The data was not changed.</comment>
        <translation>Ingen data vart endra.</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Load demo data?</comment>
        <translation>Laste inn demodata?</translation>
    </message>
    <message numerus="yes">
        <source>Startup</source>
        <comment>The register is empty. To try the program, rpl-desktop can add a few demo candidates with work histories. They are invented (their ID numbers are synthetic test numbers) and can be deleted like any other candidate. This question is asked only once.</comment>
        <translation>
            <numerusform>Registeret er tomt. For å prøve programmet kan rpl-desktop leggje inn nokre demokandidatar med arbeids- og læringshistorikk. Dei er oppdikta (ID-numra er syntetiske testnummer) og kan slettast som alle andre kandidatar. Dette spørsmålet blir berre stilt éin gong.</numerusform>
            <numerusform>Registeret er tomt. For å prøve programmet kan rpl-desktop leggje inn nokre demokandidatar med arbeids- og læringshistorikk. Dei er oppdikta (ID-numra er syntetiske testnummer) og kan slettast som alle andre kandidatar. Dette spørsmålet blir berre stilt éin gong.</numerusform>
        </translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Your data is not encrypted</comment>
        <translation>Dataa dine er ikkje krypterte</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Your data is not encrypted. Encrypt it now?</comment>
        <translation>Dataa dine er ikkje krypterte. Vil du kryptere dei no?</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The database and the evidence files on this computer can be read by anyone who gets hold of the computer or its disk. Encrypting them with a passphrase takes a moment and keeps all data. If you choose Not now, you are asked again in a week; Settings → Security can encrypt at any time.</comment>
        <translation>Databasen og dokumentasjonsfilene på denne datamaskinen kan lesast av alle som får tak i datamaskinen eller disken. Det tek litt tid å kryptere dei med ein passfrase, og alle data blir tekne vare på. Vel du «Ikkje no», blir du spurd igjen om ei veke; under Innstillingar → Sikkerheit kan du kryptere når som helst.</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>&amp;Encrypt now…</comment>
        <translation>Krypter no</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>&amp;Not now</comment>
        <translation>Ikkje no</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The remembered passphrase no longer opens the data (it may have been changed elsewhere). Enter the current passphrase.</comment>
        <translation>Den hugsa passfrasen opnar ikkje lenger dataa (han kan ha blitt endra ein annan stad). Skriv inn den gjeldande passfrasen.</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>That passphrase does not open the data. Check it (capital letters, keyboard layout) and try again. Tries left: %1.</comment>
        <translation>Den passfrasen opnar ikkje dataa. Sjekk han (store bokstavar, tastaturoppsett) og prøv igjen.</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The passphrase was wrong three times, so rpl-desktop closes. Nothing has been changed. Start the program again to retry.</comment>
        <translation>Passfrasen var feil tre gonger, så rpl-desktop blir avslutta. Ingenting er endra. Start programmet på nytt for å prøve igjen.</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Fagskole module</comment>
        <translation>Fagskuleemne</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Programme</comment>
        <translation>Utdanning</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Lærefag</comment>
        <translation>Lærefag</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Admission requirement</comment>
        <translation>Opptakskrav</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Branschmodell</comment>
        <translation>Branschmodell</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Norwegian Bokmål</comment>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Norwegian Nynorsk</comment>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>English</comment>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Swedish</comment>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Northern Sami</comment>
        <translation>Nordsamisk</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Danish</comment>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Kunnskap (knowledge)</comment>
        <translation>Kunnskap</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Ferdigheter (skills)</comment>
        <translation>Ferdigheiter</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Generell kompetanse (general competence)</comment>
        <translation>Generell kompetanse</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Kunskaper (knowledge)</comment>
        <translation>Kunskaper (kunnskap)</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Färdigheter (skills)</comment>
        <translation>Färdigheter (ferdigheiter)</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Ansvar och självständighet (responsibility and autonomy)</comment>
        <translation>Ansvar och självständighet (ansvar og sjølvstende)</translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>Unsaved changes</comment>
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>The candidate has changes that are not saved.</comment>
        <translation>Kandidaten har endringar som ikkje er lagra.</translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>Save them now, discard them, or go back to the candidate?</comment>
        <translation>Vil du lagre dei no, forkaste dei eller gå tilbake til kandidaten?</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Vocational college (fagskole)</comment>
        <translation>Fagskule</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>County authority (fylkeskommune)</comment>
        <translation>Fylkeskommune</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Municipality (kommune)</comment>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Industry organisation (bransjeorganisasjon)</comment>
        <translation>Bransjeorganisasjon</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Other</comment>
        <translation>Anna</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Norwegian Nynorsk</comment>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>English</comment>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Swedish</comment>
        <translation>Svensk</translation>
    </message>
</context>
<context>
    <name>AppealBundleDialog</name>
    <message>
        <source>Appeal bundle</source>
        <translation>Klagepakke</translation>
    </message>
    <message>
        <source>One zip file for the appeal body (klageinstans) with case %1: a summary, the issued documents, every judgement with its reason, the evidence list and the case history from the audit log. The national ID number and contact data are left out.</source>
        <translation>Éi zip-fil til klageinstansen med sak %1: eit samandrag, dei utferda dokumenta, kvar vurdering med grunngjevinga, dokumentasjonslista og sakshistorikken frå sporingsloggen. ID-nummeret og kontaktopplysningane blir ikkje tekne med.</translation>
    </message>
    <message>
        <source>Save the appeal bundle as</source>
        <translation>Lagre klagepakken som</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Zip-filer (*.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Include the &amp;evidence files themselves (not only the list)</source>
        <translation>Ta med sjølve &amp;dokumentasjonsfilene (ikkje berre lista)</translation>
    </message>
    <message>
        <source>Encrypt the file when it is sent by e-mail or on a memory stick, and give the passphrase to the appeal body another way.</source>
        <translation>Krypter fila når ho blir send med e-post eller på minnepinne, og gje passfrasen til klageinstansen på ein annan måte.</translation>
    </message>
    <message>
        <source>&amp;Write bundle</source>
        <translation>&amp;Skriv pakken</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Vel fila som skal skrivast.</translation>
    </message>
</context>
<context>
    <name>AssessorBar</name>
    <message>
        <source>Send to e&amp;xternal assessor…</source>
        <translation>Send til e&amp;kstern vurderar…</translation>
    </message>
    <message>
        <source>Write an encrypted package with open outcomes for a fagkonsulent or yrkesbedömare</source>
        <translation>Skriv ein kryptert pakke med opne læringsutbytte til ein fagkonsulent eller yrkesbedömare</translation>
    </message>
    <message>
        <source>Import assessor&apos;s &amp;judgements…</source>
        <translation>Importer &amp;vurderingane frå vurderaren…</translation>
    </message>
    <message>
        <source>Read the response file the assessor sent back</source>
        <translation>Les svarfila som vurderaren sende tilbake</translation>
    </message>
    <message>
        <source>Assessed by %1, %2</source>
        <translation>Vurdert av %1, %2</translation>
    </message>
    <message>
        <source>(judged %1; the office kept its own judgement)</source>
        <translation>(vurdert %1; kontoret heldt fast på si eiga vurdering)</translation>
    </message>
    <message>
        <source>External assessor: judgements from %1 imported %2.</source>
        <translation>Ekstern vurderar: vurderingar frå %1 importerte %2.</translation>
    </message>
    <message>
        <source>External assessor: %1 outcome(s) sent to %2 on %3; waiting for the response.</source>
        <translation>Ekstern vurderar: %1 læringsutbytte sende til %2 den %3; ventar på svar.</translation>
    </message>
    <message>
        <source>Send to an external assessor</source>
        <translation>Send til ein ekstern vurderar</translation>
    </message>
    <message>
        <source>Package created</source>
        <translation>Pakken er laga</translation>
    </message>
    <message>
        <source>The package for %1 is in %2. Send the file (e.g. by e-mail) and give the passphrase by telephone or text message. When the response comes back, use Import assessor&apos;s judgements.</source>
        <translation>Pakken til %1 ligg i %2. Send fila (t.d. med e-post) og gje passfrasen på telefon eller SMS. Når svaret kjem tilbake, brukar du «Importer vurderingane frå vurderaren».</translation>
    </message>
    <message>
        <source> Kept the office&apos;s judgement of %1.</source>
        <translation> Heldt fast på vurderinga til kontoret for %1.</translation>
    </message>
    <message>
        <source>Judgements imported</source>
        <translation>Vurderingane er importerte</translation>
    </message>
    <message>
        <source>Applied the assessor&apos;s judgement of %1.</source>
        <translation>Tok i bruk vurderinga til vurderaren for %1.</translation>
    </message>
    <message>
        <source>Import the assessor&apos;s response</source>
        <translation>Importer svaret frå vurderaren</translation>
    </message>
    <message>
        <source>Assessor responses (*.response.rpl);;All files (*)</source>
        <translation>Svar frå vurderar (*.response.rpl);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>AssessorOutcomeTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Læringsutbytte</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Vurderinga di</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metodar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Not saved yet: complete the assessment (a judgement needs a reason and a method).</source>
        <translation>Ikkje lagra enno: fullfør vurderinga (ei vurdering treng ei grunngjeving og ein metode).</translation>
    </message>
</context>
<context>
    <name>AssessorWindow</name>
    <message>
        <source>Assessment %1 · %2 — rpl-desktop</source>
        <translation>Vurdering %1 · %2 — rpl-desktop</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>kontoret</translation>
    </message>
    <message>
        <source>Sent by %1, %2, on %3 to %4.</source>
        <translation>Pakken vart send av %1, %2, den %3 til %4.</translation>
    </message>
    <message>
        <source>Message from the office: %1</source>
        <translation>Melding frå kontoret: %1</translation>
    </message>
    <message>
        <source>&amp;Who is assessing…</source>
        <translation>&amp;Kven vurderer…</translation>
    </message>
    <message>
        <source>Outcomes to assess</source>
        <translation>Læringsutbytte som skal vurderast</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Intervjuguide</translation>
    </message>
    <message>
        <source>Evidence the office lets you see</source>
        <translation>Dokumentasjon som kontoret lèt deg sjå</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Dokumentasjonsfiler</translation>
    </message>
    <message>
        <source>No files in the package.</source>
        <translation>Ingen filer i pakken.</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Op&amp;ne fil</translation>
    </message>
    <message>
        <source>Opens a copy; copies are deleted when this window closes</source>
        <translation>Opnar ein kopi; kopiane blir sletta når dette vindauget blir lukka</translation>
    </message>
    <message>
        <source>Your assessment</source>
        <translation>Vurderinga di</translation>
    </message>
    <message>
        <source>Methods:</source>
        <translation>Metodar:</translation>
    </message>
    <message>
        <source>Judgement:</source>
        <translation>Vurdering:</translation>
    </message>
    <message>
        <source>Reason for the judgement</source>
        <translation>Grunngjeving for vurderinga</translation>
    </message>
    <message>
        <source>What you saw or heard that shows it</source>
        <translation>Kva du såg eller høyrde som viser det</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Grunngjeving:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Notes from the conversation or the test</source>
        <translation>Notat frå samtalen eller prøva</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;at:</translation>
    </message>
    <message>
        <source>&amp;Finish and create the response file</source>
        <translation>&amp;Fullfør og lag svarfila</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Not saved yet: complete the assessment.</source>
        <translation>Ikkje lagra enno: fullfør vurderinga.</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Ikkje ferdig</translation>
    </message>
    <message>
        <source>The assessment of %1 is not complete (a judgement needs a reason and a method). Complete it or set it back to Not assessed.</source>
        <translation>Vurderinga av %1 er ikkje fullstendig (ei vurdering treng ei grunngjeving og ein metode). Fullfør vurderinga, eller set læringsutbyttet tilbake til «Ikkje vurdert».</translation>
    </message>
    <message>
        <source>Finish with open outcomes?</source>
        <translation>Fullføre med opne læringsutbytte?</translation>
    </message>
    <message>
        <source>You have not judged %1. The office will see them as still open. Finish anyway?</source>
        <translation>Du har ikkje vurdert %1. Kontoret vil sjå dei som framleis opne. Vil du fullføre likevel?</translation>
    </message>
    <message>
        <source>The response file was not created</source>
        <translation>Svarfila vart ikkje laga</translation>
    </message>
    <message>
        <source>Response file created</source>
        <translation>Svarfila er laga</translation>
    </message>
    <message>
        <source>Your judgements are in %1 (next to the package). Send this file to %2, e.g. by e-mail. It is encrypted with the same passphrase; do not send the passphrase with it. You can still change your judgements: then finish again and send the new file.</source>
        <translation>Vurderingane dine ligg i %1 (ved sida av pakken). Send denne fila til %2, t.d. med e-post. Ho er kryptert med den same passfrasen; ikkje send passfrasen saman med fila. Du kan framleis endre vurderingane: fullfør då på nytt og send den nye fila.</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Fila kan ikkje opnast</translation>
    </message>
    <message>
        <source>Enter who is assessing before you finish.</source>
        <translation>Skriv inn kven som vurderer, før du fullfører.</translation>
    </message>
    <message>
        <source>Assessed by: %1</source>
        <translation>Vurdert av: %1</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes judged</source>
        <translation>%1 av %2 læringsutbytte vurderte</translation>
    </message>
    <message>
        <source>Finished %1: send %2 to the office.</source>
        <translation>Fullført %1: send %2 til kontoret.</translation>
    </message>
    <message>
        <source>Saved %1 in %2 (encrypted).</source>
        <translation>Lagra %1 i %2 (kryptert).</translation>
    </message>
    <message>
        <source>Your work is saved as you go, encrypted, next to the package.</source>
        <translation>Arbeidet ditt blir lagra fortløpande, kryptert, ved sida av pakken.</translation>
    </message>
    <message>
        <source>%1 (not linked to this outcome)</source>
        <translation>%1 (ikkje knytt til dette læringsutbyttet)</translation>
    </message>
    <message>
        <source>Close without the incomplete assessments?</source>
        <translation>Lukke utan dei ufullstendige vurderingane?</translation>
    </message>
    <message>
        <source>The assessment of %1 is not complete and was not saved (a judgement needs a reason and a method). Close anyway?</source>
        <translation>Vurderinga av %1 er ikkje fullstendig og vart ikkje lagra (ei vurdering treng ei grunngjeving og ein metode). Vil du lukke likevel?</translation>
    </message>
    <message>
        <source>Open assessor package</source>
        <translation>Opne vurderingspakke</translation>
    </message>
    <message>
        <source>Assessor packages (*.rpl);;All files (*)</source>
        <translation>Vurderingspakkar (*.rpl);;Alle filer (*)</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>Fila %1 finst ikkje. Sjekk namnet og mappa.</translation>
    </message>
</context>
<context>
    <name>BatchCertificatesDialog</name>
    <message>
        <source>Print certificates</source>
        <translation>Skriv ut kompetansebevis</translation>
    </message>
    <message>
        <source>From a CSV &amp;file…</source>
        <translation>Frå ei CSV-&amp;fil…</translation>
    </message>
    <message>
        <source>A CSV with a case_number (or saksnummer) column</source>
        <translation>Ei CSV-fil med kolonnen case_number (eller saksnummer)</translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation>Mappa det skal skrivast til</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>One &amp;combined PDF (for printing)</source>
        <translation>Éin samla &amp;PDF (for utskrift)</translation>
    </message>
    <message>
        <source>Each case&apos;s own language</source>
        <translation>Språket i kvar sak</translation>
    </message>
    <message>
        <source>Certificates already issued are printed as issued; the others are issued now. Cases that cannot have one yet are listed here with the reason.</source>
        <translation>Kompetansebevis som allereie er utferda, blir skrivne ut slik dei vart utferda; dei andre blir utferda no. Saker som enno ikkje kan få eit kompetansebevis, blir lista opp her med grunngjeving.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Saker:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>Resume printing certificates</source>
        <translation>Hald fram med utskrift av kompetansebevis</translation>
    </message>
    <message>
        <source>The certificates issued before the interruption are printed as issued; the others are issued now, under the numbers already taken for them. If the folder is gone, choose another.</source>
        <translation>Kompetansebevisa som vart utferda før avbrotet, blir skrivne ut slik dei vart utferda; dei andre blir utferda no, med dei nummera som allereie er tekne for dei. Viss mappa er borte, vel du ei anna.</translation>
    </message>
    <message>
        <source>The interrupted batch of %1: %2 of %3 done, %4 still to do.</source>
        <translation>Den avbrotne køyringa frå %1: %2 av %3 ferdige, %4 att å gjere.</translation>
    </message>
    <message>
        <source>The cases listed in %1</source>
        <translation>Sakene som er oppførte i %1</translation>
    </message>
    <message>
        <source>%1 chosen case(s)</source>
        <translation>%1 vald(e) sak(er)</translation>
    </message>
    <message>
        <source>Choose a CSV file of case numbers</source>
        <translation>Vel ei CSV-fil med saksnummer</translation>
    </message>
    <message>
        <source>Write the certificates into</source>
        <translation>Skriv kompetansebevisa til</translation>
    </message>
    <message>
        <source>Choose cases first, or a CSV file of case numbers.</source>
        <translation>Vel saker først, eller ei CSV-fil med saksnummer.</translation>
    </message>
    <message>
        <source>Cancelling after the current certificate…</source>
        <translation>Avbryt etter det gjeldande kompetansebeviset…</translation>
    </message>
    <message>
        <source>Combined PDF: %1</source>
        <translation>Samla PDF: %1</translation>
    </message>
    <message>
        <source>No combined PDF was written, because the batch was cancelled.</source>
        <translation>Ingen samla PDF vart skriven fordi køyringa vart avbroten.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>BranschPanelWidget</name>
    <message>
        <source>&amp;Model texts:</source>
        <translation>&amp;Modelltekstar:</translation>
    </message>
    <message>
        <source>Language of the model&apos;s texts</source>
        <translation>Språket i tekstane til modellen</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>Str&amp;ucture</source>
        <translation>&amp;Struktur</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Prosess</translation>
    </message>
    <message>
        <source>Prere&amp;quisites</source>
        <translation>&amp;Føresetnader</translation>
    </message>
    <message>
        <source>Enter a result</source>
        <translation>Registrer eit resultat</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Delprøve:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;to:</translation>
    </message>
    <message>
        <source>Attempt:</source>
        <translation>Forsøk:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Passed or failed</source>
        <translation>Bestått eller ikkje bestått</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ikkje bestått</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>Poe&amp;ng:</translation>
    </message>
    <message>
        <source>certified yrkesbedömare or testledare</source>
        <translation>sertifisert yrkesbedömare eller testledare</translation>
    </message>
    <message>
        <source>Assessor &amp;id:</source>
        <translation>&amp;Vurderar-ID:</translation>
    </message>
    <message>
        <source>Test c&amp;entre:</source>
        <translation>Prøves&amp;enter:</translation>
    </message>
    <message>
        <source>&amp;Accreditation id:</source>
        <translation>&amp;Akkrediterings-ID:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Mer&amp;knad:</translation>
    </message>
    <message>
        <source>&amp;Save result</source>
        <translation>La&amp;gre resultat</translation>
    </message>
    <message>
        <source>Component results</source>
        <translation>Resultat for delprøver</translation>
    </message>
    <message>
        <source>De&amp;lete the selected result</source>
        <translation>S&amp;lett det valde resultatet</translation>
    </message>
    <message>
        <source>Only the latest attempt of a component can be deleted.</source>
        <translation>Berre det siste forsøket på ei delprøve kan slettast.</translation>
    </message>
    <message>
        <source>Module, outcome or component</source>
        <translation>Modul, læringsutbytte eller delprøve</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Structure of the model</source>
        <translation>Strukturen i modellen</translation>
    </message>
    <message>
        <source>Process phases</source>
        <translation>Prosessfasar</translation>
    </message>
    <message>
        <source>Record a phase</source>
        <translation>Registrer ein fase</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>F&amp;ase:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>e.g. studie- och yrkesvägledare, yrkesbedömare</source>
        <translation>t.d. studie- och yrkesvägledare, yrkesbedömare</translation>
    </message>
    <message>
        <source>Actor ro&amp;le:</source>
        <translation>Ro&amp;lla til aktøren:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>D&amp;okumentasjon:</translation>
    </message>
    <message>
        <source>Rec&amp;ord phase</source>
        <translation>Re&amp;gistrer fase</translation>
    </message>
    <message>
        <source>Signature of the formal assessment (bedömning)</source>
        <translation>Signering av den formelle vurderinga (bedömning)</translation>
    </message>
    <message>
        <source>Assessor i&amp;d:</source>
        <translation>&amp;Vurderar-ID:</translation>
    </message>
    <message>
        <source>Date si&amp;gned:</source>
        <translation>Da&amp;to for signering:</translation>
    </message>
    <message>
        <source>Sig&amp;n the formal assessment</source>
        <translation>S&amp;igner den formelle vurderinga</translation>
    </message>
    <message>
        <source>Documented hours per trade</source>
        <translation>Dokumenterte timar per fag</translation>
    </message>
    <message>
        <source>Periods counted as documented hours</source>
        <translation>Periodar som blir rekna som dokumenterte timar</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>Tr&amp;ade:</source>
        <translation>F&amp;ag:</translation>
    </message>
    <message>
        <source>empty: computed from the dates and percentage</source>
        <translation>tomt: blir rekna ut frå datoane og stillingsprosenten</translation>
    </message>
    <message>
        <source>Hours in the &amp;statement:</source>
        <translation>T&amp;imar i attesten:</translation>
    </message>
    <message>
        <source>&amp;Count the period</source>
        <translation>&amp;Ta med perioden</translation>
    </message>
    <message>
        <source>Stop counting the selected period</source>
        <translation>Ikkje rekn med den valde perioden lenger</translation>
    </message>
    <message>
        <source>This model has no documented-hours requirement.</source>
        <translation>Denne modellen har ikkje krav om dokumenterte timar.</translation>
    </message>
    <message>
        <source>Workplace sign-offs</source>
        <translation>Stadfestingar frå arbeidsplassen</translation>
    </message>
    <message>
        <source>Si&amp;gn-off:</source>
        <translation>Stadfesti&amp;ng:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Si&amp;gnert av:</translation>
    </message>
    <message>
        <source>Record sign-o&amp;ff</source>
        <translation>&amp;Lagre stadfesting</translation>
    </message>
    <message>
        <source>This model asks for no workplace sign-offs.</source>
        <translation>Denne modellen krev ingen stadfestingar frå arbeidsplassen.</translation>
    </message>
    <message>
        <source>How the rules were applied</source>
        <translation>Slik vart reglane brukte</translation>
    </message>
    <message>
        <source>Rule evaluation, line by line</source>
        <translation>Regelvurdering, linje for linje</translation>
    </message>
    <message>
        <source>Owner (huvudman): %1</source>
        <translation>Eigar (huvudman): %1</translation>
    </message>
    <message>
        <source>Version %1, valid from %2</source>
        <translation>Versjon %1, gyldig frå %2</translation>
    </message>
    <message>
        <source>SeQF level %1</source>
        <translation>SeQF-nivå %1</translation>
    </message>
    <message>
        <source>SAMPLE MODEL, not an industry&apos;s own</source>
        <translation>EKSEMPELMODELL, ikkje ein eigen modell frå ein bransje</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>skala %1</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>nummer %1</translation>
    </message>
    <message>
        <source>number %1 of at most %2</source>
        <translation>nummer %1 av høgst %2</translation>
    </message>
    <message>
        <source>already passed; no new attempt is needed</source>
        <translation>allereie bestått; nytt forsøk trengst ikkje</translation>
    </message>
    <message>
        <source>blocked until its prerequisites are met (see the explanation)</source>
        <translation>sperra til føresetnadene er oppfylte (sjå forklaringa)</translation>
    </message>
    <message>
        <source>the retake rule allows it from %1</source>
        <translation>regelen for omprøve tillèt det frå %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestått</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>ikkje bestått</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ikkje bestått</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>ikkje avlagt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>sperra</translation>
    </message>
    <message>
        <source>module</source>
        <translation>modul</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfri</translation>
    </message>
    <message>
        <source>Components outside the modules</source>
        <translation>Delprøver utanfor modulane</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglar</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>k of n</source>
        <translation>k av n</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>vekta</translation>
    </message>
    <message>
        <source>minimum per area</source>
        <translation>minimum per område</translation>
    </message>
    <message>
        <source>documented hours</source>
        <translation>dokumenterte timar</translation>
    </message>
    <message>
        <source>passed first</source>
        <translation>bestått først</translation>
    </message>
    <message>
        <source>workplace sign-off</source>
        <translation>stadfesting frå arbeidsplassen</translation>
    </message>
    <message>
        <source>retakes</source>
        <translation>omprøver</translation>
    </message>
    <message>
        <source>Not signed. Nothing can be issued before it is.</source>
        <translation>Ikkje signert. Ingenting kan utferdast før ho er signert.</translation>
    </message>
    <message>
        <source>Signed by assessor %1 on %2.</source>
        <translation>Signert av vurderar %1 den %2.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 hours documented</source>
        <translation>%1: %2 av %3 timar dokumenterte</translation>
    </message>
    <message>
        <source>Full: %1</source>
        <translation>Fullstendig: %1</translation>
    </message>
    <message>
        <source>Partial: %1 for the passed modules</source>
        <translation>Delvis: %1 for dei beståtte modulane</translation>
    </message>
    <message>
        <source>None passed yet: %1</source>
        <translation>Ingenting bestått enno: %1</translation>
    </message>
    <message>
        <source>Passed modules: %1</source>
        <translation>Beståtte modular: %1</translation>
    </message>
    <message>
        <source>Missing modules: %1</source>
        <translation>Manglande modular: %1</translation>
    </message>
    <message>
        <source>Can be issued: %1</source>
        <translation>Kan utferdast: %1</translation>
    </message>
    <message>
        <source>Cannot be issued yet:</source>
        <translation>Kan ikkje utferdast enno:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modular</translation>
    </message>
    <message>
        <source>What remains</source>
        <translation>Kva som står att</translation>
    </message>
    <message>
        <source>Nothing: every requirement for the full certificate is met</source>
        <translation>Ingenting: alle krav til fullstendig prov er oppfylte</translation>
    </message>
    <message>
        <source>Before anything is issued</source>
        <translation>Før noko blir utferda</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation>Ingenting manglar</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Skriv inn datoen.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Avvist: %1</translation>
    </message>
    <message>
        <source>Saved: %1, attempt %2.</source>
        <translation>Lagra: %1, forsøk %2.</translation>
    </message>
    <message>
        <source>Select the result to delete.</source>
        <translation>Vel resultatet som skal slettast.</translation>
    </message>
    <message>
        <source>The result was deleted.</source>
        <translation>Resultatet vart sletta.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Registrert: %1.</translation>
    </message>
    <message>
        <source>The formal assessment is signed.</source>
        <translation>Den formelle vurderinga er signert.</translation>
    </message>
    <message>
        <source>Choose a period and a trade.</source>
        <translation>Vel ein periode og eit fag.</translation>
    </message>
    <message>
        <source>The period now counts as %1.</source>
        <translation>Perioden blir no rekna som %1.</translation>
    </message>
    <message>
        <source>Select a counted period first.</source>
        <translation>Vel først ein periode som er rekna med.</translation>
    </message>
    <message>
        <source>Signed off: %1.</source>
        <translation>Stadfesta: %1.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Offline case file</source>
        <translation>Saksfil for arbeid utan nett</translation>
    </message>
    <message>
        <source>Bring cases back</source>
        <translation>Sjekk inn saker</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vel…</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>Sa&amp;manlikn</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Kva som er ulikt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the offline case file.</source>
        <translation>Vel saksfila for arbeid utan nett.</translation>
    </message>
    <message>
        <source>Importing the cases…</source>
        <translation>Importerer sakene…</translation>
    </message>
    <message>
        <source>The comparison above is fresh.</source>
        <translation>Samanlikninga ovanfor er oppdatert.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 deleted, %4 restored; %5 decision(s) applied.</source>
        <translation>Importert: %1 nye, %2 endra, %3 sletta, %4 gjenoppretta; %5 avgjerd(er) tekne i bruk.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Reading the file and comparing it with this database…</source>
        <translation>Les fila og samanliknar ho med denne databasen…</translation>
    </message>
    <message>
        <source>Office (this database)</source>
        <translation>Kontoret (denne databasen)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Denne datamaskinen</translation>
    </message>
    <message>
        <source>Laptop (the file)</source>
        <translation>Berbar datamaskin (fila)</translation>
    </message>
    <message>
        <source>Office (the file)</source>
        <translation>Kontoret (fila)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>the office&apos;s version</source>
        <translation>versjonen til kontoret</translation>
    </message>
    <message>
        <source>this computer&apos;s version</source>
        <translation>versjonen på denne datamaskinen</translation>
    </message>
    <message>
        <source>the laptop&apos;s version</source>
        <translation>versjonen på den berbare datamaskinen</translation>
    </message>
    <message>
        <source>&amp;Keep %1 for every open decision</source>
        <translation>&amp;Behald %1 for alle opne avgjerder</translation>
    </message>
    <message>
        <source>&amp;Take %1 for every open decision</source>
        <translation>&amp;Ta %1 for alle opne avgjerder</translation>
    </message>
    <message>
        <source>Choose the file and enter its passphrase, then Compare.</source>
        <translation>Vel fila og skriv inn passfrasen, og trykk så på «Samanlikn».</translation>
    </message>
    <message>
        <source>File from %1, written %2: %3 case(s) (%4).</source>
        <translation>Fil frå %1, skriven %2: %3 sak(er) (%4).</translation>
    </message>
    <message>
        <source>Nothing differs from this database: importing only records that the file came back.</source>
        <translation>Ingenting er ulikt denne databasen: importen registrerer berre at fila kom tilbake.</translation>
    </message>
    <message>
        <source>%1 added, %2 changed; %3 need(s) your decision (marked “Decide”).</source>
        <translation>%1 nye, %2 endra; %3 treng avgjerda di (merkte «Avgjer»).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>Behald: %1</translation>
    </message>
    <message>
        <source>Take: %1</source>
        <translation>Ta: %1</translation>
    </message>
    <message>
        <source>Keep both texts</source>
        <translation>Behald begge tekstane</translation>
    </message>
    <message>
        <source>Decide: </source>
        <translation>Avgjer: </translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation>Avgjerd for %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vel…</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behald</translation>
    </message>
    <message>
        <source>Delete it here too</source>
        <translation>Slett her òg</translation>
    </message>
    <message>
        <source>Leave it deleted</source>
        <translation>La vere sletta</translation>
    </message>
    <message>
        <source>Restore it from the file</source>
        <translation>Gjenopprett frå fila</translation>
    </message>
    <message>
        <source>Added on the laptop</source>
        <translation>Lagt til på den berbare datamaskinen</translation>
    </message>
    <message>
        <source>Added in the office</source>
        <translation>Lagt til på kontoret</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endra</translation>
    </message>
    <message>
        <source>Deleted on the laptop</source>
        <translation>Sletta på den berbare datamaskinen</translation>
    </message>
    <message>
        <source>Deleted in the office</source>
        <translation>Sletta på kontoret</translation>
    </message>
    <message>
        <source>Deleted in the office, changed on the laptop</source>
        <translation>Sletta på kontoret, endra på den berbare datamaskinen</translation>
    </message>
    <message>
        <source>Deleted here, changed in the office</source>
        <translation>Sletta her, endra på kontoret</translation>
    </message>
    <message>
        <source>Deleted here; stays deleted</source>
        <translation>Sletta her; blir verande sletta</translation>
    </message>
    <message>
        <source>Taken from %1</source>
        <translation>Teke frå %1</translation>
    </message>
    <message>
        <source>Kept (%1)</source>
        <translation>Behalde (%1)</translation>
    </message>
    <message>
        <source>Same change on both sides</source>
        <translation>Same endring på begge sider</translation>
    </message>
    <message>
        <source>%1 decision(s) still open</source>
        <translation>%1 avgjerd(er) er framleis opne</translation>
    </message>
</context>
<context>
    <name>CandidateEditorWidget</name>
    <message>
        <source>P&amp;erson</source>
        <translation>Pe&amp;rson</translation>
    </message>
    <message>
        <source>&amp;Work and learning history</source>
        <translation>Arbeids- og lærings&amp;historikk</translation>
    </message>
    <message>
        <source>S&amp;chooling and exams</source>
        <translation>S&amp;kulegang og eksamenar</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Dokumentas&amp;jon</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Type of ID number</source>
        <translation>Type ID-nummer</translation>
    </message>
    <message>
        <source>Norwegian fødselsnummer</source>
        <translation>Norsk fødselsnummer</translation>
    </message>
    <message>
        <source>Norwegian D-nummer</source>
        <translation>Norsk D-nummer</translation>
    </message>
    <message>
        <source>Swedish personnummer</source>
        <translation>Svensk personnummer</translation>
    </message>
    <message>
        <source>Swedish samordningsnummer</source>
        <translation>Svensk samordningsnummer</translation>
    </message>
    <message>
        <source>Foreign ID number</source>
        <translation>Utanlandsk ID-nummer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID-nummer</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Show the whole ID number to check or correct it</source>
        <translation>Vis heile ID-nummeret for å kontrollere eller rette det</translation>
    </message>
    <message>
        <source>Show the whole ID number</source>
        <translation>Vis heile ID-nummeret</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Preferred language for letters</source>
        <translation>Føretrekt språk i brev</translation>
    </message>
    <message>
        <source>Norwegian bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>Norwegian nynorsk</source>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Swedish (svenska)</source>
        <translation>Svensk (svenska)</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Førenamn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>E&amp;tternamn:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Fødselsd&amp;ato:</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>ID-t&amp;ype:</translation>
    </message>
    <message>
        <source>ID &amp;number:</source>
        <translation>ID-n&amp;ummer:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation>P&amp;ostnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Poststa&amp;d:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>&amp;Language / målform:</source>
        <translation>Språk / &amp;målform:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>La&amp;gre</translation>
    </message>
    <message>
        <source>Save the person&apos;s details (Ctrl+S)</source>
        <translation>Lagre personopplysningane (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete candidate…</source>
        <translation>&amp;Slett kandidat…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;ngre</translation>
    </message>
    <message>
        <source>Bring the deleted period back (Ctrl+Z)</source>
        <translation>Hent tilbake den sletta perioden (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>L&amp;egg til…</translation>
    </message>
    <message>
        <source>Add a period (Ins)</source>
        <translation>Legg til ein periode (Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Re&amp;diger…</translation>
    </message>
    <message>
        <source>Edit the selected period (Enter or double-click)</source>
        <translation>Rediger den valde perioden (Enter eller dobbeltklikk)</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Dup&amp;liser</translation>
    </message>
    <message>
        <source>Copy the selected period, e.g. for a change of position % at the same employer (Ctrl+D)</source>
        <translation>Kopier den valde perioden, t.d. ved endra stillingsprosent hos same arbeidsgjevaren (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete the selected period (Del); it can be undone</source>
        <translation>Slett den valde perioden (Del); det kan angrast</translation>
    </message>
    <message>
        <source>Schooling (videregående and higher)</source>
        <translation>Skulegang (vidaregåande og høgare)</translation>
    </message>
    <message>
        <source>Exams (e.g. the privatist theory exam)</source>
        <translation>Eksamenar (t.d. teorieksamen som privatist)</translation>
    </message>
    <message>
        <source>Non-formal courses</source>
        <translation>Ikkje-formelle kurs</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagra</translation>
    </message>
    <message>
        <source>a new candidate</source>
        <translation>ein ny kandidat</translation>
    </message>
    <message>
        <source>Unsaved changes restored; saved again since, so Save compares both</source>
        <translation>Ulagra endringar er henta tilbake; posten er lagra på nytt sidan, så Lagre samanliknar begge</translation>
    </message>
    <message>
        <source>Unsaved changes restored; save to keep them</source>
        <translation>Ulagra endringar er gjenoppretta; lagre for å behalde dei</translation>
    </message>
    <message>
        <source>Your changes were dropped; this is the version saved last.</source>
        <translation>Endringane dine vart forkasta; dette er versjonen som sist vart lagra.</translation>
    </message>
    <message>
        <source>Save the person first</source>
        <translation>Lagre personen først</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Skjul</translation>
    </message>
    <message>
        <source>No ID number</source>
        <translation>Utan ID-nummer</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Ny kandidat</translation>
    </message>
    <message>
        <source>Fill in the person&apos;s details and save; then add the history.</source>
        <translation>Fyll inn personopplysningane og lagre; legg deretter inn historikken.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>fødd %1</translation>
    </message>
    <message>
        <source>1 work and learning period</source>
        <translation>1 arbeids- og læringsperiode</translation>
    </message>
    <message>
        <source>%1 work and learning periods</source>
        <translation>%1 arbeids- og læringsperiodar</translation>
    </message>
    <message>
        <source>1 schooling entry</source>
        <translation>1 oppføring om skulegang</translation>
    </message>
    <message>
        <source>%1 schooling entries</source>
        <translation>%1 oppføringar om skulegang</translation>
    </message>
    <message>
        <source>1 exam</source>
        <translation>1 eksamen</translation>
    </message>
    <message>
        <source>%1 exams</source>
        <translation>%1 eksamenar</translation>
    </message>
    <message>
        <source>1 course</source>
        <translation>1 kurs</translation>
    </message>
    <message>
        <source>%1 courses</source>
        <translation>%1 kurs</translation>
    </message>
    <message>
        <source>1 evidence file</source>
        <translation>1 dokumentasjonsfil</translation>
    </message>
    <message>
        <source>%1 evidence files</source>
        <translation>%1 dokumentasjonsfiler</translation>
    </message>
    <message>
        <source>This also deletes: %1.</source>
        <translation>Dette slettar òg: %1.</translation>
    </message>
    <message>
        <source>No history or evidence is recorded.</source>
        <translation>Ingen historikk eller dokumentasjon er registrert.</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded about them?

%2

This cannot be undone; only a backup brings it back.</source>
        <translation>Slette %1 og alt som er registrert om personen?

%2

Dette kan ikkje angrast; berre ein tryggingskopi kan hente det tilbake.</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>Slett kandidat</translation>
    </message>
    <message>
        <source>Candidate deleted</source>
        <translation>Kandidaten er sletta</translation>
    </message>
    <message>
        <source>Why is the candidate deleted? The reason is kept in the audit log (no names, please).</source>
        <translation>Kvifor blir kandidaten sletta? Grunngjevinga blir teken vare på i sporingsloggen (ikkje skriv namn).</translation>
    </message>
    <message>
        <source>Period duplicated; edit the copy</source>
        <translation>Perioden er duplisert; rediger kopien</translation>
    </message>
    <message>
        <source>Period deleted: %1.</source>
        <translation>Periode sletta: %1.</translation>
    </message>
    <message>
        <source>Delete the selected row of &apos;%1&apos;? This cannot be undone.</source>
        <translation>Slette den valde rada i «%1»? Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
</context>
<context>
    <name>CandidateListWidget</name>
    <message>
        <source>Search name, ID number or case number</source>
        <translation>Søk på namn, ID-nummer eller saksnummer</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Søk etter kandidatar</translation>
    </message>
    <message>
        <source>Ctrl+F. Esc clears the search; Down moves to the list.</source>
        <translation>Ctrl+F. Esc tømmer søket; pil ned går til lista.</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidatar</translation>
    </message>
    <message>
        <source>1 of %1 candidates</source>
        <translation>1 av %1 kandidatar</translation>
    </message>
    <message>
        <source>More than %1 of %2 candidates</source>
        <translation>Meir enn %1 av %2 kandidatar</translation>
    </message>
    <message>
        <source>%1 of %2 candidates</source>
        <translation>%1 av %2 kandidatar</translation>
    </message>
    <message>
        <source>No candidate matches this search. Esc clears it.</source>
        <translation>Ingen kandidatar passar til søket. Esc tømmer det.</translation>
    </message>
    <message>
        <source>1 candidate</source>
        <translation>1 kandidat</translation>
    </message>
    <message>
        <source>%1 candidates</source>
        <translation>%1 kandidatar</translation>
    </message>
    <message>
        <source>No candidates yet. Add one with File &gt; New candidate (Ctrl+N).</source>
        <translation>Ingen kandidatar enno. Legg til ein med Fil &gt; Ny kandidat (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>CandidatePrivacyActions</name>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;ksporter personopplysningar…</translation>
    </message>
    <message>
        <source>Everything about the selected candidate in one file</source>
        <translation>Alt om den valde kandidaten i éi fil</translation>
    </message>
    <message>
        <source>&amp;Erase or anonymise…</source>
        <translation>&amp;Slett eller anonymiser…</translation>
    </message>
    <message>
        <source>Needs the administrator or approver role</source>
        <translation>Krev rolla administrator eller godkjennar</translation>
    </message>
    <message>
        <source>Personal &amp;data</source>
        <translation>Person&amp;opplysningar</translation>
    </message>
    <message>
        <source>Export, erase or anonymise the selected candidate&apos;s personal data</source>
        <translation>Eksporter, slett eller anonymiser personopplysningane til den valde kandidaten</translation>
    </message>
    <message>
        <source>Select a candidate first.</source>
        <translation>Vel ein kandidat først.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Fødd</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID-nummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststad</translation>
    </message>
</context>
<context>
    <name>CaseHistoryWidget</name>
    <message>
        <source>Words in who, what or why</source>
        <translation>Ord i kven, kva eller kvifor</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrer historikken</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Historikken til saka</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this case yet.</source>
        <translation>Ingenting er registrert for denne saka enno.</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 av %2 oppføringar</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 oppføringar</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Admission (opptak)</source>
        <translation>Opptak</translation>
    </message>
    <message>
        <source>Exemption (fritak / innpassing)</source>
        <translation>Fritak / innpassing</translation>
    </message>
    <message>
        <source>Praksiskandidat</source>
        <translation>Praksiskandidat</translation>
    </message>
    <message>
        <source>RKV upper secondary</source>
        <translation>RKV vidaregåande</translation>
    </message>
    <message>
        <source>Industry validation (bransjevalidering)</source>
        <translation>Bransjevalidering</translation>
    </message>
    <message>
        <source>Competence map (kompetansekartlegging)</source>
        <translation>Kompetansekartlegging</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>Under vurdering</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Føreslått</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjend</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utferda</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Påklaga</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Guidance (veiledning)</source>
        <translation>Rettleiing</translation>
    </message>
    <message>
        <source>Mapping (kartlegging)</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <source>Assessment (vurdering)</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Documentation (dokumentasjon)</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Fagskole emne</source>
        <translation>Fagskuleemne</translation>
    </message>
    <message>
        <source>Fagskole programme (utdanning)</source>
        <translation>Fagskuleutdanning</translation>
    </message>
    <message>
        <source>Lærefag</source>
        <translation>Lærefag</translation>
    </message>
    <message>
        <source>Fagskole admission</source>
        <translation>Opptak til fagskule</translation>
    </message>
    <message>
        <source>Swedish branschmodell</source>
        <translation>Svensk branschmodell</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <source>Case number, candidate name or target</source>
        <translation>Saksnummer, kandidatnamn eller mål</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Søk i saker</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter for status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statusar</translation>
    </message>
    <message>
        <source>Caseworker filter</source>
        <translation>Filter for sakshandsamar</translation>
    </message>
    <message>
        <source>Target filter</source>
        <translation>Filter for mål</translation>
    </message>
    <message>
        <source>Phase filter</source>
        <translation>Filter for fase</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Alle fasar</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Berre &amp;over fristen</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Ny sak…</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+Shift+N)</source>
        <translation>Opprett ei ny sak (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (over fristen)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Saks&amp;handsamar:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>Take &amp;offline…</source>
        <translation>Sjekk &amp;ut…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Alle mål</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (eksempel)</translation>
    </message>
    <message>
        <source>Checked out to %1 since %2</source>
        <translation>Sjekka ut til %1 sidan %2</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 sak</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 saker</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Ingen saker passar til desse filtera.</translation>
    </message>
    <message>
        <source>No cases yet. Open one with “New case…” (Ctrl+Shift+N).</source>
        <translation>Ingen saker enno. Opprett ei med «Ny sak…» (Ctrl+Shift+N).</translation>
    </message>
</context>
<context>
    <name>CaseResultWidget</name>
    <message>
        <source>Result: full — all %1 outcomes met.</source>
        <translation>Resultat: fullt — alle %1 læringsutbytta er oppfylte.</translation>
    </message>
    <message>
        <source>Result: partial — %1 of %2 outcomes met, %3 partly met.</source>
        <translation>Resultat: delvis — %1 av %2 læringsutbytte oppfylte, %3 delvis oppfylte.</translation>
    </message>
    <message>
        <source>Result: partial — %1 of %2 outcomes met.</source>
        <translation>Resultat: delvis — %1 av %2 læringsutbytte oppfylte.</translation>
    </message>
    <message>
        <source>Result: none — no outcome met yet (%1 outcomes).</source>
        <translation>Resultat: ingen — ingen læringsutbytte er oppfylte enno (%1 læringsutbytte).</translation>
    </message>
    <message>
        <source>Credits recognised: &lt;b&gt;%1 studiepoeng&lt;/b&gt;.</source>
        <translation>Godkjende studiepoeng: &lt;b&gt;%1 studiepoeng&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Remaining for the programme: &lt;b&gt;%1 studiepoeng&lt;/b&gt;.</source>
        <translation>Står att av utdanninga: &lt;b&gt;%1 studiepoeng&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 av %2 oppfylte</translation>
    </message>
    <message>
        <source>%1 sp</source>
        <translation>%1 sp</translation>
    </message>
    <message>
        <source>An emne counts with all its credits only when every outcome in it is met:</source>
        <translation>Eit emne gjev alle studiepoenga sine berre når kvart læringsutbytte i det er oppfylt:</translation>
    </message>
    <message>
        <source>A competence map leads to no decision; it shows what is met and what is missing.</source>
        <translation>Ei kompetansekartlegging fører ikkje til vedtak; ho viser kva som er oppfylt, og kva som manglar.</translation>
    </message>
    <message>
        <source>Documents alone accepted, because: %1</source>
        <translation>Dokument åleine godtekne, fordi: %1</translation>
    </message>
    <message>
        <source>Before a decision can be proposed:</source>
        <translation>Før eit vedtak kan føreslåast:</translation>
    </message>
    <message>
        <source>Met (%1)</source>
        <translation>Oppfylt (%1)</translation>
    </message>
    <message>
        <source>Partly met (%1)</source>
        <translation>Delvis oppfylt (%1)</translation>
    </message>
    <message>
        <source>Missing: not met or not assessed (%1)</source>
        <translation>Manglar: ikkje oppfylt eller ikkje vurdert (%1)</translation>
    </message>
    <message>
        <source>Nothing blocks a decision.</source>
        <translation>Ingenting står i vegen for eit vedtak.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Føremål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sakshandsamar</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>%1 (checked out)</source>
        <translation>%1 (sjekka ut)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikkje starta</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (over fristen)</translation>
    </message>
    <message>
        <source>Overdue: the due date passed %1 day(s) ago.</source>
        <translation>Over fristen: fristen gjekk ut for %1 dag(ar) sidan.</translation>
    </message>
</context>
<context>
    <name>CaseViewWidget</name>
    <message>
        <source>Ma&amp;pping</source>
        <translation>&amp;Kartlegging</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Intervjuguide</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>H&amp;istorikk</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+4 switch between the tabs</source>
        <translation>Ctrl+1 … Ctrl+4 byter mellom fanene</translation>
    </message>
    <message>
        <source>Choose a case in the list, or open a new one.</source>
        <translation>Vel ei sak i lista, eller opprett ei ny.</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>eksempel</translation>
    </message>
    <message>
        <source>The target is from the sample catalogue written for trying the program, not an official standard.</source>
        <translation>Målet er frå eksempelkatalogen som er laga for å prøve programmet, og er ikkje ein offisiell standard.</translation>
    </message>
    <message>
        <source>Appeal &amp;bundle…</source>
        <translation>Klage&amp;pakke…</translation>
    </message>
    <message>
        <source>The case, its documents, evidence list and history for the appeal body</source>
        <translation>Saka, dokumenta, dokumentasjonslista og historikken, til klageinstansen</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Saksopplysningar</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sakshandsamar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Their reference (Deres ref.)</source>
        <translation>Dykkar referanse (Dykkar ref.)</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Deres &amp;ref.:</source>
        <translation>Dykkar &amp;ref.:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Saks&amp;handsamar:</translation>
    </message>
    <message>
        <source>Date of the phase %1</source>
        <translation>Dato for fasen %1</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Fasar:</translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation>Lagre &amp;saksopplysningar</translation>
    </message>
    <message>
        <source>Interview notes for %1: someone else saved notes for it meanwhile</source>
        <translation>Intervjunotat for %1: nokon andre har lagra notat for det i mellomtida</translation>
    </message>
    <message>
        <source>Interview notes for %1: they could not be saved</source>
        <translation>Intervjunotat for %1: dei kunne ikkje lagrast</translation>
    </message>
    <message>
        <source>Interview notes for %1</source>
        <translation>Intervjunotat for %1</translation>
    </message>
    <message>
        <source>Judgements not saved yet, whose draft could not be written</source>
        <translation>Vurderingar som ikkje er lagra enno, og der utkastet ikkje kunne skrivast</translation>
    </message>
    <message>
        <source>Case details (caseworker, due date, reference, phase dates)</source>
        <translation>Saksopplysningar (sakshandsamar, frist, referanse, datoar for fasane)</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Avslutt saka</translation>
    </message>
    <message>
        <source>A closed case cannot be opened again or changed. Close it?</source>
        <translation>Ei avslutta sak kan ikkje opnast igjen eller endrast. Avslutte ho?</translation>
    </message>
    <message>
        <source>The case is now: %1.</source>
        <translation>Saka er no: %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagra.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Sak %1</translation>
    </message>
    <message>
        <source>Your changes were dropped; these are the details saved last.</source>
        <translation>Endringane dine vart forkasta; dette er opplysningane som sist vart lagra.</translation>
    </message>
    <message>
        <source>Branschmodell</source>
        <translation>Branschmodell</translation>
    </message>
    <message>
        <source>Practice time</source>
        <translation>Praksistid</translation>
    </message>
    <message>
        <source>met</source>
        <translation>oppfylt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>ikkje oppfylt</translation>
    </message>
    <message>
        <source>needs your judgement</source>
        <translation>treng vurderinga di</translation>
    </message>
    <message>
        <source>Practice time for %1: %2.</source>
        <translation>Praksistid for %1: %2.</translation>
    </message>
    <message>
        <source>Counted: %1 h of %2 h required.</source>
        <translation>Rekna med: %1 t av %2 t som trengst.</translation>
    </message>
    <message>
        <source>Remaining: %1 h.</source>
        <translation>Står att: %1 t.</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Føremål: %1</translation>
    </message>
    <message>
        <source>The purpose is chosen when the case is opened.</source>
        <translation>Føremålet blir valt når saka blir oppretta.</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(overdue since %1)</source>
        <translation>(over fristen sidan %1)</translation>
    </message>
    <message>
        <source>Move the case to: %1</source>
        <translation>Flytt saka til: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <source>The case has changes that are not saved:</source>
        <translation>Saka har endringar som ikkje er lagra:</translation>
    </message>
    <message>
        <source>Save them now (notes someone else changed meanwhile are compared with theirs first), discard them, or go back to the case?</source>
        <translation>Vil du lagre dei no (notat som nokon andre har endra i mellomtida, blir samanlikna med deira først), forkaste dei eller gå tilbake til saka?</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Start vurdering</translation>
    </message>
    <message>
        <source>Back to assessment</source>
        <translation>Tilbake til vurdering</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Tilbake til utkast</translation>
    </message>
    <message>
        <source>Propose decision</source>
        <translation>Føreslå vedtak</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Utferd</translation>
    </message>
    <message>
        <source>Register appeal</source>
        <translation>Registrer klage</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Avslutt saka</translation>
    </message>
</context>
<context>
    <name>CataloguePageWidget</name>
    <message>
        <source>Kind of standard to show</source>
        <translation>Type standard som skal visast</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typar</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Code or title</source>
        <translation>Kode eller tittel</translation>
    </message>
    <message>
        <source>Search standards</source>
        <translation>Søk i standardar</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a catalogue JSON file, a CSV outcome table or a Udir Grep JSON file.</source>
        <translation>Importer ei katalogfil i JSON, ein CSV-tabell med læringsutbytte eller ei JSON-fil frå Grep hos Udir.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksporter…</translation>
    </message>
    <message>
        <source>Write the whole catalogue to a JSON file in this program&apos;s format.</source>
        <translation>Skriv heile katalogen til ei JSON-fil i formatet til programmet.</translation>
    </message>
    <message>
        <source>Load &amp;sample catalogue</source>
        <translation>Last inn &amp;eksempelkatalog</translation>
    </message>
    <message>
        <source>Add the sample standards written by the project for trying the program (not official texts).</source>
        <translation>Legg inn eksempelstandardane som prosjektet har laga for å prøve programmet (ikkje offisielle tekstar).</translation>
    </message>
    <message>
        <source>Catalogue message</source>
        <translation>Melding frå katalogen</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standardar</translation>
    </message>
    <message>
        <source>Language of the outcome texts</source>
        <translation>Språket i læringsutbyttetekstane</translation>
    </message>
    <message>
        <source>Text &amp;language:</source>
        <translation>&amp;Tekstspråk:</translation>
    </message>
    <message>
        <source>Details of the selected standard</source>
        <translation>Detaljar om den valde standarden</translation>
    </message>
    <message>
        <source>Select a standard to see its details.</source>
        <translation>Vel ein standard for å sjå detaljane.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Ingenting vart importert frå %1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>%1: nothing changed; every standard in the file is already in the catalogue.</source>
        <translation>%1: ingen endringar; alle standardane i fila finst allereie i katalogen.</translation>
    </message>
    <message>
        <source>1 standard added</source>
        <translation>1 standard lagd til</translation>
    </message>
    <message>
        <source>%1 standards added</source>
        <translation>%1 standardar lagde til</translation>
    </message>
    <message>
        <source>1 updated</source>
        <translation>1 oppdatert</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 oppdaterte</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>Ingenting vart importert frå «%1».</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Kvar: %1</translation>
    </message>
    <message>
        <source>What is wrong: %1</source>
        <translation>Kva som er gale: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>The catalogue could not be written to %1: %2. Choose another folder.</source>
        <translation>Katalogen kunne ikkje skrivast til %1: %2. Vel ei anna mappe.</translation>
    </message>
    <message>
        <source>The catalogue was not exported: %1</source>
        <translation>Katalogen vart ikkje eksportert: %1</translation>
    </message>
    <message>
        <source>1 standard exported to %1.</source>
        <translation>1 standard eksportert til %1.</translation>
    </message>
    <message>
        <source>%1 standards exported to %2.</source>
        <translation>%1 standardar eksporterte til %2.</translation>
    </message>
    <message>
        <source>The sample catalogue was not loaded: %1</source>
        <translation>Eksempelkatalogen vart ikkje lasta inn: %1</translation>
    </message>
    <message>
        <source>Sample catalogue loaded: %1 standards. They are marked “Sample”: written by the project for trying the program, not official texts.</source>
        <translation>Eksempelkatalogen er lasta inn: %1 standardar. Dei er merkte «Eksempel»: laga av prosjektet for å prøve programmet, ikkje offisielle tekstar.</translation>
    </message>
    <message>
        <source>Import standards</source>
        <translation>Importer standardar</translation>
    </message>
    <message>
        <source>Catalogue files (*.json *.csv *.txt)</source>
        <translation>Katalogfiler (*.json *.csv *.txt)</translation>
    </message>
    <message>
        <source>Catalogue JSON or Udir Grep JSON (*.json)</source>
        <translation>Katalog i JSON eller JSON frå Grep hos Udir (*.json)</translation>
    </message>
    <message>
        <source>CSV outcome table (*.csv *.txt)</source>
        <translation>CSV-tabell med læringsutbytte (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Export the catalogue</source>
        <translation>Eksporter katalogen</translation>
    </message>
    <message>
        <source>Catalogue JSON (*.json)</source>
        <translation>Katalog i JSON (*.json)</translation>
    </message>
    <message>
        <source>1 standard</source>
        <translation>1 standard</translation>
    </message>
    <message>
        <source>%1 standards</source>
        <translation>%1 standardar</translation>
    </message>
    <message>
        <source>%1 of %2 standards</source>
        <translation>%1 av %2 standardar</translation>
    </message>
    <message>
        <source>The catalogue is empty. Import a catalogue file with “Import…”, or load the sample catalogue to try the program.</source>
        <translation>Katalogen er tom. Importer ei katalogfil med «Importer…», eller last inn eksempelkatalogen for å prøve programmet.</translation>
    </message>
    <message>
        <source>No standard matches this kind and search.</source>
        <translation>Ingen standard passar til denne typen og dette søket.</translation>
    </message>
    <message>
        <source>%1 · code %2 · version %3</source>
        <translation>%1 · kode %2 · versjon %3</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>written by the project for demonstration; not an official text.</source>
        <translation>laga av prosjektet til demonstrasjon; ikkje ein offisiell tekst.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gyldig frå</translation>
    </message>
    <message>
        <source>NKR %1 (EQF %2)</source>
        <translation>NKR %1 (EQF %2)</translation>
    </message>
    <message>
        <source>Studiepoeng</source>
        <translation>Studiepoeng</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Reason for the level</source>
        <translation>Grunngjeving for nivået</translation>
    </message>
    <message>
        <source>none (a degree needs 60–90 or at least 120 studiepoeng)</source>
        <translation>ingen (ein grad krev 60–90 eller minst 120 studiepoeng)</translation>
    </message>
    <message>
        <source>Total studiepoeng</source>
        <translation>Studiepoeng totalt</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>%1 hours (%2 months at 145 hours a month)</source>
        <translation>%1 timar (%2 månader à 145 timar i månaden)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>Læreplan</source>
        <translation>Læreplan</translation>
    </message>
    <message>
        <source>Vg3 programme area</source>
        <translation>Programområde Vg3</translation>
    </message>
    <message>
        <source>Utdanningsprogram</source>
        <translation>Utdanningsprogram</translation>
    </message>
    <message>
        <source>Læretid</source>
        <translation>Læretid</translation>
    </message>
    <message>
        <source>Required praksis</source>
        <translation>Krav til praksis</translation>
    </message>
    <message>
        <source>Theory exam</source>
        <translation>Teorieksamen</translation>
    </message>
    <message>
        <source>Extra certificates</source>
        <translation>Tilleggssertifikat</translation>
    </message>
    <message>
        <source>This lærefag has no kompetansemål yet. Import its kompetansemålsett from Udir Grep to add them.</source>
        <translation>Dette lærefaget har ingen kompetansemål enno. Importer kompetansemålsettet frå Grep hos Udir for å leggje dei inn.</translation>
    </message>
    <message>
        <source>%1 or older in the admission year (NOKUT-approved art programme, %2)</source>
        <translation>Fyller minst %1 år i opptaksåret (NOKUT-godkjend kunstfagleg utdanning, %2)</translation>
    </message>
    <message>
        <source>%1 or older in the admission year (%2)</source>
        <translation>Fyller minst %1 år i opptaksåret (%2)</translation>
    </message>
    <message>
        <source>Yes: admission on realkompetanse is not available for this programme</source>
        <translation>Ja: opptak på grunnlag av realkompetanse er ikkje mogleg for denne utdanninga</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <source>Age rule</source>
        <translation>Aldersregel</translation>
    </message>
    <message>
        <source>Requires an authorisation</source>
        <translation>Krev autorisasjon</translation>
    </message>
    <message>
        <source>This standard has no outcomes yet.</source>
        <translation>Denne standarden har ingen læringsutbytte enno.</translation>
    </message>
    <message>
        <source>Outcomes (%1)</source>
        <translation>Læringsutbytte (%1)</translation>
    </message>
    <message>
        <source>Emner (%1)</source>
        <translation>Emne (%1)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Kompetansemål (%1)</source>
        <translation>Kompetansemål (%1)</translation>
    </message>
    <message>
        <source>No kompetansemål imported for this area.</source>
        <translation>Ingen kompetansemål er importerte for dette området.</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificate settings</source>
        <translation>Innstillingar for kompetansebevis</translation>
    </message>
    <message>
        <source>Type of quality assurance</source>
        <translation>Type kvalitetssikring</translation>
    </message>
    <message>
        <source>{org}, {yyyy}, {yy} and {seq} or {seq:06}</source>
        <translation>{org}, {yyyy}, {yy} og {seq} eller {seq:06}</translation>
    </message>
    <message>
        <source>initials of the organisation</source>
        <translation>initialane til organisasjonen</translation>
    </message>
    <message>
        <source>Validation of prior learning, no training</source>
        <translation>Realkompetansevurdering, utan opplæring</translation>
    </message>
    <message>
        <source>Work practice</source>
        <translation>Arbeidspraksis</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Stadleg</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Nettbasert</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>Kombinert</translation>
    </message>
    <message>
        <source>&amp;Quality assurance:</source>
        <translation>&amp;Kvalitetssikring:</translation>
    </message>
    <message>
        <source>&amp;Number pattern:</source>
        <translation>&amp;Nummermønster:</translation>
    </message>
    <message>
        <source>&amp;Organisation code:</source>
        <translation>&amp;Organisasjonskode:</translation>
    </message>
    <message>
        <source>&amp;Participation:</source>
        <translation>&amp;Deltakingsform:</translation>
    </message>
</context>
<context>
    <name>CheckoutLabel</name>
    <message>
        <source>Checked out to %1 by %2 since %3.</source>
        <translation>Sjekka ut til %1 av %2 sidan %3.</translation>
    </message>
    <message>
        <source>Checked out by %1 since %2.</source>
        <translation>Sjekka ut av %1 sidan %2.</translation>
    </message>
    <message>
        <source>Changes made here meanwhile are compared when it comes back.</source>
        <translation>Endringar som blir gjorde her i mellomtida, blir samanlikna når saka kjem tilbake.</translation>
    </message>
    <message>
        <source>An offline copy from the office (received %1). When the work is done, write the file for the office with File → Take cases offline…</source>
        <translation>Ein kopi frå kontoret for arbeid utan nett (motteken %1). Når arbeidet er ferdig, skriv du fila til kontoret med Fil → Sjekk ut saker…</translation>
    </message>
</context>
<context>
    <name>CompetenceMapWidget</name>
    <message>
        <source>One column per target. The bar counts the outcomes met, partly met and missing; “indicated” means the candidate&apos;s history suggests evidence that nobody has judged yet.</source>
        <translation>Éin kolonne per mål. Søyla tel læringsutbytte som er oppfylte, delvis oppfylte og som manglar; «indikert» tyder at historikken til kandidaten peikar på dokumentasjon som ingen har vurdert enno.</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Legg til mål…</translation>
    </message>
    <message>
        <source>Compare the candidate&apos;s history with one more standard from the catalogue.</source>
        <translation>Samanlikn historikken til kandidaten med endå ein standard frå katalogen.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Read the judgements and the history again (F5).</source>
        <translation>Les inn vurderingane og historikken på nytt (F5).</translation>
    </message>
    <message>
        <source>Competence map: %1</source>
        <translation>Kompetansekart: %1</translation>
    </message>
    <message>
        <source>Competence map</source>
        <translation>Kompetansekart</translation>
    </message>
    <message>
        <source>Open a candidate first.</source>
        <translation>Opne ein kandidat først.</translation>
    </message>
    <message>
        <source>The catalogue is empty. Import standards or load the sample catalogue on the Catalogue page first.</source>
        <translation>Katalogen er tom. Importer standardar eller last inn eksempelkatalogen på sida Katalog først.</translation>
    </message>
    <message>
        <source>Every standard in the catalogue is already on this map.</source>
        <translation>Alle standardane i katalogen er allereie på dette kartet.</translation>
    </message>
    <message>
        <source>The target was not added: %1</source>
        <translation>Målet vart ikkje lagt til: %1</translation>
    </message>
    <message>
        <source>Added %1 (case %2).</source>
        <translation>La til %1 (sak %2).</translation>
    </message>
    <message>
        <source>Choose a candidate in the candidate list and open “Competence map” to compare their history with fagskole modules, programmes and lærefag.</source>
        <translation>Vel ein kandidat i kandidatlista og opne «Kompetansekart» for å samanlikne historikken med fagskuleemne, utdanningar og lærefag.</translation>
    </message>
    <message>
        <source>No targets yet. Add up to three or more targets to compare the candidate&apos;s history against them: use “Add target…” and pick fagskole modules, programmes or lærefag from the catalogue.</source>
        <translation>Ingen mål enno. Legg til tre eller fleire mål å samanlikne historikken til kandidaten med: bruk «Legg til mål…» og vel fagskuleemne, utdanningar eller lærefag frå katalogen.</translation>
    </message>
</context>
<context>
    <name>ComponentResultsTableModel</name>
    <message>
        <source>blocked: a prerequisite is not met</source>
        <translation>sperra: ein føresetnad er ikkje oppfylt</translation>
    </message>
    <message>
        <source>counts: passed</source>
        <translation>tel: bestått</translation>
    </message>
    <message>
        <source>counts: failed</source>
        <translation>tel: ikkje bestått</translation>
    </message>
    <message>
        <source>replaced by a later attempt</source>
        <translation>erstatta av eit seinare forsøk</translation>
    </message>
    <message>
        <source>does not count (see the explanation)</source>
        <translation>tel ikkje (sjå forklaringa)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Delprøve</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Tel</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Vurderar</translation>
    </message>
    <message>
        <source>Test centre</source>
        <translation>Prøvesenter</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Akkreditering</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Fields changed here and by the other person</source>
        <translation>Felt som er endra både her og av den andre personen</translation>
    </message>
    <message>
        <source>&amp;Changed fields:</source>
        <translation>&amp;Endra felt:</translation>
    </message>
    <message>
        <source>Their save changed none of these fields; your changes can be saved as they are.</source>
        <translation>Lagringa deira endra ingen av desse felta; endringane dine kan lagrast som dei er.</translation>
    </message>
    <message>
        <source>Show whole ID &amp;numbers</source>
        <translation>Vis heile ID-&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation>&amp;Lagre samanslått</translation>
    </message>
    <message>
        <source>Save the merged version shown in the last column</source>
        <translation>Lagre den samanslåtte versjonen som blir vist i den siste kolonnen</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>&amp;Forkast mine endringar</translation>
    </message>
    <message>
        <source>Drop your changes and show the version they saved</source>
        <translation>Forkast endringane dine og vis versjonen dei lagra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Back to the form: your changes stay there, not saved yet</source>
        <translation>Tilbake til skjemaet: endringane dine blir verande der, men er ikkje lagra enno</translation>
    </message>
    <message>
        <source>It was saved again while you were choosing. Look at the newest version and save again.</source>
        <translation>Det vart lagra på nytt medan du valde. Sjå på den nyaste versjonen og lagre på nytt.</translation>
    </message>
    <message>
        <source>Someone else saved this candidate while you were editing</source>
        <translation>Nokon andre lagra denne kandidaten medan du redigerte</translation>
    </message>
    <message>
        <source>Someone else saved this case while you were editing</source>
        <translation>Nokon andre lagra denne saka medan du redigerte</translation>
    </message>
    <message>
        <source>Someone else saved this judgement while you were editing</source>
        <translation>Nokon andre lagra denne vurderinga medan du redigerte</translation>
    </message>
    <message>
        <source>Someone else saved this while you were editing</source>
        <translation>Nokon andre lagra dette medan du redigerte</translation>
    </message>
    <message>
        <source>%1 saved it at %2.</source>
        <translation>%1 lagra det %2.</translation>
    </message>
    <message>
        <source>%1 saved it.</source>
        <translation>%1 lagra det.</translation>
    </message>
    <message>
        <source>It was saved at %1.</source>
        <translation>Det vart lagra %1.</translation>
    </message>
    <message>
        <source>Changes made on one side only are merged already. The highlighted rows (⚠) were changed on both sides: choose for each which version to keep. Nothing is saved until you press Save merged.</source>
        <translation>Endringar som berre er gjorde på éi side, er allereie slått saman. Dei utheva radene (⚠) vart endra på begge sider: vel for kvar rad kva versjon som skal behaldast. Ingenting blir lagra før du trykkjer på «Lagre samanslått».</translation>
    </message>
    <message>
        <source>None of your changes clash with theirs: the last column shows both merged. Nothing is saved until you press Save merged.</source>
        <translation>Ingen av endringane dine kolliderer med deira: den siste kolonnen viser begge slått saman. Ingenting blir lagra før du trykkjer på «Lagre samanslått».</translation>
    </message>
    <message>
        <source>Theirs
saved by %1
%2</source>
        <translation>Deira versjon
lagra av %1
%2</translation>
    </message>
    <message>
        <source>Theirs
saved by %1</source>
        <translation>Deira versjon
lagra av %1</translation>
    </message>
    <message>
        <source>Theirs
saved %1</source>
        <translation>Deira versjon
lagra %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deira versjon</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Min versjon</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>din versjon</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>deira versjon</translation>
    </message>
    <message>
        <source>the same on both sides</source>
        <translation>lik på begge sider</translation>
    </message>
    <message>
        <source>Which %1 to keep</source>
        <translation>Kva verdi for %1 som skal behaldast</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vel…</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Behald min: %1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Ta deira: %1</translation>
    </message>
    <message>
        <source>Combine both (theirs, then mine)</source>
        <translation>Kombiner begge (deira, så min)</translation>
    </message>
    <message>
        <source>Changed by you only: yours is kept</source>
        <translation>Berre endra av deg: din versjon blir behalden</translation>
    </message>
    <message>
        <source>Changed by them only: theirs is taken</source>
        <translation>Berre endra av dei: deira versjon blir brukt</translation>
    </message>
    <message>
        <source>Changed alike on both sides</source>
        <translation>Endra likt på begge sider</translation>
    </message>
    <message>
        <source>Changed differently on both sides: choose which to keep</source>
        <translation>Endra ulikt på begge sider: vel kva som skal behaldast</translation>
    </message>
    <message>
        <source>Choose a version for every highlighted row first</source>
        <translation>Vel ein versjon for kvar utheva rad først</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Type of ID number</source>
        <translation>Type ID-nummer</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID-nummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sakshandsamar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Dykkar referanse</translation>
    </message>
    <message>
        <source>Practice-time rule profile</source>
        <translation>Regelprofil for praksistid</translation>
    </message>
    <message>
        <source>Why documents alone are enough</source>
        <translation>Kvifor dokument åleine er nok</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metodar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Intervjunotat</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Databasetilkopling</translation>
    </message>
    <message>
        <source>An office with several caseworkers keeps its cases on one PostgreSQL server that the IT department runs; every desktop is pointed at it here. The change applies the next time rpl-desktop starts.</source>
        <translation>Eit kontor med fleire sakshandsamarar har sakene sine på éin PostgreSQL-server som IT-avdelinga driftar; her koplar du kvar maskin til han. Endringa blir teken i bruk neste gong rpl-desktop startar.</translation>
    </message>
    <message>
        <source>Use the database on &amp;this computer</source>
        <translation>Bruk databasen på &amp;denne datamaskinen</translation>
    </message>
    <message>
        <source>Use a &amp;shared PostgreSQL server</source>
        <translation>Bruk ein &amp;felles PostgreSQL-server</translation>
    </message>
    <message>
        <source>e.g. db.vestfjell.no</source>
        <translation>t.d. db.vestfjell.no</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer (OS keyring)</source>
        <translation>&amp;Hugs passordet på denne datamaskinen (nøkkelringen i operativsystemet)</translation>
    </message>
    <message>
        <source>No keyring on this computer: you will be asked for the password at each start.</source>
        <translation>Ingen nøkkelring på denne datamaskinen: du blir spurd om passordet kvar gong programmet startar.</translation>
    </message>
    <message>
        <source>Otherwise you are asked for it at each start. It is never written to a file.</source>
        <translation>Elles blir du spurd om det kvar gong programmet startar. Det blir aldri skrive til ei fil.</translation>
    </message>
    <message>
        <source>Off (only on a trusted network)</source>
        <translation>Av (berre på eit klarert nettverk)</translation>
    </message>
    <message>
        <source>Use SSL when the server offers it</source>
        <translation>Bruk SSL når serveren tilbyr det</translation>
    </message>
    <message>
        <source>Require SSL</source>
        <translation>Krev SSL</translation>
    </message>
    <message>
        <source>Require SSL and check the server&apos;s certificate</source>
        <translation>Krev SSL og kontroller sertifikatet til serveren</translation>
    </message>
    <message>
        <source>Require SSL, check the certificate and the server name</source>
        <translation>Krev SSL, kontroller sertifikatet og servernamnet</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Servernamn eller adresse</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>D&amp;atabase:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Databasenamn</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Brukar:</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Databasebrukar</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>SS&amp;L:</source>
        <translation>SS&amp;L:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-modus</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkoplinga</translation>
    </message>
    <message>
        <source>The environment variable %1 is set and takes precedence over this setting.</source>
        <translation>Miljøvariabelen %1 er sett og går føre denne innstillinga.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Koplar til…</translation>
    </message>
    <message>
        <source>The password could not be kept in the OS keyring. Untick “Remember the password” to be asked for it at each start.</source>
        <translation>Passordet kunne ikkje lagrast i nøkkelringen i operativsystemet. Fjern krysset ved «Hugs passordet» for å bli spurd om det kvar gong programmet startar.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <source>Choose a country or type its two-letter ISO code, e.g. IS or RO</source>
        <translation>Vel eit land eller skriv ISO-koden på to bokstavar, t.d. IS eller RO</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>Rediger kurs</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>Legg til kurs</translation>
    </message>
    <message>
        <source>Course provider</source>
        <translation>Kurstilbydar</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Kurstittel</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>Dato fullført</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Kurstilbydar:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>T&amp;imar:</translation>
    </message>
    <message>
        <source>&amp;Completed:</source>
        <translation>&amp;Fullført:</translation>
    </message>
    <message>
        <source>Write the hours as a number, e.g. 7,5.</source>
        <translation>Skriv timane som eit tal, t.d. 7,5.</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>Provider</source>
        <translation>Tilbydar</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
</context>
<context>
    <name>CoverageBarWidget</name>
    <message>
        <source>No outcomes</source>
        <translation>Ingen læringsutbytte</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>rpl-desktop: unexpected error</source>
        <translation>rpl-desktop: uventa feil</translation>
    </message>
    <message>
        <source>rpl-desktop ran into a bug</source>
        <translation>rpl-desktop støytte på ein programfeil</translation>
    </message>
    <message>
        <source>This is an error in the program, not something you did. What was saved before it happened is kept. If it happens again, copy the report below and send it with a short description of what you were doing. The report contains program versions and where in the program the error happened; read it before you send it.</source>
        <translation>Dette er ein feil i programmet, ikkje noko du har gjort. Det som vart lagra før feilen oppstod, er teke vare på. Viss det skjer igjen, kopierer du rapporten nedanfor og sender han med ei kort skildring av kva du heldt på med. Rapporten inneheld programversjonar og kvar i programmet feilen oppstod; les han før du sender han.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Feilrapport</translation>
    </message>
    <message>
        <source>Co&amp;py report</source>
        <translation>&amp;Kopier rapport</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>Shared PostgreSQL server: %1</source>
        <translation>Felles PostgreSQL-server: %1</translation>
    </message>
    <message>
        <source>The database on this computer (in %1)</source>
        <translation>Databasen på denne datamaskinen (i %1)</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Databasepassord</translation>
    </message>
    <message>
        <source>Password of the database user %1 on %2:</source>
        <translation>Passordet til databasebrukaren %1 på %2:</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidget</name>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Tilkopling…</translation>
    </message>
    <message>
        <source>Use the database on this computer or a shared PostgreSQL server</source>
        <translation>Bruk databasen på denne datamaskinen eller ein felles PostgreSQL-server</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>I bruk: %1</translation>
    </message>
    <message>
        <source>After a restart: %1</source>
        <translation>Etter omstart: %1</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy (also d.m.yyyy or yyyy-mm-dd). Alt+Down opens a calendar.</source>
        <translation>Skriv datoen som dd.mm.åååå (òg d.m.åååå eller åååå-mm-dd). Alt+pil ned opnar ein kalender.</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Vel datoen i ein kalender (Alt+pil ned)</translation>
    </message>
    <message>
        <source>Open calendar</source>
        <translation>Opne kalender</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy, e.g. 01.08.2019.</source>
        <translation>Skriv datoen som dd.mm.åååå, t.d. 01.08.2019.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 01.08.2019.</source>
        <translation>Skriv året med fire siffer, t.d. 01.08.2019.</translation>
    </message>
    <message>
        <source>There is no month %1. %2</source>
        <translation>Det finst ingen månad %1. %2</translation>
    </message>
    <message>
        <source>The year %1 looks mistyped; give a year between %2 and %3.</source>
        <translation>Året %1 ser feilskrive ut; oppgje eit år mellom %2 og %3.</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 %3 has %4 days.</source>
        <translation>%1 er ikkje ein dato: %2 %3 har %4 dagar.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>DocumentsTabWidget</name>
    <message>
        <source>Kind of document</source>
        <translation>Dokumenttype</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Språket i dokumentet</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Førehandsvis</translation>
    </message>
    <message>
        <source>Build the document as it would be issued now (nothing is stored)</source>
        <translation>Lag dokumentet slik det ville blitt utferda no (ingenting blir lagra)</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Utferd…</translation>
    </message>
    <message>
        <source>Store the document as issued. It can never be changed; a correction is a new version.</source>
        <translation>Lagre dokumentet som utferda. Det kan aldri endrast; ei retting blir ein ny versjon.</translation>
    </message>
    <message>
        <source>Certificate settings…</source>
        <translation>Innstillingar for kompetansebevis…</translation>
    </message>
    <message>
        <source>Quality assurance text and certificate numbers</source>
        <translation>Tekst om kvalitetssikring og nummer på kompetansebevis</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Utferda dokument</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utferda</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Reason for the new version</source>
        <translation>Grunngjeving for ny versjon</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Show the issued version in the viewer (its SHA-256 is checked)</source>
        <translation>Vis den utferda versjonen i visingsprogrammet (SHA-256 blir kontrollert)</translation>
    </message>
    <message>
        <source>&amp;Save copy…</source>
        <translation>Lagre &amp;kopi…</translation>
    </message>
    <message>
        <source>Write the issued PDF and its archive sidecar (JSON) into a folder</source>
        <translation>Skriv den utferda PDF-en og arkivfila som høyrer til (JSON), til ei mappe</translation>
    </message>
    <message>
        <source>Nothing issued yet.</source>
        <translation>Ingenting er utferda enno.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utferda&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Preview, not issued: %1 in %2, %3 page(s).</source>
        <translation>Førehandsvising, ikkje utferda: %1 (%2), %3 side(r).</translation>
    </message>
    <message>
        <source>The certificate cannot be issued until these are filled in:</source>
        <translation>Kompetansebeviset kan ikkje utferdast før dette er fylt inn:</translation>
    </message>
    <message>
        <source>Issue a corrected version</source>
        <translation>Utferd ein retta versjon</translation>
    </message>
    <message>
        <source>Version %1 of this document was issued on %2. Why is a new version issued?</source>
        <translation>Versjon %1 av dette dokumentet vart utferda %2. Kvifor blir ein ny versjon utferda?</translation>
    </message>
    <message>
        <source>A new version needs the reason for the correction.</source>
        <translation>Ein ny versjon krev ei grunngjeving for rettinga.</translation>
    </message>
    <message>
        <source>Issue the document</source>
        <translation>Utferd dokumentet</translation>
    </message>
    <message>
        <source>Issue the %1 in %2? It is stored as sent and can never be changed afterwards.</source>
        <translation>Utferde «%1» (%2)? Dokumentet blir lagra som sendt og kan aldri endrast etterpå.</translation>
    </message>
    <message>
        <source>Issued version %1 (SHA-256 %2…).</source>
        <translation>Utferda versjon %1 (SHA-256 %2…).</translation>
    </message>
    <message>
        <source>Issued version %1 of %2 (%3), %4 page(s).</source>
        <translation>Utferda versjon %1 av «%2» (%3), %4 side(r).</translation>
    </message>
    <message>
        <source>Save a copy of the issued document in</source>
        <translation>Lagre ein kopi av det utferda dokumentet i</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Lagra %1 og %2.</translation>
    </message>
    <message>
        <source>Vedtak (decision letter)</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Kompetansebevis (certificate)</source>
        <translation>Kompetansebevis</translation>
    </message>
    <message>
        <source>Full certificate of the model (yrkesbevis)</source>
        <translation>Fullstendig prov etter modellen (yrkesbevis)</translation>
    </message>
    <message>
        <source>Intyg (passed and missing modules)</source>
        <translation>Intyg (beståtte og manglande modular)</translation>
    </message>
    <message>
        <source>Kartläggningsutlåtande (mapping statement)</source>
        <translation>Kartläggningsutlåtande (kartleggingsfråsegn)</translation>
    </message>
    <message>
        <source>Competence map</source>
        <translation>Kompetansekart</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Svenska</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>the learner&apos;s name</source>
        <translation>namnet på den som blir vurdert</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>tittelen</translation>
    </message>
    <message>
        <source>the issuer&apos;s country and region (organisation profile)</source>
        <translation>landet og regionen til utferdaren (organisasjonsprofil)</translation>
    </message>
    <message>
        <source>the awarding body (organisation profile)</source>
        <translation>utferdande organ (organisasjonsprofil)</translation>
    </message>
    <message>
        <source>the date of issue</source>
        <translation>utferdingsdatoen</translation>
    </message>
    <message>
        <source>learning outcomes: at least one approved item</source>
        <translation>læringsutbytte: minst eitt godkjent punkt</translation>
    </message>
    <message>
        <source>the workload (studiepoeng, hours or YH-poäng of the standard)</source>
        <translation>omfanget (studiepoeng, timar eller YH-poäng for standarden)</translation>
    </message>
    <message>
        <source>the level (NKR, EQF or SeQF)</source>
        <translation>nivået (NKR, EQF eller SeQF)</translation>
    </message>
    <message>
        <source>the type of assessment (methods in the judgements)</source>
        <translation>vurderingsforma (metodane i vurderingane)</translation>
    </message>
    <message>
        <source>the form of participation (certificate settings)</source>
        <translation>deltakingsforma (innstillingar for kompetansebevis)</translation>
    </message>
    <message>
        <source>the type of quality assurance (certificate settings)</source>
        <translation>typen kvalitetssikring (innstillingar for kompetansebevis)</translation>
    </message>
    <message>
        <source>the certificate number</source>
        <translation>nummeret på kompetansebeviset</translation>
    </message>
    <message>
        <source>the date the assessment was signed</source>
        <translation>datoen vurderinga vart signert</translation>
    </message>
    <message>
        <source>the assessor&apos;s id</source>
        <translation>ID-en til vurderaren</translation>
    </message>
    <message>
        <source>the test centre&apos;s accreditation id</source>
        <translation>akkrediterings-ID-en til prøvesenteret</translation>
    </message>
</context>
<context>
    <name>DraftRestore</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <source>Restore unsaved changes from %1?</source>
        <translation>Vil du gjenopprette ulagra endringar frå %1?</translation>
    </message>
    <message>
        <source>Changes to %1 were not saved when the program last stopped. Restore puts them back in the form; they are kept only when you save. Discard deletes them.</source>
        <translation>Endringar for %1 vart ikkje lagra då programmet sist stoppa. «Gjenopprett» legg dei tilbake i skjemaet; dei blir berre tekne vare på når du lagrar. «Forkast» slettar dei.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>a new candidate</source>
        <translation>ein ny kandidat</translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation>kandidat %1</translation>
    </message>
    <message>
        <source>the judgements of case %1</source>
        <translation>vurderingane i sak %1</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>• a batch of certificates: %1 of %2 done</source>
        <translation>• ei køyring med kompetansebevis: %1 av %2 ferdige</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>Fann ulagra arbeid</translation>
    </message>
    <message>
        <source>The program stopped last time before this work was saved or finished:</source>
        <translation>Programmet stoppa sist før dette arbeidet var lagra eller ferdig:</translation>
    </message>
    <message>
        <source>Open the candidate or case to restore its unsaved changes. An interrupted batch of certificates can be resumed from the Documents tab of a case.</source>
        <translation>Opne kandidaten eller saka for å gjenopprette dei ulagra endringane. Ei avbroten køyring med kompetansebevis kan du halde fram med frå fana «Dokument» i ei sak.</translation>
    </message>
</context>
<context>
    <name>EraseCandidateDialog</name>
    <message>
        <source>Erase or anonymise a candidate</source>
        <translation>Slett eller anonymiser ein kandidat</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (candidate %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (kandidat %2)</translation>
    </message>
    <message>
        <source>The register holds: %1.</source>
        <translation>Registeret inneheld: %1.</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Saker: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Erase: delete the candidate and &amp;everything about them</source>
        <translation>Slett: fjern kandidaten og alt om &amp;vedkomande</translation>
    </message>
    <message>
        <source>Anonymise: remove the &amp;person, keep the case record</source>
        <translation>Anonymiser: fjern &amp;personen, behald saka i registeret</translation>
    </message>
    <message>
        <source>The name becomes “Anonymisert kandidat”; the ID number, birth date, contact data, employers, notes, reasons, attachments and the issued PDFs go. The standard, judgements, dates, result and the issued documents&apos; numbers and checksums stay.</source>
        <translation>Namnet blir «Anonymisert kandidat»; ID-nummeret, fødselsdatoen, kontaktopplysningane, arbeidsgjevarane, notata, grunngjevingane, vedlegga og dei utferda PDF-ane blir fjerna. Standarden, vurderingane, datoane, resultatet og nummera og sjekksummane til dei utferda dokumenta blir verande.</translation>
    </message>
    <message>
        <source>It cannot be erased before then; anonymise instead.</source>
        <translation>Kandidaten kan ikkje slettast før då; anonymiser i staden.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>e.g. the candidate&apos;s request of 3 March</source>
        <translation>t.d. førespurnaden frå kandidaten 3. mars</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the log; do not write the candidate&apos;s name):</source>
        <translation>G&amp;runngjeving (blir lagra i loggen; ikkje skriv namnet på kandidaten):</translation>
    </message>
    <message>
        <source>I understand that this cannot be &amp;undone</source>
        <translation>Stadfest at dette ikkje kan &amp;angrast</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Erasing and anonymising need the administrator or approver role; %1 has neither. Ask an administrator or an approver.</source>
        <translation>Sletting og anonymisering krev rolla administrator eller godkjennar; %1 har ingen av dei. Spør ein administrator eller ein godkjennar.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>Give the reason and tick the confirmation first.</source>
        <translation>Skriv grunngjevinga og kryss av for stadfestinga først.</translation>
    </message>
</context>
<context>
    <name>EvaluationLinesModel</name>
    <message>
        <source>met</source>
        <translation>oppfylt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>ikkje oppfylt</translation>
    </message>
    <message>
        <source>information</source>
        <translation>informasjon</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Link evidence to %1</source>
        <translation>Knyt dokumentasjon til %1</translation>
    </message>
    <message>
        <source>Evidence from the candidate&apos;s history</source>
        <translation>Dokumentasjon frå historikken til kandidaten</translation>
    </message>
    <message>
        <source>&amp;Tick the evidence that shows this outcome (Space ticks):</source>
        <translation>&amp;Kryss av for dokumentasjonen som viser dette læringsutbyttet (mellomrom kryssar av):</translation>
    </message>
    <message>
        <source>Everything in the candidate&apos;s history is linked already, or the history is empty. Add periods, files, exams or courses on the candidate&apos;s page.</source>
        <translation>Alt i historikken til kandidaten er allereie knytt til, eller historikken er tom. Legg til periodar, filer, eksamenar eller kurs på sida til kandidaten.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>K&amp;nyt til</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagd til</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Omsett</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2…</source>
        <translation>%1, SHA-256 %2…</translation>
    </message>
    <message>
        <source>Checked against the original document</source>
        <translation>Kontrollert mot originaldokumentet</translation>
    </message>
    <message>
        <source>A certified translation is attached</source>
        <translation>Ei autorisert omsetjing er lagd ved</translation>
    </message>
</context>
<context>
    <name>EvidenceWidget</name>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Legg ved fil…</translation>
    </message>
    <message>
        <source>Attach scanned documents or pictures (Ctrl+O). You can also drop files onto this page.</source>
        <translation>Legg ved skanna dokument eller bilete (Ctrl+O). Du kan òg sleppe filer på denne sida.</translation>
    </message>
    <message>
        <source>Kind of the files to attach</source>
        <translation>Type for filene som skal leggjast ved</translation>
    </message>
    <message>
        <source>Period the files to attach belong to</source>
        <translation>Perioden filene som skal leggjast ved, høyrer til</translation>
    </message>
    <message>
        <source>a&amp;s</source>
        <translation>so&amp;m</translation>
    </message>
    <message>
        <source>fo&amp;r</source>
        <translation>fo&amp;r</translation>
    </message>
    <message>
        <source>or drop files here</source>
        <translation>eller slepp filer her</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Dokumentasjonsfiler</translation>
    </message>
    <message>
        <source>Selected file</source>
        <translation>Vald fil</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Dokumenttype</translation>
    </message>
    <message>
        <source>Period the document belongs to</source>
        <translation>Perioden dokumentet høyrer til</translation>
    </message>
    <message>
        <source>&amp;Verified against the original</source>
        <translation>&amp;Kontrollert mot originalen</translation>
    </message>
    <message>
        <source>&amp;Translated</source>
        <translation>&amp;Omsett</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Op&amp;ne</translation>
    </message>
    <message>
        <source>Open a copy of the file (Enter)</source>
        <translation>Opne ein kopi av fila (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>Remove the file from this candidate (Del)</source>
        <translation>Fjern fila frå denne kandidaten (Del)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Save the candidate first; then files can be attached.</source>
        <translation>Lagre kandidaten først; deretter kan filer leggjast ved.</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Legg ved dokumentasjonsfiler</translation>
    </message>
    <message>
        <source>Documents and pictures (%1);;All files (*)</source>
        <translation>Dokument og bilete (%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2.</source>
        <translation>«%1» kan ikkje lesast: %2.</translation>
    </message>
    <message>
        <source>1 file attached.</source>
        <translation>1 fil lagd ved.</translation>
    </message>
    <message>
        <source>%1 files attached.</source>
        <translation>%1 filer lagde ved.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was already attached to this candidate.</source>
        <translation>«%1» var allereie lagd ved for denne kandidaten.</translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation>Ikkje lagt ved:</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached; %1 web link(s) were ignored.</source>
        <translation>Berre filer på denne datamaskina kan leggjast ved; talet på nettlenkjer som vart ignorerte: %1.</translation>
    </message>
    <message>
        <source>(no period)</source>
        <translation>(ingen periode)</translation>
    </message>
    <message>
        <source>A copy for viewing could not be made: %1. Check free disk space.</source>
        <translation>Kunne ikkje lage ein kopi for vising: %1. Sjekk ledig diskplass.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. The copy is in %1.</source>
        <translation>Ingen program på denne datamaskina kan opne denne filtypen. Kopien ligg i %1.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this candidate?

The record is deleted, and the stored copy of the file too unless another candidate has the same file attached. This cannot be undone.</source>
        <translation>Fjerne «%1» frå denne kandidaten?

Oppføringa blir sletta, og den lagra kopien av fila òg, med mindre ein annan kandidat har same fila lagd ved. Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Fjern fil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; removed.</source>
        <translation>«%1» er fjerna.</translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message>
        <source>Edit exam</source>
        <translation>Rediger eksamen</translation>
    </message>
    <message>
        <source>Add exam</source>
        <translation>Legg til eksamen</translation>
    </message>
    <message>
        <source>Exam code</source>
        <translation>Eksamenskode</translation>
    </message>
    <message>
        <source>e.g. TMF3102</source>
        <translation>t.d. TMF3102</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Eksamensdato</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>&amp;Bestått</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultat:</translation>
    </message>
</context>
<context>
    <name>ExamTableModel</name>
    <message>
        <source>Exam code</source>
        <translation>Eksamenskode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
</context>
<context>
    <name>ExportPersonalDataDialog</name>
    <message>
        <source>Export personal data</source>
        <translation>Eksporter personopplysningar</translation>
    </message>
    <message>
        <source>Everything rpl-desktop holds about %1 — register data, work and learning history, cases with judgements and results, attachments and issued documents — in one zip file with a short README. Use it to answer a request for access (GDPR art. 15) or to give the candidate their data (art. 20).</source>
        <translation>Alt rpl-desktop har om %1 — registeropplysningar, arbeids- og læringshistorikk, saker med vurderingar og resultat, vedlegg og utferda dokument — i éi zip-fil med ein kort README. Bruk fila til å svare på eit innsynskrav (GDPR art. 15) eller til å gje kandidaten opplysningane sine (art. 20).</translation>
    </message>
    <message>
        <source>Save personal data as</source>
        <translation>Lagre personopplysningane som</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Zip-filer (*.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file holds national ID numbers and attachments. Encrypt it when it leaves the office, and give the passphrase to the candidate another way than the file (by phone or text message).</source>
        <translation>Fila inneheld ID-nummer og vedlegg. Krypter henne når ho blir send ut frå kontoret, og gje passfrasen til kandidaten på ein annan måte enn fila (på telefon eller SMS).</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Vel fila som skal skrivast.</translation>
    </message>
</context>
<context>
    <name>FirstUserDialog</name>
    <message>
        <source>The first user – rpl-desktop</source>
        <translation>Den første brukaren – rpl-desktop</translation>
    </message>
    <message>
        <source>You are the first user of this data. You will be its administrator, and caseworker and approver as well; you can add colleagues under Settings.</source>
        <translation>Du er den første brukaren av desse dataa. Du blir administrator, og i tillegg sakshandsamar og godkjennar; du kan leggje til kollegaer under Innstillingar.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullt &amp;namn:</translation>
    </message>
    <message>
        <source>Give a user name: a short name without spaces.</source>
        <translation>Skriv eit brukarnamn: eit kort namn utan mellomrom.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kvifor</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who is assessing?</source>
        <translation>Kven vurderer?</translation>
    </message>
    <message>
        <source>The office records your name and role with each of your judgements; they appear in the case and in its history.</source>
        <translation>Kontoret registrerer namnet og rolla di saman med kvar vurdering du gjer; dei blir viste i saka og i historikken til saka.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. fagkonsulent or yrkesbedömare</source>
        <translation>t.d. fagkonsulent eller yrkesbedömare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
</context>
<context>
    <name>ImportResponseDialog</name>
    <message>
        <source>Import the assessor&apos;s judgements</source>
        <translation>Importer vurderingane frå vurderaren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted with the passphrase you chose when you sent the package.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; er kryptert med passfrasen du valde då du sende pakken.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Kontroller fila</translation>
    </message>
    <message>
        <source>The assessor&apos;s judgements</source>
        <translation>Vurderingane frå vurderaren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Læringsutbytte</translation>
    </message>
    <message>
        <source>Office now</source>
        <translation>Kontoret no</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Vurderar</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>This response belongs to case %1, not to the case open here. Open case %1 and import it there.</source>
        <translation>Dette svaret høyrer til sak %1, ikkje til saka som er open her. Opne sak %1 og importer svaret der.</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;, finished %2, for case %3.</source>
        <translation>Frå &lt;b&gt;%1&lt;/b&gt;, fullført %2, for sak %3.</translation>
    </message>
    <message>
        <source>Left open by the assessor: %1.</source>
        <translation>Vurderaren let desse stå opne: %1.</translation>
    </message>
    <message>
        <source>%1 — changed after the package was sent</source>
        <translation>%1 — endra etter at pakken vart send</translation>
    </message>
    <message>
        <source>What to use for %1</source>
        <translation>Kva som skal brukast for %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vel…</translation>
    </message>
    <message>
        <source>Keep the office&apos;s</source>
        <translation>Behald vurderinga til kontoret</translation>
    </message>
    <message>
        <source>Take the assessor&apos;s</source>
        <translation>Ta vurderinga til vurderaren</translation>
    </message>
    <message>
        <source>The office changed %1 after the package was sent: choose for each whether to keep the office&apos;s judgement or take the assessor&apos;s.</source>
        <translation>Kontoret endra %1 etter at pakken vart send: vel for kvart læringsutbytte om vurderinga til kontoret skal behaldast, eller om vurderinga til vurderaren skal brukast.</translation>
    </message>
    <message>
        <source>Importing records the assessor&apos;s name with each judgement; nothing you keep is changed.</source>
        <translation>Importen registrerer namnet på vurderaren saman med kvar vurdering; ingenting du beheld, blir endra.</translation>
    </message>
</context>
<context>
    <name>InterviewGuideWidget</name>
    <message>
        <source>Language of the questions</source>
        <translation>Språket i spørsmåla</translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation>&amp;Språk for spørsmåla:</translation>
    </message>
    <message>
        <source>Questions for the outcomes not yet judged met. Notes are saved as you type and appear in the mapping matrix.</source>
        <translation>Spørsmål til læringsutbytta som enno ikkje er vurderte som oppfylte. Notata blir lagra medan du skriv, og blir viste i kartleggingsmatrisa.</translation>
    </message>
    <message>
        <source>Interview notes for outcome %1</source>
        <translation>Intervjunotat for læringsutbytte %1</translation>
    </message>
    <message>
        <source>Every outcome is judged met: there is nothing left to ask.</source>
        <translation>Alle læringsutbytta er vurderte som oppfylte: det er ikkje noko meir å spørje om.</translation>
    </message>
    <message>
        <source>Notes for %1</source>
        <translation>Notat for %1</translation>
    </message>
    <message>
        <source>Notes from the conversation</source>
        <translation>Notat frå samtalen</translation>
    </message>
    <message>
        <source>&amp;Compare with theirs…</source>
        <translation>Sa&amp;manlikn med deira…</translation>
    </message>
    <message>
        <source>Show their notes next to yours and choose what to keep, or combine both</source>
        <translation>Vis notata deira ved sida av dine og vel kva som skal behaldast, eller kombiner begge</translation>
    </message>
    <message>
        <source>Compare the notes for %1 with theirs</source>
        <translation>Samanlikn notata for %1 med deira</translation>
    </message>
    <message>
        <source>Saved in the matrix.</source>
        <translation>Lagra i matrisa.</translation>
    </message>
    <message>
        <source>Saved in the matrix, merged with their notes.</source>
        <translation>Lagra i matrisa, slått saman med notata deira.</translation>
    </message>
    <message>
        <source>Your notes were dropped; these are the notes saved last.</source>
        <translation>Notata dine vart forkasta; dette er notata som sist vart lagra.</translation>
    </message>
    <message>
        <source>Your notes stay in the box and are not saved until you compare them with theirs.</source>
        <translation>Notata dine blir verande i feltet og blir ikkje lagra før du har samanlikna dei med deira.</translation>
    </message>
    <message>
        <source>Saving when you pause…</source>
        <translation>Lagrar når du tek ein pause…</translation>
    </message>
</context>
<context>
    <name>JudgementInputs</name>
    <message>
        <source>Methods used</source>
        <translation>Metodar som er brukte</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>D&amp;ialogue / interview</source>
        <translation>&amp;Samtale / intervju</translation>
    </message>
    <message>
        <source>P&amp;ractical test</source>
        <translation>&amp;Praktisk prøve</translation>
    </message>
    <message>
        <source>T&amp;heory test</source>
        <translation>&amp;Teoriprøve</translation>
    </message>
    <message>
        <source>&amp;Third-party statement</source>
        <translation>Fråsegn frå t&amp;redjepart</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>&amp;Oppfylt</translation>
    </message>
    <message>
        <source>Partl&amp;y met</source>
        <translation>Del&amp;vis oppfylt</translation>
    </message>
    <message>
        <source>N&amp;ot met</source>
        <translation>&amp;Ikkje oppfylt</translation>
    </message>
    <message>
        <source>Not &amp;assessed</source>
        <translation>Ikkje vurd&amp;ert</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>Nordsamisk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Seksjonar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidatar</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Opening the register…</source>
        <translation>Opnar registeret…</translation>
    </message>
    <message>
        <source>Co&amp;mpetence map</source>
        <translation>Ko&amp;mpetansekart</translation>
    </message>
    <message>
        <source>The selected candidate&apos;s history against several targets side by side</source>
        <translation>Historikken til den valde kandidaten mot fleire mål side om side</translation>
    </message>
    <message>
        <source>New case for candidate…</source>
        <translation>Ny sak for kandidaten…</translation>
    </message>
    <message>
        <source>← &amp;Back to the candidate</source>
        <translation>← Til&amp;bake til kandidaten</translation>
    </message>
    <message>
        <source>Select a candidate first.</source>
        <translation>Vel ein kandidat først.</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Organisasjonsprofil</translation>
    </message>
    <message>
        <source>&amp;Edit organisation profile…</source>
        <translation>&amp;Rediger organisasjonsprofil…</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Opne &amp;datamappe</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Loggar:</translation>
    </message>
    <message>
        <source>Open lo&amp;g folder</source>
        <translation>Opne &amp;loggmappe</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Case handling</source>
        <translation>Sakshandsaming</translation>
    </message>
    <message>
        <source>Case number pattern</source>
        <translation>Mønster for saksnummer</translation>
    </message>
    <message>
        <source>{yy} or {yyyy} is the year, {seq:05} the running number with five digits: {yy}/{seq:05} gives 25/01234.</source>
        <translation>{yy} eller {yyyy} er året, {seq:05} er løpenummeret med fem siffer: {yy}/{seq:05} gjev 25/01234.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Evidence counts as current for</source>
        <translation>Dokumentasjon blir rekna som aktuell i</translation>
    </message>
    <message>
        <source>Praksis rule profile of this office</source>
        <translation>Regelprofilen for praksis ved kontoret</translation>
    </message>
    <message>
        <source>The county rules the practice-time calculator uses for new calculations. Each case records the profile and version it was computed with.</source>
        <translation>Reglane til fylket som praksiskalkulatoren brukar i nye utrekningar. Kvar sak lagrar kva profil og versjon ho vart rekna ut med.</translation>
    </message>
    <message>
        <source>Save case settings</source>
        <translation>Lagre innstillingar for saker</translation>
    </message>
    <message>
        <source>Case number pattern:</source>
        <translation>Mønster for saksnummer:</translation>
    </message>
    <message>
        <source>Evidence is current for:</source>
        <translation>Dokumentasjon er aktuell i:</translation>
    </message>
    <message>
        <source>Praksis rule profile:</source>
        <translation>Regelprofil for praksis:</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Brukarar og roller</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Språk i brukargrensesnittet</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>The language applies the next time rpl-desktop starts.</source>
        <translation>Språket blir teke i bruk neste gong rpl-desktop startar.</translation>
    </message>
    <message>
        <source>The environment variable %1 is set and takes precedence.</source>
        <translation>Miljøvariabelen %1 er sett og går føre.</translation>
    </message>
    <message>
        <source>No organisation profile yet: documents cannot be issued. Set it up in Settings.</source>
        <translation>Ingen organisasjonsprofil enno: dokument kan ikkje utferdast. Set han opp under Innstillingar.</translation>
    </message>
    <message>
        <source>Set up now…</source>
        <translation>Set opp no…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New candidate</source>
        <translation>&amp;Ny kandidat</translation>
    </message>
    <message>
        <source>Open &amp;assessor package…</source>
        <translation>Opne &amp;vurderingspakke…</translation>
    </message>
    <message>
        <source>For an external assessor: judge the outcomes of a package an office sent you</source>
        <translation>For ekstern vurderar: vurder læringsutbytta i ein pakke som eit kontor har sendt deg</translation>
    </message>
    <message>
        <source>&amp;Take cases offline…</source>
        <translation>Sjekk &amp;ut saker…</translation>
    </message>
    <message>
        <source>Write cases to an encrypted file for a laptop (or, on the laptop, the file that goes back)</source>
        <translation>Skriv saker til ei kryptert fil for ein berbar datamaskin (eller, på den berbare datamaskinen, fila som skal tilbake)</translation>
    </message>
    <message>
        <source>&amp;Bring cases back…</source>
        <translation>Sj&amp;ekk inn saker…</translation>
    </message>
    <message>
        <source>Read an offline case file: see what changed on both sides and decide before anything is saved</source>
        <translation>Les ei saksfil for arbeid utan nett: sjå kva som er endra på begge sider, og avgjer før noko blir lagra</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Saker</translation>
    </message>
    <message>
        <source>C&amp;andidates</source>
        <translation>&amp;Kandidatar</translation>
    </message>
    <message>
        <source>Ca&amp;talogue</source>
        <translation>Ka&amp;talog</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillingar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About rpl-desktop</source>
        <translation>&amp;Om rpl-desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datamappe: %1</translation>
    </message>
    <message>
        <source>Database: %1 on %2</source>
        <translation>Database: %1 på %2</translation>
    </message>
    <message>
        <source>Not set up yet. Documents (decisions, certificates) need the organisation&apos;s name, number and signers.</source>
        <translation>Ikkje sett opp enno. Dokument (vedtak, kompetansebevis) treng namnet, nummeret og underskrivarane til organisasjonen.</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noreg</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Organisation number: %1</source>
        <translation>Organisasjonsnummer: %1</translation>
    </message>
    <message>
        <source>Signers: %1</source>
        <translation>Underskrivarar: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen enno</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagra.</translation>
    </message>
    <message>
        <source>About rpl-desktop</source>
        <translation>Om rpl-desktop</translation>
    </message>
    <message>
        <source>rpl-desktop %1</source>
        <translation>rpl-desktop %1</translation>
    </message>
    <message>
        <source>Recognition of prior learning: candidates, work history, mapping, decisions and certificates.

Licence: EUPL-1.2
Python %1, Qt %2</source>
        <translation>Realkompetansevurdering: kandidatar, arbeids- og læringshistorikk, kartlegging, vedtak og kompetansebevis.

Lisens: EUPL-1.2
Python %1, Qt %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <source>The candidate has changes that are not saved.</source>
        <translation>Kandidaten har endringar som ikkje er lagra.</translation>
    </message>
    <message>
        <source>Save them now, discard them, or go back to the candidate?</source>
        <translation>Vil du lagre dei no, forkaste dei eller gå tilbake til kandidaten?</translation>
    </message>
</context>
<context>
    <name>MatrixLabels</name>
    <message>
        <source>Met</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Delvis oppfylt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Ikkje oppfylt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ikkje vurdert</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Dialogue / interview</source>
        <translation>Samtale / intervju</translation>
    </message>
    <message>
        <source>Practical test</source>
        <translation>Praktisk prøve</translation>
    </message>
    <message>
        <source>Theory test</source>
        <translation>Teoriprøve</translation>
    </message>
    <message>
        <source>Third-party statement</source>
        <translation>Fråsegn frå tredjepart</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Dok.</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>Praktisk</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Teori</translation>
    </message>
    <message>
        <source>3rd party</source>
        <translation>Tredjepart</translation>
    </message>
    <message>
        <source>Work period</source>
        <translation>Arbeidsperiode</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Eksamen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Prøveresultat</translation>
    </message>
    <message>
        <source>Knowledge (K)</source>
        <translation>Kunnskap (K)</translation>
    </message>
    <message>
        <source>Knowledge (kunskaper)</source>
        <translation>Kunnskap (kunskaper)</translation>
    </message>
    <message>
        <source>Skills (F)</source>
        <translation>Ferdigheiter (F)</translation>
    </message>
    <message>
        <source>Skills (färdigheter)</source>
        <translation>Ferdigheiter (färdigheter)</translation>
    </message>
    <message>
        <source>General competence (GK)</source>
        <translation>Generell kompetanse (GK)</translation>
    </message>
    <message>
        <source>Responsibility and autonomy</source>
        <translation>Ansvar og sjølvstende</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Sufficient</source>
        <translation>Tilstrekkeleg</translation>
    </message>
    <message>
        <source>Authentic</source>
        <translation>Autentisk</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>oppfylt</translation>
    </message>
    <message>
        <source>check</source>
        <translation>sjekk</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manglar</translation>
    </message>
    <message>
        <source>Some evidence is from the last %1 years, or was seen directly.</source>
        <translation>Noko av dokumentasjonen er frå dei siste %1 åra, eller er observert direkte.</translation>
    </message>
    <message>
        <source>All evidence is older than %1 years.</source>
        <translation>All dokumentasjon er eldre enn %1 år.</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>Ingen dokumentasjon enno.</translation>
    </message>
    <message>
        <source>Not only the candidate&apos;s own statements.</source>
        <translation>Ikkje berre kandidaten sine eigne utsegner.</translation>
    </message>
    <message>
        <source>Only the candidate&apos;s own statements so far.</source>
        <translation>Så langt berre kandidaten sine eigne utsegner.</translation>
    </message>
    <message>
        <source>A signed or verified attest, an exam, or seen directly.</source>
        <translation>Ein signert eller verifisert attest, ein eksamen, eller observert direkte.</translation>
    </message>
    <message>
        <source>Nothing signed or verified yet.</source>
        <translation>Ingenting signert eller verifisert enno.</translation>
    </message>
    <message>
        <source>The method fits this kind of outcome.</source>
        <translation>Metoden passar for denne typen læringsutbytte.</translation>
    </message>
    <message>
        <source>The method does not fit this kind of outcome (documents alone are not enough).</source>
        <translation>Metoden passar ikkje for denne typen læringsutbytte (dokument åleine er ikkje nok).</translation>
    </message>
    <message>
        <source>No assessment method recorded.</source>
        <translation>Ingen vurderingsmetode er registrert.</translation>
    </message>
    <message>
        <source>Suggested from the history: %1 — matches: %2</source>
        <translation>Føreslått frå historikken: %1 — treff: %2</translation>
    </message>
    <message>
        <source>Suggested from the history: %1</source>
        <translation>Føreslått frå historikken: %1</translation>
    </message>
</context>
<context>
    <name>MatrixTreeModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Læringsutbytte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metodar</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Curr.</source>
        <translation>Akt.</translation>
    </message>
    <message>
        <source>Suff.</source>
        <translation>Tilstr.</translation>
    </message>
    <message>
        <source>Auth.</source>
        <translation>Aut.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <source>Sugg.</source>
        <translation>Forsl.</translation>
    </message>
    <message>
        <source>%1: ✓ fulfilled, ! check, – missing</source>
        <translation>%1: ✓ oppfylt, ! sjekk, – manglar</translation>
    </message>
    <message>
        <source>Suggested evidence from the candidate&apos;s history</source>
        <translation>Føreslått dokumentasjon frå historikken til kandidaten</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 met</source>
        <translation>%1 — %2 av %3 oppfylte</translation>
    </message>
    <message>
        <source>%1 evidence item(s) linked</source>
        <translation>%1 dokument knytt til</translation>
    </message>
    <message>
        <source>No method recorded</source>
        <translation>Ingen metode registrert</translation>
    </message>
    <message>
        <source>%1 suggestion(s)</source>
        <translation>%1 forslag</translation>
    </message>
    <message>
        <source>%1, unsaved changes</source>
        <translation>%1, ulagra endringar</translation>
    </message>
    <message>
        <source>Unsaved changes in the editor: select the outcome and save them.</source>
        <translation>Ulagra endringar i redigeringsfeltet: vel læringsutbyttet og lagre dei.</translation>
    </message>
</context>
<context>
    <name>MatrixWidget</name>
    <message>
        <source>Override &amp;with reason…</source>
        <translation>Overstyr &amp;med grunngjeving…</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Læringsutbytte</translation>
    </message>
    <message>
        <source>Group outcomes by</source>
        <translation>Grupper læringsutbytta etter</translation>
    </message>
    <message>
        <source>Kind of outcome (K / F / GK)</source>
        <translation>Type læringsutbytte (K / F / GK)</translation>
    </message>
    <message>
        <source>Area or emne</source>
        <translation>Område eller emne</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>Gr&amp;upper etter:</translation>
    </message>
    <message>
        <source>Rules of evidence: ✓ fulfilled   ! check   – missing   (✎ unsaved)</source>
        <translation>Krav til dokumentasjonen: ✓ oppfylt   ! sjekk   – manglar   (✎ ulagra)</translation>
    </message>
    <message>
        <source>Current: evidence from recent years. Sufficient: not only the candidate&apos;s own word. Authentic: signed, verified or seen directly. Valid: the method fits the outcome.</source>
        <translation>Aktuell: dokumentasjon frå dei seinare åra. Tilstrekkeleg: ikkje berre kandidaten sine eigne utsegner. Autentisk: signert, verifisert eller observert direkte. Gyldig: metoden passar til læringsutbyttet.</translation>
    </message>
    <message>
        <source>Choose an outcome in the list to see its evidence and judge it.</source>
        <translation>Vel eit læringsutbytte i lista for å sjå dokumentasjonen og vurdere det.</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Tilknytt dokumentasjon</translation>
    </message>
    <message>
        <source>No evidence linked yet.</source>
        <translation>Ingen dokumentasjon er knytt til enno.</translation>
    </message>
    <message>
        <source>&amp;Link evidence…</source>
        <translation>&amp;Knyt til dokumentasjon…</translation>
    </message>
    <message>
        <source>Choose from the candidate&apos;s history (Ctrl+L)</source>
        <translation>Vel frå historikken til kandidaten (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Fjern tilknyting</translation>
    </message>
    <message>
        <source>Remove the selected evidence from this outcome (Delete)</source>
        <translation>Fjern den valde dokumentasjonen frå dette læringsutbyttet (Delete)</translation>
    </message>
    <message>
        <source>Suggestions from the history</source>
        <translation>Forslag frå historikken</translation>
    </message>
    <message>
        <source>Found by matching words. Accepting links the evidence; it does not judge the outcome.</source>
        <translation>Funne ved å samanlikne ord. Å godta knyter dokumentasjonen til læringsutbyttet; det vurderer ikkje læringsutbyttet.</translation>
    </message>
    <message>
        <source>Suggested evidence</source>
        <translation>Føreslått dokumentasjon</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Methods:</source>
        <translation>Metodar:</translation>
    </message>
    <message>
        <source>Judgement:</source>
        <translation>Vurdering:</translation>
    </message>
    <message>
        <source>Reason for the judgement</source>
        <translation>Grunngjeving for vurderinga</translation>
    </message>
    <message>
        <source>What in the evidence shows it</source>
        <translation>Kva i dokumentasjonen som viser det</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Grunngjeving:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Interview notes and the like (not shown in the decision)</source>
        <translation>Intervjunotat og liknande (blir ikkje viste i vedtaket)</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the judgement of this outcome (Ctrl+S)</source>
        <translation>Lagre vurderinga av dette læringsutbyttet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Tilb&amp;akestill</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes of this outcome</source>
        <translation>Forkast dei ulagra endringane for dette læringsutbyttet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <source>The case is issued or closed: its judgements can no longer change.</source>
        <translation>Saka er utferda eller avslutta: vurderingane kan ikkje lenger endrast.</translation>
    </message>
    <message>
        <source>Unsaved judgements restored for %1 outcome(s) (marked in the list). Save each to keep it.</source>
        <translation>Ulagra vurderingar er gjenoppretta for %1 læringsutbytte (merkte i lista). Lagre kvart av dei for å behalde det.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagra.</translation>
    </message>
    <message>
        <source>Outcome %1 in case %2</source>
        <translation>Læringsutbytte %1 i sak %2</translation>
    </message>
    <message>
        <source>Your changes were dropped; this is the judgement saved last.</source>
        <translation>Endringane dine vart forkasta; dette er vurderinga som sist vart lagra.</translation>
    </message>
    <message>
        <source>the judgements of case %1</source>
        <translation>vurderingane i sak %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <source>Accept suggestion: %1</source>
        <translation>Godta forslag: %1</translation>
    </message>
    <message>
        <source>Link this evidence to the outcome; the judgement stays yours</source>
        <translation>Knyt denne dokumentasjonen til læringsutbyttet; vurderinga er framleis di</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Ignore suggestion: %1</source>
        <translation>Ignorer forslag: %1</translation>
    </message>
    <message>
        <source>Hide this suggestion until the case is opened again</source>
        <translation>Skjul dette forslaget til saka blir opna igjen</translation>
    </message>
    <message>
        <source>Rules of evidence</source>
        <translation>Krav til dokumentasjonen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judged on documents alone:&lt;/b&gt; %1. A decision cannot rest on documents alone (Udir: hardly forsvarlig). Add a dialogue or a practical test, or record why the documents are enough.</source>
        <translation>&lt;b&gt;Vurdert berre på grunnlag av dokument:&lt;/b&gt; %1. Eit vedtak kan ikkje byggje på dokument åleine (Udir: neppe forsvarleg). Legg til ein samtale eller ei praktisk prøve, eller registrer kvifor dokumenta er nok.</translation>
    </message>
    <message>
        <source>Documents alone accepted for %1, because: %2</source>
        <translation>Dokument åleine godtekne for %1, fordi: %2</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Type a name, ID number or case number</source>
        <translation>Skriv namn, ID-nummer eller saksnummer</translation>
    </message>
    <message>
        <source>Search candidate</source>
        <translation>Søk etter kandidat</translation>
    </message>
    <message>
        <source>Matching candidates</source>
        <translation>Kandidatar som passar</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>Target standard</source>
        <translation>Målstandard</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Føremål</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Føremål:</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sakshandsamar</translation>
    </message>
    <message>
        <source>Name of the caseworker</source>
        <translation>Namnet på sakshandsamaren</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Saks&amp;handsamar:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>F&amp;rist:</translation>
    </message>
    <message>
        <source>Their reference (Deres ref.)</source>
        <translation>Dykkar referanse (Dykkar ref.)</translation>
    </message>
    <message>
        <source>Deres &amp;ref.:</source>
        <translation>D&amp;ykkar ref.:</translation>
    </message>
    <message>
        <source>Language of the case</source>
        <translation>Språket i saka</translation>
    </message>
    <message>
        <source>The candidate&apos;s language (målform)</source>
        <translation>Målforma til kandidaten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The next in the series %1 (like %2), given when the case is created.</source>
        <translation>Neste nummer i serien %1 (som %2), blir tildelt når saka blir oppretta.</translation>
    </message>
    <message>
        <source>Given when the case is created (pattern %1).</source>
        <translation>Blir tildelt når saka blir oppretta (mønster %1).</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Saksnummer:</translation>
    </message>
    <message>
        <source>Create &amp;case</source>
        <translation>&amp;Opprett sak</translation>
    </message>
    <message>
        <source>Choose the candidate from the list (search by name).</source>
        <translation>Vel kandidaten i lista (søk på namn).</translation>
    </message>
    <message>
        <source>Choose the target standard.</source>
        <translation>Vel målstandarden.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>fødd %1</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (eksempel)</translation>
    </message>
    <message>
        <source>%1, version %2; %3 outcomes</source>
        <translation>%1, versjon %2; %3 læringsutbytte</translation>
    </message>
    <message>
        <source>Sample written for trying the program.</source>
        <translation>Eksempel laga for å prøve programmet.</translation>
    </message>
    <message>
        <source>Choose the target standard</source>
        <translation>Vel målstandarden</translation>
    </message>
    <message>
        <source>The catalogue is empty: import standards first.</source>
        <translation>Katalogen er tom: importer standardar først.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Protect the data with a passphrase</source>
        <translation>Vern dataa med ein passfrase</translation>
    </message>
    <message>
        <source>Encrypt the data</source>
        <translation>Krypter dataa</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Endre passfrasen</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Passfrase for sikkerheitskopien</translation>
    </message>
    <message>
        <source>rpl-desktop keeps national ID numbers, work histories and attests. Choose a passphrase: the database and the evidence files are encrypted with it, so a lost or stolen computer reveals nothing. You need it each time the program starts, unless this computer remembers it.</source>
        <translation>rpl-desktop lagrar ID-nummer, arbeidshistorikk og attestar. Vel ein passfrase: databasen og dokumentasjonsfilene blir krypterte med han, så ein tapt eller stolen datamaskin avslører ingenting. Du treng han kvar gong programmet startar, med mindre denne datamaskinen hugsar han.</translation>
    </message>
    <message>
        <source>The database and the evidence files will be encrypted with this passphrase. Unencrypted copies are removed afterwards. You need the passphrase each time the program starts, unless this computer remembers it.</source>
        <translation>Databasen og dokumentasjonsfilene blir krypterte med denne passfrasen. Ukrypterte kopiar blir fjerna etterpå. Du treng passfrasen kvar gong programmet startar, med mindre denne datamaskinen hugsar han.</translation>
    </message>
    <message>
        <source>Enter the current passphrase, then the new one twice. The data is re-encrypted with the new passphrase; the old one stops working. Backups made earlier keep the passphrase they were made with.</source>
        <translation>Skriv inn den gjeldande passfrasen, og så den nye to gonger. Dataa blir krypterte på nytt med den nye passfrasen; den gamle sluttar å verke. Sikkerheitskopiar som er tekne tidlegare, har framleis den passfrasen dei vart tekne med.</translation>
    </message>
    <message>
        <source>The data on this computer is not encrypted, but a backup always is. Choose a passphrase for the backup and keep it safe: without it the backup cannot be restored.</source>
        <translation>Dataa på denne datamaskinen er ikkje krypterte, men ein sikkerheitskopi er alltid det. Vel ein passfrase for sikkerheitskopien og ta godt vare på han: utan han kan ikkje sikkerheitskopien gjenopprettast.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Gjeldande passfrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny passfrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ny passfrase ein gong til</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess, for example “blue kettle, seven gulls”.</source>
        <translation>Minst %1 teikn. Nokre ord som ikkje har med kvarandre å gjere, er lette å hugse og vanskelege å gjette, til dømes «blå kjele, sju måsar».</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Styrken til passfrasen</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Vis passfrasen</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (OS keyring)</source>
        <translation>&amp;Hugs på denne datamaskinen (nøkkelringen i operativsystemet)</translation>
    </message>
    <message>
        <source>The passphrase is kept in the password store of your user account; the program then starts without asking. Anyone who can sign in as you can then open the data.</source>
        <translation>Passfrasen blir lagra i passordlageret til brukarkontoen din; programmet startar då utan å spørje. Alle som kan logge inn som deg, kan då opne dataa.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that rpl-desktop can use, so the passphrase cannot be remembered: you will type it at each start.</source>
        <translation>Denne datamaskinen har ikkje noko passordlager (nøkkelring) som rpl-desktop kan bruke, så passfrasen kan ikkje hugsast: du må skrive han kvar gong programmet startar.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Gjeldande passfrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny passfrase:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Ein gong &amp;til:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrke:</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Krypter</translation>
    </message>
    <message>
        <source>&amp;Encrypt now</source>
        <translation>&amp;Krypter no</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Endre passfrasen</translation>
    </message>
    <message>
        <source>&amp;Use this passphrase</source>
        <translation>&amp;Bruk denne passfrasen</translation>
    </message>
    <message>
        <source>Continue &amp;without encryption</source>
        <translation>Hald fram &amp;utan kryptering</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>(type a passphrase)</source>
        <translation>(skriv ein passfrase)</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters</source>
        <translation>For kort: %1 av minst %2 teikn</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words.</source>
        <translation>Svak: lett å gjette. Legg til fleire ord.</translation>
    </message>
    <message>
        <source>Fair: a word or two more would help.</source>
        <translation>Middels: eitt eller to ord til ville hjelpe.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>God</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Skriv inn ein passfrase.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Passfrasen er for kort: bruk minst %1 teikn.</translation>
    </message>
    <message>
        <source>The passphrase contains a control character (such as a tab). Use letters, digits, spaces and punctuation only.</source>
        <translation>Passfrasen inneheld eit kontrollteikn (til dømes tabulator). Bruk berre bokstavar, siffer, mellomrom og skiljeteikn.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same passphrase twice.</source>
        <translation>Dei to passfrasane er ikkje like. Skriv den same passfrasen to gonger.</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Skriv inn den gjeldande passfrasen.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose another.</source>
        <translation>Den nye passfrasen er den same som den gjeldande. Vel ein annan.</translation>
    </message>
</context>
<context>
    <name>OfflineLabels</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>History period</source>
        <translation>Historikkperiode</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Skulegang</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Eksamen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Dokumentasjonsfil</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Tilknytt dokumentasjon</translation>
    </message>
    <message>
        <source>Component result</source>
        <translation>Resultat for delprøve</translation>
    </message>
    <message>
        <source>Validation step</source>
        <translation>Valideringsfase</translation>
    </message>
    <message>
        <source>Workplace sign-off</source>
        <translation>Stadfesting frå arbeidsplassen</translation>
    </message>
    <message>
        <source>Assessor&apos;s signature</source>
        <translation>Underskrifta til vurderaren</translation>
    </message>
    <message>
        <source>Trade hours</source>
        <translation>Timar per fag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeidsgjevar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbeidsoppgåver</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Position %</source>
        <translation>Stillingsprosent</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timar per veke</translation>
    </message>
    <message>
        <source>Confirmed by a third party</source>
        <translation>Stadfesta av tredjepart</translation>
    </message>
    <message>
        <source>Attest issued by</source>
        <translation>Attest utferda av</translation>
    </message>
    <message>
        <source>Attest signed by</source>
        <translation>Attest signert av</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Tittelen til underskrivaren</translation>
    </message>
    <message>
        <source>Attest date</source>
        <translation>Attestdato</translation>
    </message>
    <message>
        <source>On letterhead</source>
        <translation>På brevpapir</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programområde</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>In school</source>
        <translation>I skule</translation>
    </message>
    <message>
        <source>Relevant YFF</source>
        <translation>Relevant YFF</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Eksamensdato</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tilbydar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Omsett</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Føremål</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Vurderar</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Akkreditering</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Utført av</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signert av</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation profile</source>
        <translation>Organisasjonsprofil</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Namnet på organisasjonen</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>9 digits in Norway, 10 in Sweden</source>
        <translation>9 siffer i Noreg, 10 i Sverige</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Type organisasjon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noreg</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Anna land</translation>
    </message>
    <message>
        <source>Country code (two letters)</source>
        <translation>Landkode (to bokstavar)</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. FI</source>
        <translation>Kode på to bokstavar, t.d. FI</translation>
    </message>
    <message>
        <source>Region (fylke or län)</source>
        <translation>Region (fylke eller län)</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Standard dokumentspråk</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadresse</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Underskrivarar</translation>
    </message>
    <message>
        <source>A&amp;dd signer</source>
        <translation>Legg til &amp;underskrivar</translation>
    </message>
    <message>
        <source>Remo&amp;ve signer</source>
        <translation>&amp;Fjern underskrivar</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Organisation n&amp;umber:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Dokumentspråk:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Postadresse:</translation>
    </message>
    <message>
        <source>Si&amp;gners:</source>
        <translation>Under&amp;skrivarar:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>La&amp;gre</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Ikkje no</translation>
    </message>
    <message>
        <source>Welcome. Decisions and certificates carry your organisation&apos;s name, number, address and signers. Fill them in now, or later under Settings; until then no documents can be issued.</source>
        <translation>Velkomen. Vedtak og kompetansebevis viser namnet, nummeret, adressa og underskrivarane til organisasjonen. Fyll dei inn no, eller seinare under Innstillingar; fram til då kan ingen dokument utferdast.</translation>
    </message>
    <message>
        <source>Signer %1: %2</source>
        <translation>Underskrivar %1: %2</translation>
    </message>
    <message>
        <source>Vocational college (fagskole)</source>
        <translation>Fagskule</translation>
    </message>
    <message>
        <source>County authority (fylkeskommune)</source>
        <translation>Fylkeskommune</translation>
    </message>
    <message>
        <source>Municipality (kommune)</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Industry organisation (bransjeorganisasjon)</source>
        <translation>Bransjeorganisasjon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
</context>
<context>
    <name>OutcomeCategory</name>
    <message>
        <source>Kunnskap (knowledge)</source>
        <translation>Kunnskap</translation>
    </message>
    <message>
        <source>Ferdigheter (skills)</source>
        <translation>Ferdigheiter</translation>
    </message>
    <message>
        <source>Generell kompetanse (general competence)</source>
        <translation>Generell kompetanse</translation>
    </message>
    <message>
        <source>Kunskaper (knowledge)</source>
        <translation>Kunskaper (kunnskap)</translation>
    </message>
    <message>
        <source>Färdigheter (skills)</source>
        <translation>Färdigheter (ferdigheiter)</translation>
    </message>
    <message>
        <source>Ansvar och självständighet (responsibility and autonomy)</source>
        <translation>Ansvar och självständighet (ansvar og sjølvstende)</translation>
    </message>
</context>
<context>
    <name>OverrideReasonDialog</name>
    <message>
        <source>Accept a decision on documents alone</source>
        <translation>Godta eit vedtak berre på grunnlag av dokument</translation>
    </message>
    <message>
        <source>These outcomes are judged on documents alone: %1. Udir&apos;s guidance says such an assessment is hardly sound (forsvarlig). Record why the documents are enough here; the reason is kept with the case and shown in the decision.</source>
        <translation>Desse læringsutbytta er vurderte berre på grunnlag av dokument: %1. Ifølgje rettleiinga frå Udir er ei slik vurdering neppe forsvarleg. Registrer her kvifor dokumenta er nok; grunngjevinga blir lagra i saka og vist i vedtaket.</translation>
    </message>
    <message>
        <source>Reason for accepting documents alone</source>
        <translation>Grunngjeving for å godta dokument åleine</translation>
    </message>
    <message>
        <source>&amp;Reason (at least 15 characters):</source>
        <translation>&amp;Grunngjeving (minst 15 teikn):</translation>
    </message>
    <message>
        <source>&amp;Record reason</source>
        <translation>&amp;Registrer grunngjeving</translation>
    </message>
    <message>
        <source>%1 characters.</source>
        <translation>%1 teikn.</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters.</source>
        <translation>%1 av minst %2 teikn.</translation>
    </message>
</context>
<context>
    <name>PackagePassphraseDialog</name>
    <message>
        <source>Open assessor package</source>
        <translation>Opne vurderingspakke</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted. Enter the passphrase the caseworker gave you (by telephone or text message, not with the file).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; er kryptert. Skriv inn passfrasen som sakshandsamaren gav deg (på telefon eller SMS, ikkje saman med fila).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passfrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Vis passfrasen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Opne</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Skriv inn passfrasen.</translation>
    </message>
    <message>
        <source>The passphrase does not open this package. Check it (capital letters, spaces) and try again, or ask the caseworker.</source>
        <translation>Passfrasen opnar ikkje denne pakken. Sjekk han (store bokstavar, mellomrom) og prøv igjen, eller spør sakshandsamaren.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation>Passordet til %1</translation>
    </message>
    <message>
        <source>At least %1 characters. Leave both fields empty to remove the password.</source>
        <translation>Minst %1 teikn. La begge felta stå tomme for å fjerne passordet.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt passord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Dei to passorda er ulike. Skriv det same passordet to gonger.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Edit period</source>
        <translation>Rediger periode</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Legg til periode</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Type periode</translation>
    </message>
    <message>
        <source>Employer or organisation</source>
        <translation>Arbeidsgjevar eller organisasjon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Role or job title</source>
        <translation>Rolle eller stillingstittel</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbeidsoppgåver</translation>
    </message>
    <message>
        <source>What the candidate did, in the attest&apos;s words</source>
        <translation>Kva kandidaten gjorde, med orda frå attesten</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Frå dato</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>O&amp;ngoing</source>
        <translation>&amp;Pågår</translation>
    </message>
    <message>
        <source>Still employed / still going on</source>
        <translation>Framleis tilsett / held framleis fram</translation>
    </message>
    <message>
        <source>&amp;Position %</source>
        <translation>&amp;Stillingsprosent</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>&amp;Timar per veke</translation>
    </message>
    <message>
        <source>Position percent</source>
        <translation>Stillingsprosent</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>t.d. 100</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timar per veke</translation>
    </message>
    <message>
        <source>e.g. 37,5</source>
        <translation>t.d. 37,5</translation>
    </message>
    <message>
        <source>&amp;Confirmed by a third party (employer, NAV, Aa-register)</source>
        <translation>Stadfesta a&amp;v tredjepart (arbeidsgjevar, NAV, Aa-registeret)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Employer / organisation:</source>
        <translation>&amp;Arbeidsgjevar / organisasjon:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>T&amp;asks:</source>
        <translation>Arbeids&amp;oppgåver:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Frå:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <source>E&amp;xtent:</source>
        <translation>O&amp;mfang:</translation>
    </message>
    <message>
        <source>Attest (work certificate)</source>
        <translation>Attest (arbeidsattest)</translation>
    </message>
    <message>
        <source>Attest issued by</source>
        <translation>Attesten er utferda av</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Namnet til underskrivaren</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Tittelen til underskrivaren</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Utferdingsdato</translation>
    </message>
    <message>
        <source>On letterhead or sta&amp;mped</source>
        <translation>På brevpapir eller st&amp;empla</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Utferda av:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>Si&amp;gnert av:</translation>
    </message>
    <message>
        <source>Signer&apos;s tit&amp;le:</source>
        <translation>Tittel til u&amp;nderskrivaren:</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>Utferdings&amp;dato:</translation>
    </message>
    <message>
        <source>An attest must be made out to the candidate and give the period, the position % or hours, and the tasks. Timesheets are not accepted.</source>
        <translation>Ein attest må vere utferda til kandidaten og oppgje perioden, stillingsprosent eller timar, og arbeidsoppgåvene. Timelister blir ikkje godtekne.</translation>
    </message>
    <message>
        <source>Course pro&amp;vider:</source>
        <translation>&amp;Kurstilbydar:</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>Startdato må fyllast ut.</translation>
    </message>
    <message>
        <source>Give the end date, or tick &apos;Ongoing&apos; if the period has not ended.</source>
        <translation>Oppgje sluttdato, eller kryss av for «Pågår» viss perioden ikkje er avslutta.</translation>
    </message>
    <message>
        <source>Write the position % as a number, e.g. 80 or 37,5.</source>
        <translation>Skriv stillingsprosenten som eit tal, t.d. 80 eller 37,5.</translation>
    </message>
    <message>
        <source>Write the hours per week as a number, e.g. 37,5.</source>
        <translation>Skriv timar per veke som eit tal, t.d. 37,5.</translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Employer / organisation</source>
        <translation>Arbeidsgjevar / organisasjon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Stadfesta</translation>
    </message>
    <message>
        <source>Attest</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>%1 h/week</source>
        <translation>%1 t/veke</translation>
    </message>
    <message>
        <source>No attest recorded</source>
        <translation>Ingen attest registrert</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Utferda av: %1</translation>
    </message>
    <message>
        <source>Signed by: %1, %2</source>
        <translation>Signert av: %1, %2</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Ikkje registrert: %1</translation>
    </message>
</context>
<context>
    <name>PeriodTagTableModel</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Fag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>from an employer&apos;s statement</source>
        <translation>frå ein attest frå arbeidsgjevaren</translation>
    </message>
    <message>
        <source>computed from the dates and position percentage (40 hours a full-time week)</source>
        <translation>rekna ut frå datoane og stillingsprosenten (40 timar per veke ved heiltid)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
</context>
<context>
    <name>PersonalDataSettingsBox</name>
    <message>
        <source>Personal data</source>
        <translation>Personopplysningar</translation>
    </message>
    <message>
        <source>How many years a case is kept after its decision was issued (or after it was closed without a decision). After that the candidate appears in the retention report, to be erased or anonymised. The defaults are placeholders: check your county&apos;s bevarings- og kassasjonsregler (no national source was found) and set the periods here.</source>
        <translation>Kor mange år ei sak blir teken vare på etter at vedtaket vart utferda (eller etter at saka vart avslutta utan vedtak). Deretter blir kandidaten vist i rapporten om lagringstid, slik at opplysningane kan slettast eller anonymiserast. Standardverdiane er berre plasshaldarar: sjekk bevarings- og kassasjonsreglane i fylket ditt (ingen nasjonal kjelde vart funnen), og set periodane her.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Only an administrator can change the retention periods.</source>
        <translation>Berre ein administrator kan endre lagringstidene.</translation>
    </message>
    <message>
        <source>Save &amp;periods</source>
        <translation>Lagre &amp;periodane</translation>
    </message>
    <message>
        <source>Retention &amp;report…</source>
        <translation>&amp;Rapport om lagringstid…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagra.</translation>
    </message>
</context>
<context>
    <name>PhaseTableModel</name>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Actor role</source>
        <translation>Rolla til aktøren</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikkje registrert</translation>
    </message>
</context>
<context>
    <name>PraksisContributionTableModel</name>
    <message>
        <source>Employer / school</source>
        <translation>Arbeidsgjevar / skule</translation>
    </message>
    <message>
        <source>Role /
programme</source>
        <translation>Rolle /
programområde</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Counted
as</source>
        <translation>Rekna
som</translation>
    </message>
    <message>
        <source>Calendar
months</source>
        <translation>Kalender-
månader</translation>
    </message>
    <message>
        <source>Credited
months</source>
        <translation>Godskrivne
månader</translation>
    </message>
    <message>
        <source>In the last
%1 years</source>
        <translation>I dei siste
%1 åra</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Nyleg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Positions at or above the full-time threshold count as 100 %.</source>
        <translation>Stillingar på eller over heiltidsgrensa blir rekna som 100 %.</translation>
    </message>
    <message>
        <source>Length of the period in calendar months, whatever the position.</source>
        <translation>Lengda på perioden i kalendermånader, uansett stillingsprosent.</translation>
    </message>
    <message>
        <source>Months that count, after the position percentage and the yearly cap.</source>
        <translation>Månader som tel, etter stillingsprosent og årstak.</translation>
    </message>
    <message>
        <source>At or above the full-time threshold, so counted as full time.</source>
        <translation>På eller over heiltidsgrensa, og difor rekna som heiltid.</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Periode %1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Partly: %1 months</source>
        <translation>Delvis: %1 månader</translation>
    </message>
    <message>
        <source>Not counted: starts after the reference date</source>
        <translation>Ikkje rekna med: startar etter referansedatoen</translation>
    </message>
    <message>
        <source>Ongoing: counted up to the reference date %1</source>
        <translation>Pågår: rekna med fram til referansedatoen %1</translation>
    </message>
    <message>
        <source>Ends after the reference date: counted up to %1</source>
        <translation>Sluttar etter referansedatoen: rekna med fram til %1</translation>
    </message>
    <message>
        <source>%1 months cut by the yearly cap</source>
        <translation>%1 månader avkorta av årstaket</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>Skule: %1</translation>
    </message>
    <message>
        <source>for this trade</source>
        <translation>for dette faget</translation>
    </message>
    <message>
        <source>another programme</source>
        <translation>eit anna programområde</translation>
    </message>
    <message>
        <source>Not passed. %1</source>
        <translation>Ikkje bestått. %1</translation>
    </message>
    <message>
        <source>Vg1</source>
        <translation>Vg1</translation>
    </message>
    <message>
        <source>Vg2</source>
        <translation>Vg2</translation>
    </message>
    <message>
        <source>Vg3</source>
        <translation>Vg3</translation>
    </message>
    <message>
        <source>higher education</source>
        <translation>høgare utdanning</translation>
    </message>
</context>
<context>
    <name>PraksisPanelWidget</name>
    <message>
        <source>Practice-time calculation</source>
        <translation>Utrekning av praksistid</translation>
    </message>
    <message>
        <source>Practice time</source>
        <translation>Praksistid</translation>
    </message>
    <message>
        <source>Counted months per calendar year</source>
        <translation>Medrekna månader per kalenderår</translation>
    </message>
    <message>
        <source>What each period and school year contributes</source>
        <translation>Kva kvar periode og kvart skuleår bidreg med</translation>
    </message>
    <message>
        <source>Contribution of each period</source>
        <translation>Bidrag frå kvar periode</translation>
    </message>
    <message>
        <source>Warnings: what to check</source>
        <translation>Varsel: kva som bør sjekkast</translation>
    </message>
    <message>
        <source>Exam, certificates and approval</source>
        <translation>Eksamen, sertifikat og godkjenning</translation>
    </message>
    <message>
        <source>No practice-time calculation yet.</source>
        <translation>Inga utrekning av praksistid enno.</translation>
    </message>
    <message>
        <source>Practice time requirement met</source>
        <translation>Kravet til praksistid er oppfylt</translation>
    </message>
    <message>
        <source>Enough practice time. Approval still needs the theory exam and your assessment of relevance.</source>
        <translation>Nok praksistid. Godkjenning krev framleis teorieksamen og vurderinga di av relevans.</translation>
    </message>
    <message>
        <source>Practice time requirement not met</source>
        <translation>Kravet til praksistid er ikkje oppfylt</translation>
    </message>
    <message>
        <source>Not enough practice time yet; see what is left below.</source>
        <translation>Ikkje nok praksistid enno; sjå nedanfor kva som står att.</translation>
    </message>
    <message>
        <source>Practice time requirement needs judgement</source>
        <translation>Kravet til praksistid må vurderast</translation>
    </message>
    <message>
        <source>The hours are enough, but some warnings below need your judgement before you decide.</source>
        <translation>Timane er nok, men nokre av varsla nedanfor må vurderast før du avgjer saka.</translation>
    </message>
    <message>
        <source>%1 profile %2</source>
        <translation>profil %1 %2</translation>
    </message>
    <message>
        <source>reference date %1</source>
        <translation>referansedato %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 månad</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 månader</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Credited work</source>
        <translation>Godskrive arbeid</translation>
    </message>
    <message>
        <source>Cut by the yearly cap</source>
        <translation>Avkorta av årstaket</translation>
    </message>
    <message>
        <source>%1 (not credited)</source>
        <translation>%1 (ikkje godskrive)</translation>
    </message>
    <message>
        <source>School credit</source>
        <translation>Godskriven skuletid</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Står att</translation>
    </message>
    <message>
        <source>Recent practice</source>
        <translation>Nyleg praksis</translation>
    </message>
    <message>
        <source>In Norway</source>
        <translation>I Noreg</translation>
    </message>
    <message>
        <source>%1 in Norway, %2 abroad</source>
        <translation>%1 i Noreg, %2 i utlandet</translation>
    </message>
    <message>
        <source>Requirement reached</source>
        <translation>Kravet er nådd</translation>
    </message>
    <message>
        <source>1 month at full time left</source>
        <translation>1 månad på heiltid står att</translation>
    </message>
    <message>
        <source>%1 months at full time left</source>
        <translation>%1 månader på heiltid står att</translation>
    </message>
    <message>
        <source>No dated practice, so no share of recent practice.</source>
        <translation>Ingen datert praksis, og difor ingen del nyleg praksis.</translation>
    </message>
    <message>
        <source>%1 of the practice is within the profile&apos;s recency window</source>
        <translation>%1 av praksisen ligg innanfor tidsvindauget for nyleg praksis i profilen</translation>
    </message>
    <message>
        <source>%1 of the practice is from the last %2 years</source>
        <translation>%1 av praksisen er frå dei siste %2 åra</translation>
    </message>
    <message>
        <source>Much of the practice is old</source>
        <translation>Mykje av praksisen er gammal</translation>
    </message>
    <message>
        <source>Less of the practice than the profile expects is from the last %1 years: check whether the older practice is still relevant to today&apos;s Vg3 læreplan, for example through recent tasks or a professional conversation.</source>
        <translation>Mindre av praksisen enn profilen ventar, er frå dei siste %1 åra: sjekk om den eldre praksisen framleis er relevant for læreplanen for Vg3 i dag, til dømes gjennom nyare arbeidsoppgåver eller ein fagleg samtale.</translation>
    </message>
    <message>
        <source>Period shorter than %1 months</source>
        <translation>Periode kortare enn %1 månader</translation>
    </message>
    <message>
        <source>Period shorter than %1 months: check that it was a continuous engagement; several short jobs at the same employer may be one period.</source>
        <translation>Periode kortare enn %1 månader: sjekk at det var eit samanhengande arbeidsforhold; fleire korte jobbar hos same arbeidsgjevaren kan vere éin periode.</translation>
    </message>
    <message>
        <source>Too little practice in Norway for this profile</source>
        <translation>For lite praksis i Noreg for denne profilen</translation>
    </message>
    <message>
        <source>The county profile asks for a minimum of practice in Norway: check whether the county accepts the foreign practice, or whether more Norwegian practice is documented.</source>
        <translation>Fylkesprofilen krev eit minimum av praksis i Noreg: sjekk om fylket godtek praksisen frå utlandet, eller om meir praksis frå Noreg er dokumentert.</translation>
    </message>
    <message>
        <source>Self-employment without third-party confirmation</source>
        <translation>Sjølvstendig næringsdrift utan stadfesting frå tredjepart</translation>
    </message>
    <message>
        <source>Ask for a confirmation from someone with professional competence in the trade, and a firmaattest or a printout from Brønnøysundregistrene.</source>
        <translation>Be om ei stadfesting frå nokon med fagkompetanse i faget, og ein firmaattest eller ei utskrift frå Brønnøysundregistra.</translation>
    </message>
    <message>
        <source>Practice abroad</source>
        <translation>Praksis i utlandet</translation>
    </message>
    <message>
        <source>Check that the attests are translated into Norwegian and describe the tasks, so the practice can be assessed like Norwegian practice.</source>
        <translation>Sjekk at attestane er omsette til norsk og skildrar arbeidsoppgåvene, slik at praksisen kan vurderast som norsk praksis.</translation>
    </message>
    <message>
        <source>Months cut by the yearly cap</source>
        <translation>Månader avkorta av årstaket</translation>
    </message>
    <message>
        <source>Overlapping jobs count at most 12 months in one calendar year; nothing to do unless the dates are wrong. Check that the periods really ran at the same time.</source>
        <translation>Overlappande jobbar tel høgst 12 månader i eitt kalenderår; du treng ikkje gjere noko med mindre datoane er feil. Sjekk at periodane verkeleg gjekk samstundes.</translation>
    </message>
    <message>
        <source>Leading, teaching or engineering role</source>
        <translation>Leiar-, lærar- eller ingeniørrolle</translation>
    </message>
    <message>
        <source>Teacher, engineer, foreman and supervisor roles are normally not approved: check that the work itself was done at skilled-worker level.</source>
        <translation>Roller som lærar, ingeniør, formann og arbeidsleiar blir normalt ikkje godkjende: sjekk at sjølve arbeidet vart utført på fagarbeidarnivå.</translation>
    </message>
    <message>
        <source>Voluntary work, work training or spare-time practice</source>
        <translation>Frivillig arbeid, arbeidstrening eller praksis på fritida</translation>
    </message>
    <message>
        <source>Such practice is accepted only in some cases: check that it was real work in the trade, alongside skilled workers.</source>
        <translation>Slik praksis blir berre godteken i nokre tilfelle: sjekk at det var reelt arbeid i faget, saman med fagarbeidarar.</translation>
    </message>
    <message>
        <source>Period after the reference date</source>
        <translation>Periode etter referansedatoen</translation>
    </message>
    <message>
        <source>The period was not counted: check its dates, or the reference date of the calculation.</source>
        <translation>Perioden vart ikkje rekna med: sjekk datoane, eller referansedatoen for utrekninga.</translation>
    </message>
    <message>
        <source>Read the message and check the period it names.</source>
        <translation>Les meldinga og sjekk perioden ho nemner.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Ingen varsel.</translation>
    </message>
    <message>
        <source>Needs your judgement</source>
        <translation>Treng vurderinga di</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Til orientering</translation>
    </message>
    <message>
        <source>No theory exam is listed for this trade in the catalogue.</source>
        <translation>Ingen teorieksamen er oppført for dette faget i katalogen.</translation>
    </message>
    <message>
        <source>Theory exam %1: passed on %2</source>
        <translation>Teorieksamen %1: bestått %2</translation>
    </message>
    <message>
        <source>Theory exam %1: passed</source>
        <translation>Teorieksamen %1: bestått</translation>
    </message>
    <message>
        <source>Theory exam %1: not passed (%2)</source>
        <translation>Teorieksamen %1: ikkje bestått (%2)</translation>
    </message>
    <message>
        <source>Theory exam %1: not passed</source>
        <translation>Teorieksamen %1: ikkje bestått</translation>
    </message>
    <message>
        <source>Theory exam %1: not registered</source>
        <translation>Teorieksamen %1: ikkje registrert</translation>
    </message>
    <message>
        <source>Confirm certificate: %1</source>
        <translation>Stadfest sertifikat: %1</translation>
    </message>
    <message>
        <source>Approval also needs your recorded assessment of relevance against the Vg3 kompetansemål (mapping matrix).</source>
        <translation>Godkjenning krev òg at du har registrert vurderinga di av relevans mot kompetansemåla for Vg3 (kartleggingsmatrisa).</translation>
    </message>
    <message>
        <source>The case cannot be approved yet:</source>
        <translation>Saka kan ikkje godkjennast enno:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Kva som bør sjekkast:</translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>lagringstida gjekk ut %1</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>blir lagra til %1</translation>
    </message>
    <message>
        <source>Case %1 is under appeal.</source>
        <translation>Sak %1 er under klagehandsaming.</translation>
    </message>
    <message>
        <source>Case %1 is still open (%2) and holds an issued document.</source>
        <translation>Sak %1 er framleis open (%2) og inneheld eit utferda dokument.</translation>
    </message>
    <message>
        <source>Case %1 holds a decision issued on %2, which must be kept until %3 (%4 years).</source>
        <translation>Sak %1 har eit vedtak utferda %2, som må takast vare på til %3 (%4 år).</translation>
    </message>
    <message>
        <source>Cases closed without a decision</source>
        <translation>Saker avslutta utan vedtak</translation>
    </message>
    <message>
        <source>Candidates who never had a case</source>
        <translation>Kandidatar som aldri har hatt ei sak</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>OrganisationDialog</source>
        <comment>Norwegian Bokmål</comment>
        <translation>Norsk bokmål</translation>
    </message>
</context>
<context>
    <name>RetentionReportDialog</name>
    <message>
        <source>Retention report</source>
        <translation>Rapport om lagringstid</translation>
    </message>
    <message>
        <source>Candidates past their retention period</source>
        <translation>Kandidatar over lagringstida</translation>
    </message>
    <message>
        <source>No candidate is past their retention period.</source>
        <translation>Ingen kandidatar er over lagringstida.</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Eksporter som &amp;CSV…</translation>
    </message>
    <message>
        <source>The file holds names: keep it safe and delete it when done.</source>
        <translation>Fila inneheld namn: ta godt vare på henne og slett henne når du er ferdig.</translation>
    </message>
    <message>
        <source>&amp;Erase or anonymise…</source>
        <translation>&amp;Slett eller anonymiser…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Save the retention report as</source>
        <translation>Lagre rapporten om lagringstid som</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>On %1, %2 of %3 candidates are past their retention period (%4 have an open case, %5 are still within their period). The periods are set in Settings › Personal data; check them against your county&apos;s bevarings- og kassasjonsregler (no national source was found).</source>
        <translation>Per %1 er %2 av %3 kandidatar over lagringstida (%4 har ei open sak, %5 er framleis innanfor lagringstida). Lagringstidene blir sette under Innstillingar › Personopplysningar; sjekk dei mot bevarings- og kassasjonsreglane i fylket ditt (ingen nasjonal kjelde vart funnen).</translation>
    </message>
    <message>
        <source>Saved %1. It holds names: keep it safe and delete it when done.</source>
        <translation>Lagra %1. Fila inneheld namn: ta godt vare på henne og slett henne når du er ferdig.</translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>no cases</source>
        <translation>ingen saker</translation>
    </message>
    <message>
        <source>Erase (anonymised already)</source>
        <translation>Slett (allereie anonymisert)</translation>
    </message>
    <message>
        <source>Erase, or anonymise to keep the case record</source>
        <translation>Slett, eller anonymiser for å behalde saka i registeret</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Retention ended</source>
        <translation>Lagringstida gjekk ut</translation>
    </message>
    <message>
        <source>May be done</source>
        <translation>Kan gjerast</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisert</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Your role does not allow this: it needs the role %1. An administrator can give it to you.</source>
        <translation>Rolla di tillèt ikkje dette: det krev rolla %1. Ein administrator kan gje deg rolla.</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>sakshandsamar</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>godkjennar</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>rådgjevar</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>SchoolingDialog</name>
    <message>
        <source>Edit schooling</source>
        <translation>Rediger skulegang</translation>
    </message>
    <message>
        <source>Add schooling</source>
        <translation>Legg til skulegang</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>Skulenivå</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programområde</translation>
    </message>
    <message>
        <source>e.g. Vg1 bygg- og anleggsteknikk</source>
        <translation>t.d. Vg1 bygg- og anleggsteknikk</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>In &amp;school (not as apprentice or privatist)</source>
        <translation>&amp;I skule (ikkje som lærling eller privatist)</translation>
    </message>
    <message>
        <source>&amp;YFF relevant to the fag</source>
        <translation>&amp;YFF relevant for faget</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>&amp;Bestått</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <source>P&amp;rogramme:</source>
        <translation>&amp;Programområde:</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 2012.</source>
        <translation>Skriv året med fire siffer, t.d. 2012.</translation>
    </message>
</context>
<context>
    <name>SchoolingTableModel</name>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programområde</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>In school</source>
        <translation>I skule</translation>
    </message>
    <message>
        <source>YFF relevant</source>
        <translation>YFF relevant</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Security and backups</source>
        <translation>Sikkerheit og sikkerheitskopiar</translation>
    </message>
    <message>
        <source>&amp;Encrypt the data…</source>
        <translation>&amp;Krypter dataa…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>Endre &amp;passfrasen…</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer (OS &amp;keyring)</source>
        <translation>Hugs passfrasen på denne datamaskinen (&amp;nøkkelringen i operativsystemet)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Automatic daily backups to keep</source>
        <translation>Automatiske daglege sikkerheitskopiar som skal behaldast</translation>
    </message>
    <message>
        <source>Each day the program is started it writes an encrypted backup into the backups folder and keeps this many of them. Off: no automatic backups.</source>
        <translation>Kvar dag programmet blir starta, skriv det ein kryptert sikkerheitskopi til mappa for sikkerheitskopiar og beheld så mange av dei. Av: ingen automatiske sikkerheitskopiar.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Ta sikkerheitskopi no…</translation>
    </message>
    <message>
        <source>Rest&amp;ore from a backup…</source>
        <translation>&amp;Gjenopprett frå ein sikkerheitskopi…</translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept:</source>
        <translation>Automatiske sikkerheitskopiar som blir &amp;behaldne:</translation>
    </message>
    <message>
        <source>The data is on a database server. Encryption at rest and backups are looked after there (ask your IT department).</source>
        <translation>Dataa ligg på ein databaseserver. Kryptering av lagra data og sikkerheitskopiering blir tekne hand om der (spør IT-avdelinga).</translation>
    </message>
    <message>
        <source>Encrypted: the database and the evidence files are encrypted with your passphrase.</source>
        <translation>Kryptert: databasen og dokumentasjonsfilene er krypterte med passfrasen din.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who gets hold of this computer or its disk can read the data. Encrypt it with a passphrase.</source>
        <translation>Ikkje kryptert: alle som får tak i denne datamaskinen eller disken, kan lese dataa. Krypter dei med ein passfrase.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that rpl-desktop can use, so the passphrase is asked at each start.</source>
        <translation>Denne datamaskinen har ikkje noko passordlager (nøkkelring) som rpl-desktop kan bruke, så du blir spurd om passfrasen kvar gong programmet startar.</translation>
    </message>
    <message>
        <source>The keyring did not accept the passphrase; it is asked at each start.</source>
        <translation>Nøkkelringen tok ikkje imot passfrasen; du blir spurd om han kvar gong programmet startar.</translation>
    </message>
    <message>
        <source>The passphrase is kept in this computer&apos;s keyring; the program starts without asking.</source>
        <translation>Passfrasen er lagra i nøkkelringen på denne datamaskinen; programmet startar utan å spørje.</translation>
    </message>
    <message>
        <source>The passphrase is no longer kept on this computer; it is asked at each start.</source>
        <translation>Passfrasen er ikkje lenger lagra på denne datamaskinen; du blir spurd om han kvar gong programmet startar.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Ta sikkerheitskopi til</translation>
    </message>
    <message>
        <source>rpl-desktop backups (*%1)</source>
        <translation>Sikkerheitskopiar frå rpl-desktop (*%1)</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Gjenopprett frå</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Gjenopprette denne sikkerheitskopien?</translation>
    </message>
    <message>
        <source>Replace all current data with this backup?</source>
        <translation>Erstatte alle noverande data med denne sikkerheitskopien?</translation>
    </message>
    <message>
        <source>The backup was made %1 by rpl-desktop %2 and holds %3 candidates, %4 cases and %5 evidence files. Everything entered since then is replaced (a safety backup of the current data is written first). The program closes afterwards; start it again.</source>
        <translation>Sikkerheitskopien vart teken %1 av rpl-desktop %2 og inneheld %3 kandidatar, %4 saker og %5 dokumentasjonsfiler. Alt som er lagt inn sidan då, blir erstatta (det blir først skrive ein ekstra sikkerheitskopi av dei noverande dataa). Programmet blir avslutta etterpå; start det på nytt.</translation>
    </message>
    <message>
        <source>&amp;Replace the data</source>
        <translation>&amp;Erstatt dataa</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Krypterer</translation>
    </message>
    <message>
        <source>Encrypting the data…</source>
        <translation>Krypterer dataa…</translation>
    </message>
    <message>
        <source>The data is now encrypted. Keep the passphrase safe: without it the data cannot be opened.</source>
        <translation>Dataa er no krypterte. Ta godt vare på passfrasen: utan han kan ikkje dataa opnast.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so nothing was changed. Try again.</source>
        <translation>Den gjeldande passfrasen er ikkje rett, så ingenting vart endra. Prøv igjen.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before keep the old passphrase.</source>
        <translation>Passfrasen er endra. Sikkerheitskopiar som er tekne tidlegare, har framleis den gamle passfrasen.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Tek sikkerheitskopi</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Skriv sikkerheitskopien…</translation>
    </message>
    <message>
        <source>The backup was written to %1 (%2 MB: %3 candidates, %4 evidence files).</source>
        <translation>Sikkerheitskopien vart skriven til %1 (%2 MB: %3 kandidatar, %4 dokumentasjonsfiler).</translation>
    </message>
    <message>
        <source>It opens with the passphrase of the data.</source>
        <translation>Han blir opna med passfrasen til dataa.</translation>
    </message>
    <message>
        <source>It opens with the passphrase you chose for it.</source>
        <translation>Han blir opna med passfrasen du valde for han.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Kontrollerer sikkerheitskopien</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Kontrollerer sikkerheitskopien…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Check it and try again.</source>
        <translation>Den passfrasen opnar ikkje sikkerheitskopien. Sjekk han og prøv igjen.</translation>
    </message>
    <message>
        <source>The passphrase did not open the backup; nothing was changed.</source>
        <translation>Passfrasen opna ikkje sikkerheitskopien; ingenting vart endra.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Gjenopprettar</translation>
    </message>
    <message>
        <source>Saving the current data first…</source>
        <translation>Lagrar dei noverande dataa først…</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The data you replaced was saved to %2. rpl-desktop closes now: start it again to work with the restored data.</source>
        <translation>Sikkerheitskopien frå %1 er gjenoppretta. Dataa du erstatta, vart lagra i %2. rpl-desktop blir avslutta no: start programmet på nytt for å arbeide med dei gjenoppretta dataa.</translation>
    </message>
    <message>
        <source>The restored data opens with the backup&apos;s passphrase.</source>
        <translation>Dei gjenoppretta dataa blir opna med passfrasen til sikkerheitskopien.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerheitskopien er gjenoppretta</translation>
    </message>
</context>
<context>
    <name>SendToAssessorDialog</name>
    <message>
        <source>Send to an external assessor</source>
        <translation>Send til ein ekstern vurderar</translation>
    </message>
    <message>
        <source>The assessor (a fagkonsulent or yrkesbedömare) gets an encrypted file with the outcomes and the files you tick, the interview guide for those outcomes and the candidate&apos;s name — never the national ID number, contact details, the work history or other cases. They judge in rpl-desktop without access to this database and send back a response file.</source>
        <translation>Vurderaren (ein fagkonsulent eller yrkesbedömare) får ei kryptert fil med læringsutbytta og filene du kryssar av, intervjuguiden for desse læringsutbytta og namnet på kandidaten — aldri ID-nummeret, kontaktopplysningane, arbeidshistorikken eller andre saker. Vurderaren vurderer i rpl-desktop utan tilgang til denne databasen og sender tilbake ei svarfil.</translation>
    </message>
    <message>
        <source>e.g. Ola Fagkonsulent</source>
        <translation>t.d. Ola Fagkonsulent</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>&amp;Vurderar:</translation>
    </message>
    <message>
        <source>Outcomes to send</source>
        <translation>Læringsutbytte som skal sendast</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ope</translation>
    </message>
    <message>
        <source>&amp;Outcomes:</source>
        <translation>&amp;Læringsutbytte:</translation>
    </message>
    <message>
        <source>Evidence files the assessor may see</source>
        <translation>Dokumentasjonsfiler vurderaren kan sjå</translation>
    </message>
    <message>
        <source>linked to %1</source>
        <translation>knytt til %1</translation>
    </message>
    <message>
        <source>The candidate has no evidence files.</source>
        <translation>Kandidaten har ingen dokumentasjonsfiler.</translation>
    </message>
    <message>
        <source>Tick only the files the assessor needs to see (Space ticks):</source>
        <translation>Kryss berre av for filene vurderaren treng å sjå (mellomromstasten kryssar av):</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Filer:</translation>
    </message>
    <message>
        <source>Optional: where and when to meet the candidate, what to look at</source>
        <translation>Valfritt: kvar og når vurderaren skal møte kandidaten, kva som skal sjåast på</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Melding:</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>Passfrasen ein gong til</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>V&amp;is</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Ein gong &amp;til:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give the assessor the passphrase by another channel&lt;/b&gt; — by telephone or text message, never in the same e-mail as the file. At least %1 characters; a few unrelated words are easy to read out. Keep it: you need it again to import the assessor&apos;s answer.</source>
        <translation>&lt;b&gt;Gje vurderaren passfrasen på ein annan måte&lt;/b&gt; — på telefon eller SMS, aldri i den same e-posten som fila. Minst %1 teikn; nokre ord som ikkje har med kvarandre å gjere, er lette å lese opp. Ta vare på passfrasen: du treng han igjen for å importere svaret frå vurderaren.</translation>
    </message>
    <message>
        <source>&amp;Create package…</source>
        <translation>&amp;Opprett pakke…</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Dei to passfrasane er ulike.</translation>
    </message>
    <message>
        <source>Save the assessor package</source>
        <translation>Lagre vurderingspakken</translation>
    </message>
    <message>
        <source>Assessor packages (*.rpl)</source>
        <translation>Vurderingspakkar (*.rpl)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – rpl-desktop</source>
        <translation>Logg inn – rpl-desktop</translation>
    </message>
    <message>
        <source>Several people use this data. Choose your name, so that what you do is recorded as yours.</source>
        <translation>Fleire personar brukar desse dataa. Vel namnet ditt, slik at det du gjer, blir registrert på deg.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Logg inn</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>utan passord</translation>
    </message>
    <message>
        <source>There is no active user. Ask an administrator.</source>
        <translation>Det finst ingen aktiv brukar. Spør ein administrator.</translation>
    </message>
</context>
<context>
    <name>SignerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
</context>
<context>
    <name>SignoffTableModel</name>
    <message>
        <source>Sign-off</source>
        <translation>Stadfesting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signert av</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>ikkje signert</translation>
    </message>
</context>
<context>
    <name>StandardKind</name>
    <message>
        <source>Fagskole module</source>
        <translation>Fagskuleemne</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <source>Lærefag</source>
        <translation>Lærefag</translation>
    </message>
    <message>
        <source>Admission requirement</source>
        <translation>Opptakskrav</translation>
    </message>
    <message>
        <source>Branschmodell</source>
        <translation>Branschmodell</translation>
    </message>
</context>
<context>
    <name>StandardPickerDialog</name>
    <message>
        <source>Add a target</source>
        <translation>Legg til eit mål</translation>
    </message>
    <message>
        <source>Code or title</source>
        <translation>Kode eller tittel</translation>
    </message>
    <message>
        <source>Search standards</source>
        <translation>Søk i standardar</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standardar</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Legg til mål</translation>
    </message>
</context>
<context>
    <name>StandardTableModel</name>
    <message>
        <source>Sample</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>Written by the project for demonstration; not an official text.</source>
        <translation>Laga av prosjektet til demonstrasjon; ikkje ein offisiell tekst.</translation>
    </message>
    <message>
        <source>A programme&apos;s outcomes are those of its emner.</source>
        <translation>Læringsutbyttet for ei utdanning er læringsutbyttet i emna ho består av.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Læringsutbytte</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>rpl-desktop cannot start</source>
        <translation>rpl-desktop kan ikkje starte</translation>
    </message>
    <message>
        <source>The data was not changed.</source>
        <translation>Ingen data vart endra.</translation>
    </message>
    <message>
        <source>Load demo data?</source>
        <translation>Laste inn demodata?</translation>
    </message>
    <message>
        <source>The register is empty. To try the program, rpl-desktop can add a few demo candidates with work histories. They are invented (their ID numbers are synthetic test numbers) and can be deleted like any other candidate. This question is asked only once.</source>
        <translation>Registeret er tomt. For å prøve programmet kan rpl-desktop leggje inn nokre demokandidatar med arbeids- og læringshistorikk. Dei er oppdikta (ID-numra er syntetiske testnummer) og kan slettast som alle andre kandidatar. Dette spørsmålet blir berre stilt éin gong.</translation>
    </message>
    <message>
        <source>Your data is not encrypted</source>
        <translation>Dataa dine er ikkje krypterte</translation>
    </message>
    <message>
        <source>Your data is not encrypted. Encrypt it now?</source>
        <translation>Dataa dine er ikkje krypterte. Vil du kryptere dei no?</translation>
    </message>
    <message>
        <source>The database and the evidence files on this computer can be read by anyone who gets hold of the computer or its disk. Encrypting them with a passphrase takes a moment and keeps all data. If you choose Not now, you are asked again in a week; Settings → Security can encrypt at any time.</source>
        <translation>Databasen og dokumentasjonsfilene på denne datamaskinen kan lesast av alle som får tak i datamaskinen eller disken. Det tek litt tid å kryptere dei med ein passfrase, og alle data blir tekne vare på. Vel du «Ikkje no», blir du spurd igjen om ei veke; under Innstillingar → Sikkerheit kan du kryptere når som helst.</translation>
    </message>
    <message>
        <source>&amp;Encrypt now…</source>
        <translation>&amp;Krypter no…</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ikkje no</translation>
    </message>
    <message>
        <source>The remembered passphrase no longer opens the data (it may have been changed elsewhere). Enter the current passphrase.</source>
        <translation>Den hugsa passfrasen opnar ikkje lenger dataa (han kan ha blitt endra ein annan stad). Skriv inn den gjeldande passfrasen.</translation>
    </message>
    <message>
        <source>That passphrase does not open the data. Check it (capital letters, keyboard layout) and try again. Tries left: %1.</source>
        <translation>Den passfrasen opnar ikkje dataa. Sjekk han (store bokstavar, tastaturoppsett) og prøv igjen. Forsøk att: %1.</translation>
    </message>
    <message>
        <source>The passphrase was wrong three times, so rpl-desktop closes. Nothing has been changed. Start the program again to retry.</source>
        <translation>Passfrasen var feil tre gonger, så rpl-desktop blir avslutta. Ingenting er endra. Start programmet på nytt for å prøve igjen.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Offline case file</source>
        <translation>Saksfil for arbeid utan nett</translation>
    </message>
    <message>
        <source>Take cases offline</source>
        <translation>Sjekk ut saker</translation>
    </message>
    <message>
        <source>Writes the chosen cases – with their candidates, history, evidence files, judgements and case history – to one encrypted file for a laptop. Here they are marked as checked out until the file comes back (File → Bring cases back…). On a laptop, this writes the file that goes back to the office.</source>
        <translation>Skriv dei valde sakene – med kandidatane, historikken, dokumentasjonsfilene, vurderingane og sakshistorikken – til éi kryptert fil for ein berbar datamaskin. Her blir dei merkte som sjekka ut til fila kjem tilbake (Fil → Sjekk inn saker…). På ein berbar datamaskin skriv denne funksjonen fila som skal tilbake til kontoret.</translation>
    </message>
    <message>
        <source>Find a case by number or name</source>
        <translation>Finn ei sak etter nummer eller namn</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>S&amp;øk:</translation>
    </message>
    <message>
        <source>Cases to take offline</source>
        <translation>Saker som skal sjekkast ut</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Sjekka ut</translation>
    </message>
    <message>
        <source>e.g. Kari Nordmann, admission day in Arendal</source>
        <translation>t.d. Kari Nordmann, opptaksdag i Arendal</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to remember and hard to guess. Give the passphrase to the person who opens the file by another channel (in person, by telephone), never with the file.</source>
        <translation>Minst %1 teikn; nokre ord som ikkje har med kvarandre å gjere, er lette å hugse og vanskelege å gjette. Gje passfrasen til den som skal opne fila, på ein annan måte (personleg, på telefon), aldri saman med fila.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vel…</translation>
    </message>
    <message>
        <source>&amp;Taken by and where:</source>
        <translation>&amp;Kven tek dei med, og kvar:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Gjenta passfrasen:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Write file</source>
        <translation>&amp;Skriv fila</translation>
    </message>
    <message>
        <source>Tick at least one case to take offline.</source>
        <translation>Kryss av minst éi sak som skal sjekkast ut.</translation>
    </message>
    <message>
        <source>Choose where to write the file.</source>
        <translation>Vel kvar fila skal skrivast.</translation>
    </message>
    <message>
        <source>Writing %1 case(s) to the offline case file…</source>
        <translation>Skriv %1 sak(er) til saksfila for arbeid utan nett…</translation>
    </message>
    <message>
        <source>%1 case(s) are checked out and written to %2 (%3 KiB).</source>
        <translation>%1 sak(er) er sjekka ut og skrivne til %2 (%3 KiB).</translation>
    </message>
    <message>
        <source>%1 case(s) are written to %2 (%3 KiB) for the office.</source>
        <translation>%1 sak(er) er skrivne til %2 (%3 KiB) for kontoret.</translation>
    </message>
    <message>
        <source>Give the passphrase by another channel, never with the file.</source>
        <translation>Gje passfrasen på ein annan måte, aldri saman med fila.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, sidan %2</translation>
    </message>
    <message>
        <source>1 case chosen</source>
        <translation>1 sak vald</translation>
    </message>
    <message>
        <source>%1 cases chosen</source>
        <translation>%1 saker valde</translation>
    </message>
</context>
<context>
    <name>TargetCardWidget</name>
    <message>
        <source>Target: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · case %3</source>
        <translation>%1 · %2 · sak %3</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes met, %3 partly met, %4 missing (%5 of them indicated by the history).</source>
        <translation>%1 av %2 læringsutbytte oppfylte, %3 delvis oppfylte, %4 manglar (%5 av dei indikerte av historikken).</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dekning</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Oppfylt: %1</translation>
    </message>
    <message>
        <source>Judged met by the assessor.</source>
        <translation>Vurdert som oppfylt.</translation>
    </message>
    <message>
        <source>Partly met: %1</source>
        <translation>Delvis oppfylt: %1</translation>
    </message>
    <message>
        <source>Judged partly met by the assessor.</source>
        <translation>Vurdert som delvis oppfylt.</translation>
    </message>
    <message>
        <source>Missing, indicated: %1</source>
        <translation>Manglar, indikert: %1</translation>
    </message>
    <message>
        <source>Not assessed yet, but the history holds suggested evidence. A hint for the conversation, not a judgement.</source>
        <translation>Ikkje vurdert enno, men historikken inneheld føreslått dokumentasjon. Eit tips til samtalen, ikkje ei vurdering.</translation>
    </message>
    <message>
        <source>Missing, not indicated: %1</source>
        <translation>Manglar, ikkje indikert: %1</translation>
    </message>
    <message>
        <source>Not met, or not assessed with no evidence suggested.</source>
        <translation>Ikkje oppfylt, eller ikkje vurdert og utan føreslått dokumentasjon.</translation>
    </message>
    <message>
        <source>%1 of %2 studiepoeng recognised; %3 remaining</source>
        <translation>%1 av %2 studiepoeng godkjende; %3 står att</translation>
    </message>
    <message>
        <source>No studiepoeng: assessed by outcomes only</source>
        <translation>Ingen studiepoeng: vurdert berre etter læringsutbytte</translation>
    </message>
    <message>
        <source>Open in case view</source>
        <translation>Opne i saksvisinga</translation>
    </message>
    <message>
        <source>Open case %1 in the case view</source>
        <translation>Opne sak %1 i saksvisinga</translation>
    </message>
    <message>
        <source>Still to show</source>
        <translation>Står att å dokumentere</translation>
    </message>
    <message>
        <source>Gaps for %1</source>
        <translation>Manglar for %1</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes shown; still to show:</source>
        <translation>%1 av %2 læringsutbytte dokumenterte; står att:</translation>
    </message>
    <message>
        <source>%1 (%2 studiepoeng): %3 of %4 outcomes shown</source>
        <translation>%1 (%2 studiepoeng): %3 av %4 læringsutbytte dokumenterte</translation>
    </message>
    <message>
        <source>%1: %2 of %3 outcomes shown</source>
        <translation>%1: %2 av %3 læringsutbytte dokumenterte</translation>
    </message>
    <message>
        <source>This target has no outcomes in the catalogue yet.</source>
        <translation>Dette målet har ingen læringsutbytte i katalogen enno.</translation>
    </message>
    <message>
        <source>Nothing: every outcome is met.</source>
        <translation>Ingenting: alle læringsutbytta er oppfylte.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of the work and learning history</source>
        <translation>Tidslinje for arbeids- og læringshistorikken</translation>
    </message>
    <message>
        <source>No periods recorded.</source>
        <translation>Ingen periodar registrerte.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>1 period</source>
        <translation>1 periode</translation>
    </message>
    <message>
        <source>%1 periods</source>
        <translation>%1 periodar</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>frå %1 til %2</translation>
    </message>
    <message>
        <source>no overlaps</source>
        <translation>ingen overlappar</translation>
    </message>
    <message>
        <source>1 overlap</source>
        <translation>1 overlapp</translation>
    </message>
    <message>
        <source>%1 overlaps</source>
        <translation>%1 overlappar</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>ingen opphald</translation>
    </message>
    <message>
        <source>%1 gaps, the longest %2</source>
        <translation>%1 opphald, det lengste %2</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 månad</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 månader</translation>
    </message>
    <message>
        <source>1 gap of %1</source>
        <translation>1 opphald på %1</translation>
    </message>
    <message>
        <source>not confirmed by a third party</source>
        <translation>ikkje stadfesta av tredjepart</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>%1 hours/week (≈ %2 %)</source>
        <translation>%1 timar/veke (≈ %2 %)</translation>
    </message>
    <message>
        <source>No periods yet. Add the first with Add period (Ins).</source>
        <translation>Ingen periodar enno. Legg til den første med Legg til periode (Ins).</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 mnd</translation>
    </message>
</context>
<context>
    <name>UnfinishedBatchBanner</name>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Hald fram…</translation>
    </message>
    <message>
        <source>Issue and print the certificates that are not done yet</source>
        <translation>Utferd og skriv ut kompetansebevisa som ikkje er ferdige enno</translation>
    </message>
    <message>
        <source>Disca&amp;rd…</source>
        <translation>&amp;Forkast…</translation>
    </message>
    <message>
        <source>Do not finish this batch; what it issued stays issued</source>
        <translation>Ikkje fullfør denne køyringa; det ho har utferda, blir verande utferda</translation>
    </message>
    <message>
        <source>A batch of certificates started %1 was interrupted: %2 of %3 done, %4 still to do.</source>
        <translation>Ei køyring med kompetansebevis som vart starta %1, vart avbroten: %2 av %3 ferdige, %4 att å gjere.</translation>
    </message>
    <message>
        <source>(%1 more interrupted batches after this one.)</source>
        <translation>(%1 avbrotne køyringar til etter denne.)</translation>
    </message>
    <message>
        <source>Give up the interrupted batch? The %1 certificate(s) it issued stay issued. The %2 not done are not issued; a certificate number already taken for one of them is recorded as void and never used again.</source>
        <translation>Gje opp den avbrotne køyringa? Dei %1 kompetansebevisa ho har utferda, blir verande utferda. Dei %2 som ikkje er ferdige, blir ikkje utferda; eit kompetansebevisnummer som allereie er teke for eitt av dei, blir registrert som ugyldig og blir aldri brukt igjen.</translation>
    </message>
    <message>
        <source>Discard the batch</source>
        <translation>Forkast køyringa</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the backup</source>
        <translation>Opne sikkerheitskopien</translation>
    </message>
    <message>
        <source>The backup file is encrypted. Enter the passphrase it was made with.</source>
        <translation>Sikkerheitskopifila er kryptert. Skriv inn passfrasen ho vart laga med.</translation>
    </message>
    <message>
        <source>Unlock rpl-desktop</source>
        <translation>Lås opp rpl-desktop</translation>
    </message>
    <message>
        <source>The data is encrypted. Enter the passphrase to open it.</source>
        <translation>Dataa er krypterte. Skriv inn passfrasen for å opne dei.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passfrase</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (OS keyring)</source>
        <translation>&amp;Hugs på denne datamaskinen (nøkkelringen i operativsystemet)</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that rpl-desktop can use.</source>
        <translation>Denne datamaskinen har ikkje noko passordlager (nøkkelring) som rpl-desktop kan bruke.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Opne</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Skriv inn passfrasen.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Legg til ein brukar</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollene til %1</translation>
    </message>
    <message>
        <source>A short name without spaces, e.g. the login name</source>
        <translation>Eit kort namn utan mellomrom, t.d. påloggingsnamnet</translation>
    </message>
    <message>
        <source>The name shown in the program and in the audit log</source>
        <translation>Namnet som blir vist i programmet og i sporingsloggen</translation>
    </message>
    <message>
        <source>register, cases, mapping, proposes decisions</source>
        <translation>register, saker, kartlegging, føreslår vedtak</translation>
    </message>
    <message>
        <source>also approves and issues decisions</source>
        <translation>godkjenner og utferdar òg vedtak</translation>
    </message>
    <message>
        <source>register, cases, competence maps; no decisions</source>
        <translation>register, saker, kompetansekart; ingen vedtak</translation>
    </message>
    <message>
        <source>catalogue, rule profiles, users, settings</source>
        <translation>katalog, regelprofilar, brukarar, innstillingar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Gjenta passordet:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Dei to passorda er ulike. Skriv det same passordet to gonger.</translation>
    </message>
</context>
<context>
    <name>UsersAdminWidget</name>
    <message>
        <source>Users</source>
        <translation>Brukarar</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Legg til brukar…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Roller…</translation>
    </message>
    <message>
        <source>Change the name and roles of the chosen user</source>
        <translation>Endre namnet og rollene til den valde brukaren</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>A user who leaves is deactivated, never deleted: the audit log names them.</source>
        <translation>Ein brukar som sluttar, blir deaktivert, aldri sletta: sporingsloggen nemner brukaren ved namn.</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Nullstill &amp;passord…</translation>
    </message>
    <message>
        <source>&amp;Two-person rule: a decision is approved and a vedtak issued by another user than the case&apos;s caseworker</source>
        <translation>&amp;Fireaugeprinsippet: eit vedtak må godkjennast og utferdast av ein annan brukar enn sakshandsamaren i saka</translation>
    </message>
    <message>
        <source>The caseworker is the case&apos;s assigned caseworker and the last user who changed its judgements.</source>
        <translation>Sakshandsamaren er den som er tildelt saka, og den siste brukaren som endra vurderingane i saka.</translation>
    </message>
    <message>
        <source>No users yet: the program works without signing in. The first user becomes its administrator.</source>
        <translation>Ingen brukarar enno: programmet verkar utan innlogging. Den første brukaren blir administrator.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Innlogga som %1 (%2).</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Aktiver igjen</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Brukaren %1 er lagd til.</translation>
    </message>
    <message>
        <source>The roles of %1 are saved.</source>
        <translation>Rollene til %1 er lagra.</translation>
    </message>
    <message>
        <source>The password of %1 is saved.</source>
        <translation>Passordet til %1 er lagra.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Deaktiver brukar</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in; what they did stays in the audit log. An administrator can reactivate them.</source>
        <translation>Deaktivere %1? Brukaren kan ikkje lenger logge inn; det brukaren har gjort, blir verande i sporingsloggen. Ein administrator kan aktivere brukaren igjen.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 er aktiv igjen.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 er deaktivert.</translation>
    </message>
    <message>
        <source>The two-person rule is on.</source>
        <translation>Fireaugeprinsippet er slått på.</translation>
    </message>
    <message>
        <source>The two-person rule is off.</source>
        <translation>Fireaugeprinsippet er slått av.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>YearChartWidget</name>
    <message>
        <source>Credited months per year</source>
        <translation>Godskrivne månader per år</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skule</translation>
    </message>
    <message>
        <source>No practice to chart.</source>
        <translation>Ingen praksis å vise i diagrammet.</translation>
    </message>
    <message>
        <source>Credited practice months per calendar year from %1 to %2, %3 years with practice</source>
        <translation>Godskrivne praksismånader per kalenderår frå %1 til %2, %3 år med praksis</translation>
    </message>
    <message>
        <source>the most in %1 (%2 months)</source>
        <translation>mest i %1 (%2 månader)</translation>
    </message>
    <message>
        <source>%1 months cut by the yearly cap of %2 months (in %3)</source>
        <translation>%1 månader avkorta av årstaket på %2 månader (i %3)</translation>
    </message>
    <message>
        <source>%1 months of school credit</source>
        <translation>%1 månader godskriven skuletid</translation>
    </message>
    <message>
        <source>Credited practice</source>
        <translation>Godskriven praksis</translation>
    </message>
    <message>
        <source>Cut by the yearly cap</source>
        <translation>Avkorta av årstaket</translation>
    </message>
    <message>
        <source>School credit</source>
        <translation>Godskriven skuletid</translation>
    </message>
    <message>
        <source>Yearly cap (%1 months)</source>
        <translation>Årstak (%1 månader)</translation>
    </message>
    <message>
        <source>Last %1 years</source>
        <translation>Siste %1 år</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>tak %1</translation>
    </message>
    <message>
        <source>School credit without a year: %1 months
(not part of the yearly cap or the recency share)</source>
        <translation>Godskriven skuletid utan årstal: %1 månader
(ikkje med i årstaket eller delen nyleg praksis)</translation>
    </message>
    <message>
        <source>Credited practice: %1 months</source>
        <translation>Godskriven praksis: %1 månader</translation>
    </message>
    <message>
        <source>Worked %1 months; %2 cut by the yearly cap of %3</source>
        <translation>Arbeidd %1 månader; %2 avkorta av årstaket på %3</translation>
    </message>
    <message>
        <source>Within the last %1 years: %2 months</source>
        <translation>Innanfor dei siste %1 åra: %2 månader</translation>
    </message>
    <message>
        <source>School credit: %1 months</source>
        <translation>Godskriven skuletid: %1 månader</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
</context>
<context>
    <name>_FileField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
</context>
<context>
    <name>_ListSection</name>
    <message>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Add (Ins)</source>
        <translation>Legg til (Ins)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>Rediger den valde rada (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selected row (Del)</source>
        <translation>Slett den valde rada (Del)</translation>
    </message>
</context>
<context>
    <name>_PassphraseFields</name>
    <message>
        <source>Encr&amp;ypt the file with a passphrase</source>
        <translation>&amp;Krypter fila med ein passfrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passfrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passfrasen ein gong til</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Passfrasen må ha minst %1 teikn.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Dei to passfrasane er ulike. Skriv den same passfrasen to gonger.</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <source>Norway</source>
        <translation>Noreg</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Tyskland</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Storbritannia</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Attest</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Tjenestebevis</source>
        <translation>Tenestebevis</translation>
    </message>
    <message>
        <source>Kursbevis</source>
        <translation>Kursbevis</translation>
    </message>
    <message>
        <source>Vitnemål</source>
        <translation>Vitnemål</translation>
    </message>
    <message>
        <source>Arbeidsprøve</source>
        <translation>Arbeidsprøve</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Work and learning periods</source>
        <translation>Arbeids- og læringsperiodar</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Tilsetjing</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Sjølvstendig næringsdrivande</translation>
    </message>
    <message>
        <source>Voluntary work</source>
        <translation>Frivillig arbeid</translation>
    </message>
    <message>
        <source>Work training</source>
        <translation>Arbeidstrening</translation>
    </message>
    <message>
        <source>Leisure activity</source>
        <translation>Fritidsaktivitet</translation>
    </message>
    <message>
        <source>Non-formal course</source>
        <translation>Ikkje-formelt kurs</translation>
    </message>
    <message>
        <source>Vg1</source>
        <translation>Vg1</translation>
    </message>
    <message>
        <source>Vg2</source>
        <translation>Vg2</translation>
    </message>
    <message>
        <source>Vg3</source>
        <translation>Vg3</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Høgare utdanning</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Yes, undated</source>
        <translation>Ja, udatert</translation>
    </message>
    <message>
        <source>letterhead or stamp</source>
        <translation>brevhovud eller stempel</translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation>namnet til underskrivaren</translation>
    </message>
    <message>
        <source>signer&apos;s title</source>
        <translation>tittelen til underskrivaren</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>utferdingsdato</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Notes for %1</source>
        <translation>Notat for %1</translation>
    </message>
    <message>
        <source>Notes from the conversation</source>
        <translation>Notat frå samtalen</translation>
    </message>
    <message>
        <source>&amp;Compare with theirs…</source>
        <translation>Sa&amp;manlikn med deira…</translation>
    </message>
    <message>
        <source>Show their notes next to yours and choose what to keep, or combine both</source>
        <translation>Vis notata deira ved sida av dine og vel kva som skal behaldast, eller kombiner begge</translation>
    </message>
    <message>
        <source>Compare the notes for %1 with theirs</source>
        <translation>Samanlikn notata for %1 med deira</translation>
    </message>
</context>
<context>
    <name>self.owner</name>
    <message>
        <source>Saved in the matrix.</source>
        <translation>Lagra i matrisa.</translation>
    </message>
    <message>
        <source>Saved in the matrix, merged with their notes.</source>
        <translation>Lagra i matrisa, slått saman med notata deira.</translation>
    </message>
    <message>
        <source>Your notes were dropped; these are the notes saved last.</source>
        <translation>Notata dine vart forkasta; dette er notata som sist vart lagra.</translation>
    </message>
    <message>
        <source>Your notes stay in the box and are not saved until you compare them with theirs.</source>
        <translation>Notata dine blir verande i feltet og blir ikkje lagra før du har samanlikna dei med deira.</translation>
    </message>
    <message>
        <source>Saving when you pause…</source>
        <translation>Lagrar når du tek ein pause…</translation>
    </message>
</context>
</TS>
