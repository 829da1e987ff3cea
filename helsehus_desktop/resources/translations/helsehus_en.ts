<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+116"/>
        <source>Databasen er allerede åpen i et annet vindu av Helsehus Desktop. Bruk det vinduet, eller lukk det og prøv igjen.</source>
        <translation>The database is already open in another Helsehus Desktop window. Use that window, or close it and try again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Programmet kunne ikke starte ({0}). Feilen er skrevet i loggfilen {1}.</source>
        <translation>The program could not start ({0}). The error has been written to the log file {1}.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/orgchart/chart_view.py" line="+174"/>
        <source>{0}: vakant</source>
        <translation>{0}: vacant</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/orgchart/details.py" line="+52"/>
        <source>Velg en enhet i treet eller kartet for å se detaljer.</source>
        <translation>Select a unit in the tree or the chart to see its details.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ligger under</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(øverst)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fra {0}</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>til og med {0}</source>
        <translation>up to and including {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gjelder</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stillinger og personer</source>
        <translation>Positions and people</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vakant</source>
        <translation>vacant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leder</source>
        <translation>manager</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingen registrert.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontaktrekkefølge</source>
        <translation>Contact order</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Samarbeider med</source>
        <translation>Cooperates with</translation>
    </message>
</context>
<context>
    <name>EndUnitDialog</name>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="+227"/>
        <source>Avslutt enhet</source>
        <translation>End unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«{0}» vises ikke i kartet etter siste dag. Historikken beholdes.</source>
        <translation>“{0}” will not be shown in the chart after its last day. Its history is kept.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Siste dag:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Siste dag kan ikke være før enheten startet ({0}).</source>
        <translation>The last day cannot be before the unit started ({0}).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+45"/>
        <source>Kan ikke utføres</source>
        <translation>Cannot be done</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det oppstod en uventet feil ({name}). Det du holdt på med ble kanskje ikke lagret, men programmet kan brukes videre. Feilen er skrevet i loggfilen.</source>
        <translation>An unexpected error occurred ({name}). What you were doing may not have been saved, but you can carry on using the program. The error has been written to the log file.</translation>
    </message>
    <message>
        <location filename="../../core/file_errors.py" line="+11"/>
        <source>filen eller mappen finnes ikke</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>du har ikke tilgang</source>
        <translation>you do not have access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disken er full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>det er en mappe, ikke en fil</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stedet kan bare leses, ikke skrives til</source>
        <translation>the location is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>navnet er for langt</source>
        <translation>the name is too long</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+56"/>
        <source>Åpner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database: {}</source>
        <translation>Database: {}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last inn &amp;eksempeldata…</source>
        <translation>Load &amp;sample data…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Avslutt</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Om Helsehus Desktop</source>
        <translation>&amp;About Helsehus Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Om &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Last inn eksempeldata</source>
        <translation>Load sample data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksempeldataene (Levanger kommunes organisasjon fra lysarkene) legges inn. Enheter fra eksempeldataene som finnes fra før, settes tilbake slik de var i eksempelet. Dette kan ikke angres. Fortsette?</source>
        <translation>The sample data (Levanger municipality’s organisation from the slides) will be loaded. Units from the sample data that already exist are reset to how they were in the sample. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Eksempeldata lastet inn. Nye enheter: {0}, oppdaterte: {1}.</source>
        <translation>Sample data loaded. New units: {0}, updated: {1}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Om Helsehus Desktop</source>
        <translation>About Helsehus Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Helsehus Desktop {version}&lt;/h3&gt;&lt;p&gt;Organisasjonskart, palliative forløp og ressursgruppemøter for hjemme- og institusjonstjenesten.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;&lt;p&gt;Python {py}, Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Helsehus Desktop {version}&lt;/h3&gt;&lt;p&gt;Organisation chart, palliative pathways and resource group meetings for home care and institutional services.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;&lt;p&gt;Python {py}, Qt {qt}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="-43"/>
        <source>Flytt enhet</source>
        <translation>Move unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt «{0}» under:</source>
        <translation>Move “{0}” under:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ingen – øverst i kartet)</source>
        <translation>(none – top of the chart)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ny &amp;overordnet:</source>
        <translation>New &amp;parent unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gjelder &amp;fra:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Velg en enhet fra listen.</source>
        <translation>Choose a unit from the list.</translation>
    </message>
</context>
<context>
    <name>OrgChartTab</name>
    <message>
        <location filename="../../ui/orgchart/tab.py" line="+89"/>
        <source>Ny &amp;underenhet…</source>
        <translation>New &amp;sub-unit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endre enhet…</source>
        <translation>&amp;Edit unit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gi nytt &amp;navn</source>
        <translation>Rena&amp;me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flytt…</source>
        <translation>Mo&amp;ve…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tillinger og personer…</source>
        <translation>&amp;Positions and people…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kontaktrekkefølge…</source>
        <translation>&amp;Contact order…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;marbeid…</source>
        <translation>C&amp;ooperation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fold &amp;inn/ut gren i kartet</source>
        <translation>Collapse/e&amp;xpand branch in chart</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Søk…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;inn</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom &amp;ut</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tilpass til vinduet</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Skriv ut &amp;organisasjonskart (PDF)…</source>
        <translation>Print &amp;organisation chart (PDF)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;ksporter organisasjonen (JSON)…</source>
        <translation>&amp;Export organisation (JSON)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Importer organisasjonen (JSON)…</source>
        <translation>&amp;Import organisation (JSON)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per &amp;dato:</source>
        <translation>As &amp;of:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis organisasjonen slik den var på denne datoen</source>
        <translation>Show the organisation as it was on this date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I d&amp;ag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Søk etter enhet, stilling eller person…</source>
        <translation>Search for a unit, position or person…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Samarbeid</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis samarbeidslinjer (stiplet) i kartet</source>
        <translation>Show cooperation lines (dashed) in the chart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Ny enhet &amp;øverst…</source>
        <translation>&amp;New top-level unit…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avslutt en&amp;het…</source>
        <translation>End uni&amp;t…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;lett enhet…</source>
        <translation>&amp;Delete unit…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Fold ut &amp;alle grener</source>
        <translation>Expand &amp;all branches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis samarbeids&amp;linjer</source>
        <translation>Show &amp;cooperation lines</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Enheter: {0} · stillinger: {1} · per {2}</source>
        <translation>Units: {0} · positions: {1} · as of {2}</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ny enhet under «{0}»</source>
        <translation>New unit under “{0}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ny enhet «{0}»</source>
        <translation>New unit “{0}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Endre «{0}»</source>
        <translation>Edit “{0}”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Gi nytt navn til «{0}»</source>
        <translation>Rename “{0}”</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+33"/>
        <source>Flytt «{0}»</source>
        <translation>Move “{0}”</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>«{0}» ligger under «{1}». En enhet kan ikke flyttes under seg selv eller en av sine underenheter.</source>
        <translation>“{0}” is under “{1}”. A unit cannot be moved under itself or one of its sub-units.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kan ikke flyttes</source>
        <translation>Cannot be moved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flytt enhet</source>
        <translation>Move unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flytte «{0}» under «{1}» fra {2}?</source>
        <translation>Move “{0}” under “{1}” from {2}?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Avslutt «{0}»</source>
        <translation>End “{0}”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Slett enhet</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slette «{0}» med stillinger, kontaktrekkefølge og samarbeid?

Vil du bare vise at enheten er nedlagt, bruk «Avslutt enhet» i stedet, så beholdes historikken. Slettingen kan angres med Ctrl+Z.</source>
        <translation>Delete “{0}” with its positions, contact order and cooperation?

If you only want to show that the unit has closed down, use “End unit” instead, so that its history is kept. The deletion can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slett «{0}»</source>
        <translation>Delete “{0}”</translation>
    </message>
</context>
<context>
    <name>OrgController</name>
    <message>
        <location filename="../../ui/orgchart/controller.py" line="+32"/>
        <source>Kunne ikke angre eller gjøre om</source>
        <translation>Could not undo or redo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trinnet er tatt ut av angre-listen. Det som er lagret, er som før forsøket.</source>
        <translation>The step has been removed from the undo list. What is saved is as it was before the attempt.</translation>
    </message>
</context>
<context>
    <name>OrgFiles</name>
    <message>
        <location filename="../../ui/orgchart/files.py" line="+103"/>
        <source>Filen kunne ikke brukes</source>
        <translation>The file could not be used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{0}» kunne ikke leses eller skrives: {1}</source>
        <translation>“{0}” could not be read or written: {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lagre organisasjonskart</source>
        <translation>Save organisation chart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Organisasjonskartet er skrevet til {0} (sider: {1}).</source>
        <translation>The organisation chart was written to {0} (pages: {1}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen PDF-leser</source>
        <translation>No PDF viewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fant ikke noe program som kan vise PDF-filer. Bruk «Lagre som…» og åpn filen på en annen måte, eller installer en PDF-leser.</source>
        <translation>No program that can show PDF files was found. Use “Save as…” and open the file another way, or install a PDF viewer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Eksporter organisasjonen</source>
        <translation>Export organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON-filer (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisasjonen er eksportert til {0}.</source>
        <translation>The organisation was exported to {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>Importer organisasjonen</source>
        <translation>Import organisation</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>JSON-filer (*.json);;Alle filer (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Filen kan ikke importeres</source>
        <translation>The file cannot be imported</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Enheter i filen: {0}. Nye: {1}. Finnes fra før og blir erstattet av innholdet i filen: {2}. Importen kan ikke angres. Fortsette?</source>
        <translation>Units in the file: {0}. New: {1}. Already present and replaced by the file’s content: {2}. The import cannot be undone. Continue?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importert. Nye enheter: {0}, oppdaterte: {1}.</source>
        <translation>Imported. New units: {0}, updated: {1}.</translation>
    </message>
</context>
<context>
    <name>OrgImport</name>
    <message>
        <location filename="../../core/orgchart_json.py" line="+81"/>
        <source>Filen er større enn 10 MB.</source>
        <translation>The file is larger than 10 MB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen kunne ikke leses som tekst.</source>
        <translation>The file could not be read as text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen er lagret som UTF-16 eller UTF-32. Lagre den som UTF-8 og prøv igjen.</source>
        <translation>The file is saved as UTF-16 or UTF-32. Save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filen er ikke gyldig UTF-8-tekst (feil på linje {line}).</source>
        <translation>The file is not valid UTF-8 text (error on line {line}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filen er tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen er ikke gyldig JSON (linje {line}, kolonne {col}).</source>
        <translation>The file is not valid JSON (line {line}, column {col}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filen er ikke gyldig: JSON-strukturen er for dyp.</source>
        <translation>The file is not valid: the JSON structure is nested too deeply.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen er ikke et organisasjonskart fra Helsehus (feltet «format» mangler).</source>
        <translation>The file is not a Helsehus organisation chart (the “format” field is missing).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filen er ikke et organisasjonskart fra Helsehus (format «{value}»).</source>
        <translation>The file is not a Helsehus organisation chart (format “{value}”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formatversjonen må være et heltall.</source>
        <translation>The format version must be a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen er laget av en nyere versjon av programmet (format {version}). Oppdater programmet for å lese den.</source>
        <translation>The file was made by a newer version of the program (format {version}). Update the program to read it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ukjent formatversjon {version}.</source>
        <translation>Unknown format version {version}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feltet «{field}» står to ganger.</source>
        <translation>The field “{field}” appears twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent felt «{field}».</source>
        <translation>Unknown field “{field}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent felt «{field}». Mente du «{suggestion}»?</source>
        <translation>Unknown field “{field}”. Did you mean “{suggestion}”?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feltet «{field}» mangler.</source>
        <translation>The field “{field}” is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdien kan ikke være null.</source>
        <translation>The value cannot be null.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feltet kan ikke være tomt.</source>
        <translation>The field cannot be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdien må være et JSON-objekt.</source>
        <translation>The value must be a JSON object.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdien må være en liste.</source>
        <translation>The value must be a list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdien må være tekst i anførselstegn.</source>
        <translation>The value must be text in quotation marks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdien må være true eller false.</source>
        <translation>The value must be true or false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdien må være et heltall.</source>
        <translation>The value must be a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tallet er for stort.</source>
        <translation>The number is too large.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teksten er for lang ({length} tegn; høyst {limit} er tillatt).</source>
        <translation>The text is too long ({length} characters; at most {limit} are allowed).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teksten inneholder et ugyldig kontrolltegn ({code}).</source>
        <translation>The text contains an invalid control character ({code}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datoen må være tekst på formatet ÅÅÅÅ-MM-DD, for eksempel «2024-01-01».</source>
        <translation>The date must be text in the format YYYY-MM-DD, for example “2024-01-01”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ugyldig dato «{value}»: bruk formatet ÅÅÅÅ-MM-DD.</source>
        <translation>Invalid date “{value}”: use the format YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluttdato er før startdato ({valid_to} er før {valid_from}).</source>
        <translation>The end date is before the start date ({valid_to} is before {valid_from}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filen har {count} enheter; høyst {limit} er tillatt.</source>
        <translation>The file has {count} units; at most {limit} are allowed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ukjent enhetstype «{value}». Gyldige typer er: {kinds}.</source>
        <translation>Unknown unit type “{value}”. Valid types are: {kinds}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enhetsnøkkelen «{key}» står to ganger.</source>
        <translation>The unit key “{key}” appears twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillingsnøkkelen «{key}» står to ganger.</source>
        <translation>The position key “{key}” appears twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enheten «{key}» finnes ikke i filen.</source>
        <translation>The unit “{key}” is not in the file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rangen i kontaktrekkefølgen må være et helt tall fra 1 til {limit} (fant {value}).</source>
        <translation>The rank in the contact order must be a whole number from 1 to {limit} (found {value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontaktrekkefølgen til «{key}» har rang {rank} to ganger samtidig (fra {day}).</source>
        <translation>The contact order of “{key}” has rank {rank} twice at the same time (from {day}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enheten «{key}» kan ikke stå i linjen under seg selv.</source>
        <translation>The unit “{key}” cannot be under itself in line management.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enheten «{key}» har to overordnede samtidig: «{first}» og «{second}» (fra {day}).</source>
        <translation>The unit “{key}” has two parent units at the same time: “{first}” and “{second}” (from {day}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linjeledelsen danner en sirkel fra {day}: {cycle}.</source>
        <translation>Line management forms a loop from {day}: {cycle}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enheten «{key}» kan ikke samarbeide med seg selv.</source>
        <translation>The unit “{key}” cannot cooperate with itself.</translation>
    </message>
</context>
<context>
    <name>OrgRule</name>
    <message>
        <location filename="../../core/orgchart.py" line="+219"/>
        <source>Sluttdatoen kan ikke være før startdatoen.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <location filename="../../store/orgchart_service.py" line="+80"/>
        <source>«{name}» ville fått to overordnede samtidig. Avslutt den ene først.</source>
        <translation>“{name}” would report to two units at once. End one of them first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endringen ville gjort en enhet til sin egen overordnede ({names}).</source>
        <translation>The change would make a unit its own parent unit ({names}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enheten må ha et navn.</source>
        <translation>The unit must have a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ukjent type enhet.</source>
        <translation>Unknown unit type.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>«{name}» ligger fortsatt under denne enheten etter siste dag. Flytt eller avslutt underenhetene først.</source>
        <translation>“{name}” still reports to this unit after its last day. Move or end the sub-units first.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enheten har underenheter (nå eller tidligere). Flytt eller slett dem først, eller avslutt enheten med en sluttdato i stedet.</source>
        <translation>The unit has sub-units (now or in the past). Move or delete them first, or end the unit with an end date instead.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>En enhet kan ikke flyttes under seg selv eller en av sine underenheter.</source>
        <translation>A unit cannot be moved under itself or one of its sub-units.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>En stilling må ha en tittel.</source>
        <translation>A position must have a title.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hvert trinn i kontaktrekkefølgen må ha en rolle, for eksempel «Fagkoordinator» eller «Kontaktperson».</source>
        <translation>Every step of the contact order needs a role, for example “Professional coordinator” or “Contact person”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>En enhet kan ikke samarbeide med seg selv.</source>
        <translation>A unit cannot cooperate with itself.</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <location filename="../../ui/orgchart/tree_model.py" line="+22"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>vakant</source>
        <translation>vacant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leder</source>
        <translation>Manager</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../../ui/orgchart/files.py" line="-173"/>
        <source>Skriv ut organisasjonskart</source>
        <translation>Print organisation chart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kartet per {0}, som PDF. Grener som er foldet inn i kartet, er foldet inn på utskriften også.</source>
        <translation>The chart as of {0}, as a PDF. Branches collapsed in the chart are collapsed in the printout too.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A4 liggende</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 liggende</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ta med liste over enheter, stillinger og kontaktrekkefølge</source>
        <translation>Include a list of units, positions and contact orders</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Åpne i PDF-leser</source>
        <translation>&amp;Open in PDF viewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lagre som…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RelationEditors</name>
    <message>
        <location filename="../../ui/orgchart/relations.py" line="+37"/>
        <source>{0} (avsluttet {1})</source>
        <translation>{0} (ended {1})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stillinger og personer – {0}</source>
        <translation>Positions and people – {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La navnet stå tomt for en ledig (vakant) stilling. Merk lederen av enheten.</source>
        <translation>Leave the name blank for an unfilled (vacant) position. Tick the unit’s manager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leder</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skriv inn en tittel</source>
        <translation>enter a title</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stillinger i «{0}»</source>
        <translation>Positions in “{0}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bare én stilling kan være leder av enheten</source>
        <translation>only one position can be the head of the unit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kontaktrekkefølge – {0}</source>
        <translation>Contact order – {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvem som skal kontaktes først, deretter andre og tredje. Bruk «Flytt opp» og «Flytt ned» for å endre rekkefølgen.</source>
        <translation>Who is to be contacted first, then second and third. Use “Move up” and “Move down” to change the order.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>skriv inn en rolle, for eksempel «Kontaktperson»</source>
        <translation>enter a role, for example “Contact person”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gjelder &amp;fra:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kontaktrekkefølge for «{0}»</source>
        <translation>Contact order for “{0}”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Samarbeid – {0}</source>
        <translation>Cooperation – {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enheter «{0}» samarbeider med. Sett en sluttdato når et samarbeid opphører, så vises det fortsatt for tidligere datoer.</source>
        <translation>Units that “{0}” cooperates with. Set an end date when a cooperation ends, so that it is still shown for earlier dates.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samarbeider med</source>
        <translation>Cooperates with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Til og med</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sluttdatoen er før startdatoen</source>
        <translation>the end date is before the start date</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Samarbeid for «{0}»</source>
        <translation>Cooperation for “{0}”</translation>
    </message>
</context>
<context>
    <name>RowsDialog</name>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="+83"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;jern</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt &amp;opp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flytt &amp;ned</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>velg en enhet fra listen</source>
        <translation>choose a unit from the list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skriv inn en dato</source>
        <translation>enter a date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>«{0}» er ikke en dato på formen DD.MM.ÅÅÅÅ</source>
        <translation>“{0}” is not a date in the form DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>teksten er for lang (høyst {0} tegn)</source>
        <translation>the text is too long (at most {0} characters)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rad {0}, «{1}»: {2}.</source>
        <translation>Row {0}, “{1}”: {2}.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../store/database.py" line="+38"/>
        <source>Databasen er opptatt av et annet program. Vent litt og prøv igjen.</source>
        <translation>The database is busy with another program. Wait a moment and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disken er full, så endringen ble ikke lagret. Frigjør plass og prøv igjen.</source>
        <translation>The disk is full, so the change was not saved. Free up some space and try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Databasefilen er skadet eller er ikke en database fra Helsehus Desktop.</source>
        <translation>The database file is damaged or is not a Helsehus Desktop database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Databasen kan ikke skrives til (skrivebeskyttet).</source>
        <translation>The database cannot be written to (read-only).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen kunne ikke åpnes. Kontroller at stien peker på en databasefil fra Helsehus Desktop (eller en mappe der en ny kan lages), og at du har tilgang til den.</source>
        <translation>The database could not be opened. Check that the path points to a Helsehus Desktop database file (or a folder where a new one can be made) and that you have access to it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Databasen svarte med en feil, og endringen ble ikke lagret.</source>
        <translation>The database replied with an error, and the change was not saved.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Databasen er laget av en nyere versjon av Helsehus Desktop og kan ikke åpnes med denne versjonen. Oppdater programmet. Databasen er ikke endret.</source>
        <translation>The database was made by a newer version of Helsehus Desktop and cannot be opened with this version. Update the program. The database has not been changed.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="-330"/>
        <source>Avsluttet, siste dag:</source>
        <translation>Ended, last day:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beskrivelse:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adresse:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gjelder &amp;fra:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Skriv inn navnet på enheten.</source>
        <translation>Enter the name of the unit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beskrivelsen er for lang: høyst {0} tegn.</source>
        <translation>The description is too long: at most {0} characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Siste dag kan ikke være før «Gjelder fra» ({0}).</source>
        <translation>The last day cannot be before “Valid from” ({0}).</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <location filename="../../core/orgchart.py" line="-199"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tjenestested</source>
        <translation>Service site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avdeling</source>
        <translation>Ward/department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidslag</source>
        <translation>Work team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funksjon</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekstern samarbeidspart</source>
        <translation>External partner</translation>
    </message>
</context>
</TS>
