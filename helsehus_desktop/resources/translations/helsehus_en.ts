<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>Access</name>
    <message>
        <location filename="../../store/access.py" line="+17"/>
        <source>opprettet</source>
        <translation>created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>åpnet</source>
        <translation>opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endret</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slettet</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skrev ut</source>
        <translation>printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eksporterte</source>
        <translation>exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>så tilgangsloggen</source>
        <translation>viewed the access log</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/meetings/actions.py" line="+46"/>
        <source>Nytt tiltak</source>
        <translation>New action item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endre tiltak</source>
        <translation>Edit action item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hva som skal gjøres</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvem som har ansvaret</source>
        <translation>Who is responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frist:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tiltak:</source>
        <translation>&amp;Action item:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ansvarlig:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel bakgrunnen for tiltaket</source>
        <translation>For example, the background for the action item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merknad:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <location line="+53"/>
        <location line="+58"/>
        <source>Tiltak</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Fra møte</source>
        <translation>From meeting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nytt t&amp;iltak…</source>
        <translation>New &amp;action item…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;dre…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endre stat&amp;us…</source>
        <translation>Change stat&amp;us…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slett…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slett det valgte tiltaket (Delete)</source>
        <translation>Delete the selected action item (Delete)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+121"/>
        <source>Historikk for valgt tiltak</source>
        <translation>History of the selected action item</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} (senere {1} {2})</source>
        <translation>{0} (later {1} {2})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0} (forfalt)</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nytt i dette møtet</source>
        <translation>New in this meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overført fra {0}</source>
        <translation>Carried over from {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ingen tiltak er åpne eller ført i dette møtet.</source>
        <translation>No action items are open or recorded in this meeting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åpne tiltak: {0}, av dem forfalt: {1} (vist i rødt).</source>
        <translation>Open action items: {0}, of which overdue: {1} (shown in red).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Åpne tiltak: {0}.</source>
        <translation>Open action items: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lukket i dette møtet: {0}.</source>
        <translation>Closed in this meeting: {0}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Historikk: {0}</source>
        <translation>History: {0}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Slette tiltaket «{0}» med hele historikken, også fra tidligere møter? Et tiltak som er gjort eller ikke lenger gjelder, bør heller få status «Utført» eller «Utgår». Slettingen kan ikke angres.</source>
        <translation>Delete the action item “{0}” with its entire history, including from earlier meetings? An action item that has been done or no longer applies should instead be given the status “Done” or “Dropped”. Deletion cannot be undone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slett tiltak</source>
        <translation>Delete action item</translation>
    </message>
</context>
<context>
    <name>ActivitiesSection</name>
    <message>
        <location filename="../../ui/pathways/checklists.py" line="+226"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sannsynlige aktiviteter i {0}. Punkter fra et tidligere forløp blir stående med det som er registrert.</source>
        <translation>Likely activities in {0}. Items from an earlier pathway stay, with what has been recorded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ikke lenger krav i dette forløpet</source>
        <translation>no longer required in this pathway</translation>
    </message>
</context>
<context>
    <name>AcuteSection</name>
    <message>
        <location filename="../../ui/pathways/acute.py" line="+37"/>
        <source>Forberedelse til akutte endringer er en aktivitet i forløp 3.</source>
        <translation>Preparing for acute changes is an activity in Pathway 3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forutsette og uforutsette situasjoner</source>
        <translation>Foreseen and unforeseen situations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forutsett</source>
        <translation>Foreseen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uforutsett</source>
        <translation>Unforeseen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situasjon</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hva gjøres</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem ringes</source>
        <translation>Who to call</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Respirasjonsstøtte ikke aktuelt (resp minus)</source>
        <translation>Ventilation support not appropriate (no ventilator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sykehusinnleggelse ikke aktuelt (sykehus minus)</source>
        <translation>Hospital admission not appropriate (no hospital)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infeksjon: behandle eller ikke</source>
        <translation>Infection: treat or not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lungeødem</source>
        <translation>Pulmonary oedema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akutt smerte</source>
        <translation>Acute pain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uro/delir</source>
        <translation>Restlessness/delirium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blødning</source>
        <translation>Bleeding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legg til vanlig situasjon</source>
        <translation>Add a common situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forslag til forutsette situasjoner fra lysarket om forløp 3</source>
        <translation>Suggested foreseen situations from the Pathway 3 slide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kontaktplan</source>
        <translation>Contact plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvem pasient og pårørende ringer, med telefonnummer</source>
        <translation>Who the patient and family call, with phone number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behov for ekstra hjemmebesøk/oppfølging:</source>
        <translation>Need for extra home visits/follow-up:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Akutte endringer</source>
        <translation>Acute changes</translation>
    </message>
</context>
<context>
    <name>AdvanceCareSection</name>
    <message>
        <location filename="../../ui/pathways/advance_care.py" line="+30"/>
        <source>Samtalen er holdt</source>
        <translation>The conversation has taken place</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For eksempel pasient, datter, fastlege</source>
        <translation>For example patient, daughter, GP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samtalen</source>
        <translation>The conversation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deltakere:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hva er viktig for pasienten:</source>
        <translation>What matters to the patient:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ønsket sted for pleie:</source>
        <translation>Preferred place of care:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ønsket sted å dø:</source>
        <translation>Preferred place of death:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For eksempel antibiotika ved lungebetennelse, ikke ved urinveisinfeksjon</source>
        <translation>For example antibiotics for pneumonia, not for urinary tract infection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flagget i HP</source>
        <translation>Flagged in the health record (HP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viktig informasjon er flagget i pasientjournalen</source>
        <translation>Important information is flagged in the patient’s health record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandlingsavklaring med fastlege</source>
        <translation>Treatment clarification with the GP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sykehusinnleggelse:</source>
        <translation>Hospital admission:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respirator:</source>
        <translation>Ventilator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HLR-status:</source>
        <translation>CPR status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infeksjonsbehandling:</source>
        <translation>Infection treatment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andre begrensninger:</source>
        <translation>Other limitations:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Forhåndssamtale</source>
        <translation>Advance care planning</translation>
    </message>
</context>
<context>
    <name>AgendaItemBox</name>
    <message>
        <location filename="../../ui/meetings/agenda.py" line="+32"/>
        <source>Hva saken gjelder</source>
        <translation>What the item concerns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hva som ble sagt og vurdert</source>
        <translation>What was said and considered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hva møtet ble enige om</source>
        <translation>What the meeting agreed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flytt opp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flytt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern saken</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sak:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referat:</source>
        <translation>Minutes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vedtak:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sak {0}</source>
        <translation>Item {0}</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <location line="+21"/>
        <source>Ingen saker ennå. Trykk «Legg til sak» for å sette opp sakslisten.</source>
        <translation>No items yet. Press “Add item” to set up the agenda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legg t&amp;il sak</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saksliste og referat</source>
        <translation>Agenda and minutes</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+117"/>
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
    <name>AttendanceSection</name>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="+50"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representerer</source>
        <translation>Represents</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Oppmøte</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Stedfortreder</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Serien har ingen medlemmer ennå. Legg dem til under «Endre…» under møteseriene, så kan oppmøtet føres her.</source>
        <translation>The series has no members yet. Add them under “Edit…” below the meeting series, and attendance can be recorded here.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alle til ste&amp;de</source>
        <translation>All &amp;present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merk alle medlemmene som til stede</source>
        <translation>Mark all members as present</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Oppmøte for {0}</source>
        <translation>Attendance for {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stedfortreder for {0}</source>
        <translation>Deputy for {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Serien krever ikke at bestemte enheter er til stede.</source>
        <translation>The series does not require particular units to be present.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Må være representert: {0}</source>
        <translation>Must be represented: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hvem kom i stedet</source>
        <translation>Who came instead</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <location filename="../../ui/meetings/schedule_dialog.py" line="+268"/>
        <source>Avlys møte</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Møtet {0} blir stående i listen som avlyst. Det kan gjeninnføres senere.</source>
        <translation>The meeting {0} will remain in the list as cancelled. It can be reinstated later.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for eksempel for få påmeldte</source>
        <translation>for example, too few sign-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hvorfor:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../ui/meetings/reviews.py" line="+56"/>
        <source>Legg til forløp</source>
        <translation>Add pathway</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aktive forløp i enhetene serien representerer. Velg ett eller flere (Ctrl-klikk eller Shift-klikk for flere). Rødt stopp-punkt er forfalt.</source>
        <translation>Active pathways in the units the series represents. Choose one or more (Ctrl-click or Shift-click for several). A red stop point is overdue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pasient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forløp</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neste stopp-punkt</source>
        <translation>Next stop point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Siste ESAS-r</source>
        <translation>Latest ESAS-r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Høyeste skår</source>
        <translation>Highest score</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} (forfalt)</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopp-punktet er forfalt</source>
        <translation>The stop point is overdue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ingen aktive forløp å legge til: alle er allerede med, eller enhetene har ingen aktive forløp.</source>
        <translation>No active pathways to add: all are already included, or the units have no active pathways.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Velg minst ett forløp i listen.</source>
        <translation>Choose at least one pathway in the list.</translation>
    </message>
</context>
<context>
    <name>ChartMemberDialog</name>
    <message>
        <location filename="../../ui/meetings/series_dialog.py" line="+140"/>
        <source>Velg fra organisasjonskartet</source>
        <translation>Choose from the organisation chart</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv eller velg en enhet</source>
        <translation>Type or choose a unit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tomt: stillingens tittel</source>
        <translation>empty: the position&apos;s title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Personer:</source>
        <translation>&amp;People:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;olle i gruppen:</source>
        <translation>R&amp;ole in the group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold Ctrl nede for å velge flere personer.</source>
        <translation>Hold down Ctrl to choose several people.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ingen stillinger med navngitt person i denne enheten.</source>
        <translation>No positions with a named person in this unit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Velg en enhet fra listen.</source>
        <translation>Choose a unit from the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Velg minst én person.</source>
        <translation>Choose at least one person.</translation>
    </message>
</context>
<context>
    <name>ChartPickDialog</name>
    <message>
        <location filename="../../ui/pathways/team.py" line="+55"/>
        <source>Legg til fra organisasjonskartet</source>
        <translation>Add from the organisation chart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv eller velg en enhet</source>
        <translation>Type or choose a unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg rolle</source>
        <translation>Choose a role</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enhet:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle rundt pasienten:</source>
        <translation>Role in the patient’s care:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kontaktrekkefølge {0}, {1}: {2}</source>
        <translation>Contact order {0}, {1}: {2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enheten selv: {0}</source>
        <translation>The unit itself: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Velg en enhet fra listen.</source>
        <translation>Choose a unit from the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Velg en person eller enheten selv.</source>
        <translation>Choose a person or the unit itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Velg hvilken rolle de har rundt pasienten.</source>
        <translation>Choose the role they have in the patient’s care.</translation>
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
    <name>ChecklistSection</name>
    <message>
        <location filename="../../ui/pathways/checklists.py" line="-148"/>
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Re&amp;diger…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Utført: {0} av {1}</source>
        <translation>Done: {0} of {1}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fjern avkrysning</source>
        <translation>Clear the tick</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Punktet blir merket som ikke utført, og dato og hvem som gjorde det, fjernes. Merknaden blir stående. Fortsette?</source>
        <translation>The item will be marked as not done, and the date and who did it will be removed. The note is kept. Continue?</translation>
    </message>
</context>
<context>
    <name>CompetenceDialog</name>
    <message>
        <location filename="../../ui/meetings/competence_dialogs.py" line="+150"/>
        <source>Ny kompetanse</source>
        <translation>New competence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endre kompetanse</source>
        <translation>Edit competence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv eller velg en enhet</source>
        <translation>Type or choose a unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv navnet, eller velg fra kartet nedenfor</source>
        <translation>Type the name, or choose from the chart below</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg fra organisasjonskartet …</source>
        <translation>Choose from the organisation chart …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For eksempel «Palliasjon i kommunehelsetjenesten»</source>
        <translation>For example “Palliative care in the municipal health service”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fu&amp;llført:</source>
        <translation>Comp&amp;leted:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;nhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fra &amp;kartet:</source>
        <translation>From the &amp;chart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;urs/utdanning:</source>
        <translation>Cour&amp;se/education:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ivå:</source>
        <translation>Le&amp;vel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merknad:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Velg en enhet der organisasjonskartet har navngitte personer.</source>
        <translation>Choose a unit where the organisation chart has named people.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kontaktrekkefølge {0}, {1}: {2}</source>
        <translation>Contact order {0}, {1}: {2}</translation>
    </message>
</context>
<context>
    <name>CompetenceView</name>
    <message>
        <location filename="../../ui/meetings/competence.py" line="+68"/>
        <source>Hvem som har kompetanse i palliasjon og kreftomsorg i hver enhet, og opplæringsbehov som er meldt i møtene. Arbeidsgruppen kan rapportere herfra.</source>
        <translation>Who has competence in palliative and cancer care in each unit, and training needs reported in the meetings. The working group can report from here.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vis enhe&amp;t:</source>
        <translation>Show &amp;unit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+19"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Kurs/utdanning</source>
        <translation>Course/education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fullført</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;Ny kompetanse …</source>
        <translation>&amp;New competence …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Endre …</source>
        <translation>Edi&amp;t …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Slett …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kompetanseregister</source>
        <translation>Competence register</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Personer i alt</source>
        <translation>People in total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Antall personer med kompetanse på hvert nivå; en person telles én gang.</source>
        <translation>Number of people with competence at each level; each person is counted once.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oppsummering per enhet (antall personer)</source>
        <translation>Summary per unit (number of people)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meldt</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dekket</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>V&amp;is dekkede</source>
        <translation>Show c&amp;overed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nytt &amp;behov …</source>
        <translation>Ne&amp;w need …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endre beh&amp;ov …</source>
        <translation>Ed&amp;it need …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marker som &amp;dekket</source>
        <translation>Mar&amp;k as covered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;lett behov …</source>
        <translation>De&amp;lete need …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opplæringsbehov meldt i møter</source>
        <translation>Training needs reported in meetings</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+90"/>
        <source>Alle enheter</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>(uten enhet)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(slettet enhet)</source>
        <translation>(deleted unit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (ikke lenger i kartet)</source>
        <translation>{0} (no longer in the chart)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ikke fullført</source>
        <translation>not completed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} registreringer, {1} personer</source>
        <translation>{0} entries, {1} people</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Slette «{0}» for {1} fra kompetanseregisteret?</source>
        <translation>Delete “{0}” for {1} from the competence register?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slett kompetanse</source>
        <translation>Delete competence</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Slette opplæringsbehovet «{0}»?</source>
        <translation>Delete the training need “{0}”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slett opplæringsbehov</source>
        <translation>Delete training need</translation>
    </message>
</context>
<context>
    <name>CountChart</name>
    <message>
        <location filename="../../ui/meetings/figures.py" line="+152"/>
        <source>Ingen tall er registrert i seriens møter ennå</source>
        <translation>No figures have been recorded in the series&apos; meetings yet</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>ikke registrert</source>
        <translation>not recorded</translation>
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
    <name>DetailsSection</name>
    <message>
        <location filename="../../ui/meetings/details.py" line="+50"/>
        <source>Skriv hvorfor møtet flyttes, for eksempel «Kurs for personalet»</source>
        <translation>Enter why the meeting is being moved, for example “Staff training course”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tt:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel møterom 2, Staup helsehus</source>
        <translation>For example meeting room 2, Staup helsehus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For eksempel hvorfor møtet ble avlyst, eller hva som skal forberedes</source>
        <translation>For example why the meeting was cancelled, or what needs to be prepared</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grunn t&amp;il flytting:</source>
        <translation>Reason for &amp;moving:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kl&amp;okkeslett:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sted:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merknad:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Møtet</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Flyttet fra {0}</source>
        <translation>Moved from {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({0})</source>
        <translation> ({0})</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../ui/pathways/pathway_dialogs.py" line="+84"/>
        <source>Avslutt forløp</source>
        <translation>End pathway</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hvordan:</source>
        <translation>&amp;How:</translation>
    </message>
</context>
<context>
    <name>EndUnitDialog</name>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="+144"/>
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
        <location filename="../../ui/errors.py" line="+38"/>
        <source>Datafilen {0} kan ikke brukes: {1}. Rett filen eller fjern den.</source>
        <translation>The data file {0} cannot be used: {1}. Correct the file or remove it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/meetings/competence.py" line="+13"/>
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
    <name>Esas</name>
    <message>
        <location filename="../../core/assessments.py" line="+20"/>
        <source>Smerte</source>
        <translation>Pain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen smerte</source>
        <translation>No pain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verst tenkelig smerte</source>
        <translation>Worst possible pain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slapphet</source>
        <translation>Tiredness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen slapphet</source>
        <translation>No tiredness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verst tenkelig slapphet</source>
        <translation>Worst possible tiredness</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Døsighet</source>
        <translation>Drowsiness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen døsighet</source>
        <translation>No drowsiness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verst tenkelig døsighet</source>
        <translation>Worst possible drowsiness</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kvalme</source>
        <translation>Nausea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen kvalme</source>
        <translation>No nausea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verst tenkelig kvalme</source>
        <translation>Worst possible nausea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nedsatt matlyst</source>
        <translation>Lack of appetite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen nedsatt matlyst</source>
        <translation>No lack of appetite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verst tenkelig nedsatt matlyst</source>
        <translation>Worst possible lack of appetite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tung pust</source>
        <translation>Shortness of breath</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen tung pust</source>
        <translation>No shortness of breath</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verst tenkelig tung pust</source>
        <translation>Worst possible shortness of breath</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depresjon</source>
        <translation>Depression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen depresjon</source>
        <translation>No depression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verst tenkelig depresjon</source>
        <translation>Worst possible depression</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Angst</source>
        <translation>Anxiety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen angst</source>
        <translation>No anxiety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verst tenkelig angst</source>
        <translation>Worst possible anxiety</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velvære</source>
        <translation>Wellbeing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best tenkelig velvære</source>
        <translation>Best possible wellbeing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verst tenkelig velvære</source>
        <translation>Worst possible wellbeing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annet problem</source>
        <translation>Other problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pasient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasient med hjelp</source>
        <translation>Patient with help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pårørende</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helsepersonell</source>
        <translation>Healthcare staff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lett</source>
        <translation>mild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderat</source>
        <translation>moderate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sterk</source>
        <translation>severe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunne ikke vurderes</source>
        <translation>Could not be assessed</translation>
    </message>
</context>
<context>
    <name>EsasDialog</name>
    <message>
        <location filename="../../ui/pathways/esas.py" line="+233"/>
        <source>Ny ESAS-r-registrering</source>
        <translation>New ESAS-r entry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skår hvordan pasienten har det nå, fra 0 til 10. Kryss av for «Kunne ikke vurderes» når et punkt ikke lot seg vurdere: det lagres som ikke vurdert, ikke som 0.</source>
        <translation>Score how the patient feels now, from 0 to 10. Tick “Could not be assessed” when an item could not be assessed: it is saved as not assessed, not as 0.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Tidspunkt:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg hvem</source>
        <translation>Choose who</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fylt ut av:</source>
        <translation>&amp;Filled in by:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 betyr</source>
        <translation>0 means</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skår</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 betyr</source>
        <translation>10 means</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Legg til annet problem</source>
        <translation>&amp;Add other problem</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Annet problem nr. {0}: fyll inn skår, eller kryss av for at det ikke kunne vurderes.</source>
        <translation>Other problem no. {0}: enter a score, or tick that it could not be assessed.</translation>
    </message>
</context>
<context>
    <name>EsasSection</name>
    <message>
        <location line="+13"/>
        <source>&amp;Ny registrering…</source>
        <translation>&amp;New entry…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Slett registrering…</source>
        <translation>&amp;Delete entry…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fylt ut av</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Symptomer i kurven</source>
        <translation>Symptoms in the chart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vis i &amp;kurven:</source>
        <translation>Show in &amp;chart:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ESAS-r</source>
        <translation>ESAS-r</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Slett registrering</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slette ESAS-r-registreringen fra {0}? Den kan ikke hentes tilbake.</source>
        <translation>Delete the ESAS-r entry from {0}? It cannot be recovered.</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <location filename="../../ui/pathways/pathway_dialogs.py" line="+31"/>
        <source>Evaluer stopp-punkt</source>
        <translation>Evaluate stop point</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sett &amp;neste stopp-punkt:</source>
        <translation>Set &amp;next stop point:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Evaluert:</source>
        <translation>&amp;Evaluated:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resultat:</source>
        <translation>&amp;Outcome:</translation>
    </message>
</context>
<context>
    <name>FiguresSection</name>
    <message>
        <location filename="../../ui/meetings/figures.py" line="+11"/>
        <location line="+42"/>
        <source>Tall</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Antall</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Serien følger ingen tall. Tallene velges under «Endre…» under møteseriene.</source>
        <translation>The series tracks no figures. The figures are chosen under “Edit…” below the meeting series.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Et tomt felt («–») betyr at tallet ikke er registrert.</source>
        <translation>An empty field (“–”) means the figure has not been recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utvikling i seriens møter</source>
        <translation>Trend across the series&apos; meetings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>V&amp;is:</source>
        <translation>Cha&amp;rt:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Merknad til {0}</source>
        <translation>Note on {0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Alle tall</source>
        <translation>All figures</translation>
    </message>
</context>
<context>
    <name>FormSection</name>
    <message>
        <location filename="../../ui/pathways/forms.py" line="+63"/>
        <source>Vis planen slik den sist ble lagret</source>
        <translation>Show the plan as it was last saved</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../core/assessments.py" line="+18"/>
        <source>Tidspunktet kan ikke være fram i tid.</source>
        <translation>The time cannot be in the future.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <source>Fyll inn «{}».</source>
        <translation>Fill in “{}”.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>«{}» må være et helt tall fra 0 til 10.</source>
        <translation>“{}” must be a whole number from 0 to 10.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Velg hvem som fylte ut skjemaet.</source>
        <translation>Choose who filled in the form.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fyll inn «{}», eller kryss av for at det ikke kunne vurderes.</source>
        <translation>Fill in “{}”, or tick that it could not be assessed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+34"/>
        <source>Skjemaet har ukjente punkter.</source>
        <translation>The form has unknown items.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Annet problem nr. {}: skriv hva problemet er.</source>
        <translation>Other problem no. {}: describe the problem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ingen punkter har skår. Registrer minst ett punkt, eller lagre ikke.</source>
        <translation>No item has a score. Record at least one item, or do not save.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skriv hvem som observerte.</source>
        <translation>Enter who observed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../ui/pathways/mobid.py" line="+46"/>
        <source>Samlet smerteintensitet</source>
        <translation>Overall pain intensity</translation>
    </message>
    <message>
        <location filename="../../store/assessment_service.py" line="+22"/>
        <location filename="../../store/pathway_service.py" line="+39"/>
        <location filename="../../store/patient_service.py" line="+187"/>
        <location line="+19"/>
        <source>Pasienten finnes ikke lenger.</source>
        <translation>The patient no longer exists.</translation>
    </message>
    <message>
        <location filename="../../store/competence_service.py" line="+28"/>
        <source>Enheten finnes ikke lenger.</source>
        <translation>The unit no longer exists.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Linjen finnes ikke lenger.</source>
        <translation>The line no longer exists.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Skriv navnet på personen.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv kurset eller utdanningen.</source>
        <translation>Enter the course or education.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg nivå.</source>
        <translation>Choose a level.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../store/pathway_service.py" line="+6"/>
        <source>Datoen kan ikke være fram i tid.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Skriv hva opplæringen gjelder.</source>
        <translation>Enter what the training concerns.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg hva slags opplæring.</source>
        <translation>Choose the type of training.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datoen kan ikke være før behovet ble meldt ({}).</source>
        <translation>The date cannot be before the need was reported ({}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../store/meeting_service.py" line="+108"/>
        <location filename="../../store/review_service.py" line="+44"/>
        <location line="+73"/>
        <source>Møtet finnes ikke lenger.</source>
        <translation>The meeting no longer exists.</translation>
    </message>
    <message>
        <location filename="../../store/pathway_service.py" line="+151"/>
        <location filename="../../store/patient_service.py" line="-76"/>
        <location filename="../../store/review_service.py" line="-3"/>
        <source>Velg forløp 1, 2 eller 3.</source>
        <translation>Choose Pathway 1, 2 or 3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv hvorfor forløpet endres.</source>
        <translation>Enter why the pathway is being changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forløpet er avsluttet.</source>
        <translation>The pathway has ended.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pasienten er allerede i dette forløpet.</source>
        <translation>The patient is already on this pathway.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Datoen kan ikke være før forrige endring ({}).</source>
        <translation>The date cannot be before the previous change ({}).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Velg hvordan forløpet ble avsluttet.</source>
        <translation>Choose how the pathway ended.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sluttdatoen kan ikke være før startdatoen.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stopp-punktet kan ikke være før forløpet startet.</source>
        <translation>The stop point cannot be before the pathway started.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Skriv hva evalueringen kom fram til.</source>
        <translation>Enter the outcome of the evaluation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neste stopp-punkt må være etter evalueringen.</source>
        <translation>The next stop point must be after the evaluation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopp-punktet finnes ikke lenger.</source>
        <translation>The stop point no longer exists.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Skriv datoen punktet ble gjort.</source>
        <translation>Enter the date the item was done.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Aktiviteten finnes ikke lenger.</source>
        <translation>The activity no longer exists.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Ukjent valg.</source>
        <translation>Unknown choice.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Planen må ha trinn A, B og C.</source>
        <translation>The plan must have steps A, B and C.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan {}, legemiddel nr. {}: skriv navnet på legemiddelet.</source>
        <translation>Plan {}, medicine no. {}: enter the name of the medicine.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Situasjon nr. {}: beskriv situasjonen.</source>
        <translation>Situation no. {}: describe the situation.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Medlem nr. {}: velg en rolle.</source>
        <translation>Member no. {}: choose a role.</translation>
    </message>
    <message>
        <location filename="../../store/meeting_service.py" line="-7"/>
        <source>Møteserien finnes ikke lenger.</source>
        <translation>The meeting series no longer exists.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Skriv klokkeslettet som TT:MM, for eksempel 08:30.</source>
        <translation>Enter the time as HH:MM, for example 08:30.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Serien har allerede et møte denne dagen.</source>
        <translation>The series already has a meeting on this day.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Velg status for møtet.</source>
        <translation>Choose a status for the meeting.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Skriv navnet på møteserien.</source>
        <translation>Enter the name of the meeting series.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg hva slags gruppe dette er.</source>
        <translation>Choose what kind of group this is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../store/pathway_service.py" line="+4"/>
        <source>Medlem nr. {}: skriv navnet.</source>
        <translation>Member no. {}: enter the name.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tall nr. {}: skriv hva som telles.</source>
        <translation>Figure no. {}: enter what is counted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«{}» står to ganger i listen.</source>
        <translation>“{}” appears twice in the list.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Medlem nr. {}: enheten finnes ikke lenger.</source>
        <translation>Member no. {}: the unit no longer exists.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>En av enhetene som må være representert finnes ikke.</source>
        <translation>One of the units that must be represented does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Medlem nr. {}: stillingen finnes ikke lenger.</source>
        <translation>Member no. {}: the position no longer exists.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Serien har ingen fast møteregel å lage møter fra.</source>
        <translation>The series has no fixed meeting rule to create meetings from.</translation>
    </message>
    <message>
        <location line="+341"/>
        <source>Linje {}: velg oppmøte.</source>
        <translation>Row {}: select attendance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linje {}: skriv hvem som var stedfortreder.</source>
        <translation>Row {}: enter who was the deputy.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Et av medlemmene finnes ikke lenger i serien.</source>
        <translation>One of the members no longer exists in the series.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sak nr. {}: skriv en tittel.</source>
        <translation>Agenda item no. {}: enter a title.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tallene kan ikke være negative.</source>
        <translation>The figures cannot be negative.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Et av tallene finnes ikke lenger i serien.</source>
        <translation>One of the figures no longer exists in the series.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Skriv hva som skal gjøres.</source>
        <translation>Enter what needs to be done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg status for tiltaket.</source>
        <translation>Select a status for the action item.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tiltaket finnes ikke lenger.</source>
        <translation>The action item no longer exists.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fristen kan ikke være før tiltaket ble meldt ({}).</source>
        <translation>The deadline cannot be before the action item was reported ({}).</translation>
    </message>
    <message>
        <location filename="../../store/patient_service.py" line="-58"/>
        <source>Skriv pasientens navn.</source>
        <translation>Enter the patient’s name.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fødselsdatoen kan ikke være fram i tid.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fødselsdatoen er for langt tilbake.</source>
        <translation>The date of birth is too far in the past.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>En annen pasient er allerede registrert med dette nummeret.</source>
        <translation>Another patient is already registered with this number.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Startdatoen kan ikke være fram i tid.</source>
        <translation>The start date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/pathways/esas.py" line="-425"/>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../core/recurrence.py" line="+90"/>
        <source>Velg hvor ofte gruppen møtes.</source>
        <translation>Select how often the group meets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Velg en ukedag fra mandag til fredag.</source>
        <translation>Select a weekday from Monday to Friday.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg hva som skjer på helligdager.</source>
        <translation>Select what happens on public holidays.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Møtes hver 1. til {}. uke.</source>
        <translation>Meets every 1 to {} weeks.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Velg minst én måned.</source>
        <translation>Select at least one month.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Månedene går fra 1 til 12.</source>
        <translation>Months range from 1 to 12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Velg hvilken uke i måneden.</source>
        <translation>Select which week of the month.</translation>
    </message>
    <message>
        <location filename="../../store/review_service.py" line="+7"/>
        <source>Forløpet finnes ikke lenger.</source>
        <translation>The pathway no longer exists.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gjennomgangen finnes ikke lenger.</source>
        <translation>The review no longer exists.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Forløpet er allerede gjennomgått i dette møtet.</source>
        <translation>The pathway has already been reviewed in this meeting.</translation>
    </message>
    <message>
        <location filename="../../store/database.py" line="+127"/>
        <source>Teksten er for lang: høyst {} tegn.</source>
        <translation>The text is too long: at most {} characters.</translation>
    </message>
</context>
<context>
    <name>HomeDeathSection</name>
    <message>
        <location filename="../../ui/pathways/checklists.py" line="+55"/>
        <source>Sjekkliste ved forventet hjemmedød. Listen kan tilpasses for hvert sted (filen home_death.json i mappen «maler» ved siden av databasen).</source>
        <translation>Checklist for an expected home death. The list can be adapted for each site (the file home_death.json in the “maler” folder next to the database).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hjemmedød</source>
        <translation>Home death</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../core/identity.py" line="+19"/>
        <source>fødselsnummer</source>
        <translation>national identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D-nummer</source>
        <translation>D number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syntetisk testnummer</source>
        <translation>synthetic test number</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nummeret kan bare inneholde sifre.</source>
        <translation>The number can only contain digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nummeret må ha 11 sifre.</source>
        <translation>The number must have 11 digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Første kontrollsiffer stemmer ikke. Sjekk at nummeret er skrevet riktig.</source>
        <translation>The first check digit does not match. Check that the number is typed correctly.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Andre kontrollsiffer stemmer ikke. Sjekk at nummeret er skrevet riktig.</source>
        <translation>The second check digit does not match. Check that the number is typed correctly.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Individnummeret passer ikke med fødselsåret.</source>
        <translation>The individual number does not match the year of birth.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De seks første sifrene er ikke en gyldig dato.</source>
        <translation>The first six digits are not a valid date.</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <location filename="../../ui/pathways/pathway_dialogs.py" line="-82"/>
        <source>Endre forløp</source>
        <translation>Change pathway</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nå: {0}. Aktiviteter det nye forløpet ber om, legges til sjekklisten. Det som er registrert, blir stående.</source>
        <translation>Now: {0}. Activities the new pathway calls for are added to the checklist. What has been recorded is kept.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Nytt forløp:</source>
        <translation>&amp;New pathway:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Begrunnelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <location filename="../../ui/pathways/checklists.py" line="-218"/>
        <source>Registrer punkt</source>
        <translation>Record item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Utført</source>
        <translation>&amp;Completed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utført &amp;av:</source>
        <translation>Completed &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merknad:</source>
        <translation>&amp;Note:</translation>
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
        <location line="+21"/>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Palliative forløp</source>
        <translation>Palliative pathways</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Møter</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: {}</source>
        <translation>Database: {}</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+10"/>
        <source>&amp;Skjema for utskrift</source>
        <translation>Printable &amp;forms</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+14"/>
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
        <location line="+44"/>
        <source>Last inn eksempeldata</source>
        <translation>Load sample data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksempeldataene (Levanger kommunes organisasjon fra lysarkene, et dusin oppdiktede pasienter og et års fiktive møter) legges inn. Enheter fra eksempeldataene som finnes fra før, settes tilbake slik de var i eksempelet. Dette kan ikke angres. Fortsette?</source>
        <translation>The sample data (Levanger municipality’s organisation from the slides, a dozen fictional patients and a year of fictional meetings) will be added. Units from the sample data that already exist will be reset to how they were in the sample. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Eksempeldata lastet inn. Nye enheter: {0}, oppdaterte: {1}. Nye pasienter: {2}. Nye møter: {3}.</source>
        <translation>Sample data loaded. New units: {0}, updated: {1}. New patients: {2}. New meetings: {3}.</translation>
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
    <name>MeetingChoice</name>
    <message>
        <location filename="../../ui/meetings/competence_dialogs.py" line="+30"/>
        <source>(ikke knyttet til et møte)</source>
        <translation>(not linked to a meeting)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(møtet der behovet ble meldt)</source>
        <translation>(the meeting where the need was reported)</translation>
    </message>
</context>
<context>
    <name>MeetingFiles</name>
    <message>
        <location filename="../../ui/meetings/files.py" line="+50"/>
        <source>Ta med pasientnavn? Uten navn står bare initialene til pasientene som ble gjennomgått (for eksempel K.N.).</source>
        <translation>Include patient names? Without names, only the initials of the patients who were reviewed are shown (for example K.N.).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skriv ut saksliste</source>
        <translation>Print agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skriv ut referat</source>
        <translation>Print minutes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sakslisten er skrevet til {0} (sider: {1}).</source>
        <translation>The agenda has been written to {0} (pages: {1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referatet er skrevet til {0} (sider: {1}).</source>
        <translation>The minutes have been written to {0} (pages: {1}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Skriv ut årsplan</source>
        <translation>Print year plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Årsplan for «{0}» for året:</source>
        <translation>Year plan for “{0}” for the year:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Årsplanen er skrevet til {0} ({1} møter, sider: {2}).</source>
        <translation>The year plan has been written to {0} ({1} meetings, pages: {2}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kompetanserapport</source>
        <translation>Competence report</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kompetanserapporten er skrevet til {0} (sider: {1}).</source>
        <translation>The competence report has been written to {0} (pages: {1}).</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../ui/meetings/meeting_section.py" line="+119"/>
        <source>Vis siden slik den sist ble lagret</source>
        <translation>Show the page as it was last saved</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../ui/meetings/meeting_page.py" line="+128"/>
        <source>&lt;i&gt;Velg et møte i listen.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select a meeting in the list.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} kl. {1}</source>
        <translation>{0} at {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>flyttet fra {0}</source>
        <translation>moved from {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_section.py" line="-87"/>
        <source>ukjent enhet</source>
        <translation>unknown unit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingen til stede fra: {0}</source>
        <translation>Nobody present from: {0}</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../core/meetings.py" line="+23"/>
        <source>Utvidet ressursgruppe</source>
        <translation>Extended resource group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kjernegruppe</source>
        <translation>Core group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tverrfaglig samhandlingsmøte</source>
        <translation>Interdisciplinary coordination meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avholdt</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avlyst</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ikke registrert</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fravær</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sendte stedfortreder</source>
        <translation>Sent a deputy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Åpen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utgår</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prosedyrer</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utstyr</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kartlegging</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Kurs</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videreutdanning</source>
        <translation>Further education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Master’s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spesialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ledige institusjonsplasser</source>
        <translation>Available institution places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledige omsorgsboliger</source>
        <translation>Available care homes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UK-pasienter med behov for bistand</source>
        <translation>Discharge-ready patients needing assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palliative forløp med behov for bistand</source>
        <translation>Palliative pathways needing assistance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utfordrende atferd med behov for bistand</source>
        <translation>Challenging behaviour needing assistance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opplæringsbehov: prosedyrer</source>
        <translation>Training need: procedures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opplæringsbehov: utstyr</source>
        <translation>Training need: equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opplæringsbehov: kartlegging</source>
        <translation>Training need: assessment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aktive palliative forløp</source>
        <translation>Active palliative pathways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nye forløp siden sist</source>
        <translation>New pathways since last meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/__init__.py" line="+15"/>
        <source>man.</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tir.</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ons.</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tor.</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fre.</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lør.</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>søn.</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../ui/meetings/tab.py" line="+110"/>
        <source>&amp;Møter</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kompetanse</source>
        <translation>&amp;Competence</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ny &amp;møteserie…</source>
        <translation>New meeting se&amp;ries…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv ut &amp;referat…</source>
        <translation>Print min&amp;utes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut saks&amp;liste…</source>
        <translation>Print &amp;agenda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ut &amp;årsplan…</source>
        <translation>Print &amp;year plan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kompe&amp;tanserapport…</source>
        <translation>Compe&amp;tence report…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Møteserier</source>
        <translation>Meeting series</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vis avslu&amp;ttede</source>
        <translation>&amp;Show ended</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neste møte</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <source>Tiltak</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Åpne tiltak i serien</source>
        <translation>Open action items in the series</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ny møteserie…</source>
        <translation>Ne&amp;w meeting series…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Endre…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endre møteserien (Enter)</source>
        <translation>Edit the meeting series (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag møte&amp;plan…</source>
        <translation>Create meeting p&amp;lan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>Mer</source>
        <translation>More</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Slett møteserie…</source>
        <translation>Delete meeting &amp;series…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enheter som skal være representert, men ikke hadde noen til stede</source>
        <translation>Units that should be represented but had nobody present</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne tiltak i serien med frist på eller før møtet</source>
        <translation>Open action items in the series due on or before the meeting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N&amp;ytt enkeltmøte…</source>
        <translation>New sin&amp;gle meeting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;lytt…</source>
        <translation>M&amp;ove…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flytt møtet til en annen dag</source>
        <translation>Move the meeting to another day</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+571"/>
        <source>&amp;Avlys…</source>
        <translation>Ca&amp;ncel…</translation>
    </message>
    <message>
        <location line="-562"/>
        <source>&amp;Slett møte…</source>
        <translation>&amp;Delete meeting…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{0} (avsluttet)</source>
        <translation>{0} (ended)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Organisator: {0}</source>
        <translation>Organiser: {0}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Møteregel: {0}</source>
        <translation>Meeting rule: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serien har ingen fast møteregel.</source>
        <translation>The series has no fixed meeting rule.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Ikke registrert</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datoen er passert, men møtet er ikke registrert som avholdt.</source>
        <translation>The date has passed, but the meeting has not been recorded as held.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flyttet fra {0}</source>
        <translation>moved from {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>avlyst; {0}</source>
        <translation>cancelled; {0}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enheter uten noen til stede: {0}</source>
        <translation>Units with nobody present: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Åpne tiltak med frist på eller før møtet: {0}</source>
        <translation>Open action items due on or before the meeting: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ingen møteserier ennå. Trykk «Ny møteserie…», eller last inn eksempeldata fra Fil-menyen.</source>
        <translation>No meeting series yet. Click “New meeting series…”, or load sample data from the File menu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg en møteserie.</source>
        <translation>Select a meeting series.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Møter i «{0}»: {1} (avholdt: {2})</source>
        <translation>Meetings in “{0}”: {1} (held: {2})</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+23"/>
        <source>Møteserien er lagret.</source>
        <translation>The meeting series has been saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Slett møteserie</source>
        <translation>Delete meeting series</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slette «{0}» med alle møtene ({1}), oppmøte, referater, tall og tiltak? Gjennomganger av pasientforløp i møtene forsvinner også fra pasientenes historikk. En gruppe som ikke lenger møtes, kan i stedet merkes som avsluttet under «Endre…». Slettingen kan ikke angres.</source>
        <translation>Delete “{0}” with all its meetings ({1}), attendance, minutes, figures and action items? Reviews of patient pathways in the meetings will also disappear from the patients’ history. A group that no longer meets can instead be marked as ended under “Edit…”. The deletion cannot be undone.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Møteserien «{0}» er slettet.</source>
        <translation>The meeting series “{0}” has been deleted.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lag møteplan</source>
        <translation>Create meeting plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>«{0}» møtes ved innkalling og har ingen fast møteregel. Velg en regel under «Endre…», eller legg inn møtene med «Nytt enkeltmøte…».</source>
        <translation>“{0}” meets by notice and has no fixed meeting rule. Choose a rule under “Edit…”, or add the meetings with “New single meeting…”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} møter er lagt inn.</source>
        <translation>{0} meetings have been added.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Møtet er lagt inn.</source>
        <translation>The meeting has been added.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Møtet er flyttet.</source>
        <translation>The meeting has been moved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Møtet er gjeninnført.</source>
        <translation>The meeting has been reinstated.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Møtet er avlyst.</source>
        <translation>The meeting has been cancelled.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Slett møte</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slette møtet {0} med oppmøte, saksliste, referat, tall og gjennomgåtte forløp? Tiltak som ble meldt i møtet, blir stående i serien. Et møte som ikke blir noe av, kan i stedet avlyses: et slettet møte fra møteplanen kommer tilbake hvis møteplanen for året lages på nytt. Slettingen kan ikke angres.</source>
        <translation>Delete the meeting {0} with its attendance, agenda, minutes, figures and reviewed pathways? Action items raised in the meeting stay in the series. A meeting that will not take place can be cancelled instead: a deleted meeting from the meeting plan comes back if the year&apos;s meeting plan is created again. The deletion cannot be undone.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Møtet {0} er slettet.</source>
        <translation>The meeting {0} has been deleted.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Gjeninnfør</source>
        <translation>Rei&amp;nstate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sett det avlyste møtet tilbake som planlagt</source>
        <translation>Set the cancelled meeting back to planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avlys møtet; det blir stående i listen som avlyst</source>
        <translation>Cancel the meeting; it remains in the list as cancelled</translation>
    </message>
</context>
<context>
    <name>MobidDialog</name>
    <message>
        <location filename="../../ui/pathways/mobid.py" line="+32"/>
        <source>Ny MOBID-2-registrering</source>
        <translation>New MOBID-2 entry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kryss av for smerteatferd ved hvert punkt og skår smerteintensiteten fra 0 (ingen smerte) til 10 (verst tenkelig smerte).</source>
        <translation>Tick pain behaviour for each item and score the pain intensity from 0 (no pain) to 10 (worst possible pain).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tidspunkt:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Observatør:</source>
        <translation>&amp;Observer:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intensitet</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(0–10)</source>
        <translation>(0–10)</translation>
    </message>
</context>
<context>
    <name>MobidSection</name>
    <message>
        <location line="+42"/>
        <source>&amp;Ny registrering…</source>
        <translation>&amp;New entry…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Slett registrering…</source>
        <translation>&amp;Delete entry…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observatør</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Høyeste punkt</source>
        <translation>Highest item</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Klinisk relevant smerte fra {0}</source>
        <translation>Clinically relevant pain from {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MOBID-2</source>
        <translation>MOBID-2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Slett registrering</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slette MOBID-2-registreringen fra {0}? Den kan ikke hentes tilbake.</source>
        <translation>Delete the MOBID-2 entry from {0}? It cannot be recovered.</translation>
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
    <name>MoveMeetingDialog</name>
    <message>
        <location filename="../../ui/meetings/schedule_dialog.py" line="-40"/>
        <source>Flytt møte</source>
        <translation>Move meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Møtet er nå {0}.</source>
        <translation>The meeting is now {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etter møteregelen var det {0}.</source>
        <translation>According to the meeting rule it was {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for eksempel kollisjon med personalmøte</source>
        <translation>for example a clash with a staff meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ny dato:</source>
        <translation>&amp;New date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hvorfor:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location line="-43"/>
        <source>Nytt enkeltmøte – {0}</source>
        <translation>New single meeting – {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TT:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starttid:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ted:</source>
        <translation>&amp;Location:</translation>
    </message>
</context>
<context>
    <name>OrgChartTab</name>
    <message>
        <location filename="../../ui/orgchart/tab.py" line="+85"/>
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
    <name>OtherRow</name>
    <message>
        <location filename="../../ui/pathways/esas.py" line="+96"/>
        <source>Hva er problemet?</source>
        <translation>What is the problem?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/overview/tab.py" line="+274"/>
        <source>&amp;Stopp-punkter som skal evalueres</source>
        <translation>&amp;Stop points due for evaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>Når</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+12"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Pasient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+12"/>
        <source>Forløp</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+29"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Ingen stopp-punkter er forfalt eller har frist de neste {0} dagene.</source>
        <translation>No stop points are overdue or due in the next {0} days.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Aktiviteter som ikke er gjort</source>
        <translation>&amp;Activities not done</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Antall</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle aktiviteter forløpene krever, er gjort.</source>
        <translation>All activities required by the pathways are done.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;ESAS-r med skår 7 eller høyere, siste {0} dager</source>
        <translation>&amp;ESAS-r with score 7 or higher, last {0} days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrert</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skår</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen ESAS-r-registreringer med skår 7 eller høyere siste {0} dager.</source>
        <translation>No ESAS-r records with score 7 or higher in the last {0} days.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endringer &amp;i forløp, siste {0} dager</source>
        <translation>Changes &amp;in pathways, last {0} days</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen forløp har skiftet nivå siste {0} dager.</source>
        <translation>No pathway has changed level in the last {0} days.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tiltak med frist</source>
        <translation>Action items with &amp;deadline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiltak</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Møteserie</source>
        <translation>Meeting series</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ingen åpne tiltak er forfalt eller har frist de neste {0} dagene.</source>
        <translation>No open action items are overdue or due in the next {0} days.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kommende møter, neste {0} dager</source>
        <translation>&amp;Upcoming meetings, next {0} days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sted</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen møter de neste {0} dagene.</source>
        <translation>No meetings in the next {0} days.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aktive forløp &amp;per enhet</source>
        <translation>Active pathways &amp;per unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+337"/>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Ingen aktive forløp.</source>
        <translation>No active pathways.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kryss av enhetene du følger (mellomrom krysser av). Uten kryss vises alle enheter. Tallet er aktive forløp.</source>
        <translation>Tick the units you follow (Space ticks). With nothing ticked, all units are shown. The number is active pathways.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vis a&amp;lle enheter</source>
        <translation>Show a&amp;ll units</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Med aktive forløp</source>
        <translation>With active pathways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andre enheter</source>
        <translation>Other units</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Mine enheter ({0})</source>
        <translation>&amp;My units ({0})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Mine enheter</source>
        <translation>&amp;My units</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viser: {0}.</source>
        <translation>Showing: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viser alle enheter.</source>
        <translation>Showing all units.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{0} dager over fristen</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dag over fristen</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>i morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>om {0} dager</source>
        <translation>in {0} days</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uke {0}</source>
        <translation>week {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(ingen enhet)</source>
        <translation>(no unit)</translation>
    </message>
</context>
<context>
    <name>Pathway</name>
    <message>
        <location filename="../../core/pathway.py" line="+18"/>
        <source>Forløp 1</source>
        <translation>Pathway 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forløp 2</source>
        <translation>Pathway 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forløp 3</source>
        <translation>Pathway 3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naturlig og forventet livsavslutning; rolig og oversiktlig</source>
        <translation>Natural and expected end of life; calm and predictable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alvorlig diagnose, spesiell behandling; økt samarbeid</source>
        <translation>Serious diagnosis, special treatment; more cooperation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komplisert og kompetansekrevende; hyppige endringer</source>
        <translation>Complex and competence-demanding; frequent changes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aktivt</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsluttet</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Død i hjemmet</source>
        <translation>Died at home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Død i institusjon</source>
        <translation>Died in an institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyttet til annen tjeneste</source>
        <translation>Moved to another service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hva kan forberedes slik at forløp 2 ikke utvikles til forløp 3?</source>
        <translation>What can be prepared so that Pathway 2 does not develop into Pathway 3?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hva kan gjøres for at forløp 3 kan bli et forløp 2 eller 1?</source>
        <translation>What can be done so that Pathway 3 can become Pathway 2 or 1?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Den vanlige planen</source>
        <translation>The ordinary plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forutsett forverring</source>
        <translation>Foreseen worsening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akutt eller uforutsett endring</source>
        <translation>Acute or unforeseen change</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Ikke avklart</source>
        <translation>Not clarified</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HLR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HLR minus</source>
        <translation>No CPR (DNACPR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastlege</source>
        <translation>GP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palliativt team</source>
        <translation>Palliative team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sykehus</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fysio-/ergoterapeut</source>
        <translation>Physiotherapist/occupational therapist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kreftkoordinator</source>
        <translation>Cancer coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontaktsykepleier</source>
        <translation>Contact nurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annen</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kveld</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natt</source>
        <translation>Night</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helg</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helligdager</source>
        <translation>Public holidays</translation>
    </message>
</context>
<context>
    <name>PathwayFiles</name>
    <message>
        <location filename="../../ui/pathways/files.py" line="+30"/>
        <source>Skriv ut plan</source>
        <translation>Print plan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Planen er skrevet til {0} (sider: {1}).</source>
        <translation>The plan was written to {0} (pages: {1}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skjema for utskrift</source>
        <translation>Printable form</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Skjemaet er skrevet til {0}.</source>
        <translation>The form was written to {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Velg mappe for beredskapspermen</source>
        <translation>Choose a folder for the contingency binder</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Beredskapsperm</source>
        <translation>Contingency binder</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Ingen pasienter har aktivt forløp.</source>
        <translation>No patients have an active pathway.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriver planer …</source>
        <translation>Writing plans …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skriver plan {0} av {1} …</source>
        <translation>Writing plan {0} of {1} …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Beredskapspermen ble avbrutt; ingen filer er lagret.</source>
        <translation>The contingency binder was cancelled; no files were saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beredskapspermen er skrevet til {0} ({1} planer).</source>
        <translation>The contingency binder was written to {0} ({1} plans).</translation>
    </message>
</context>
<context>
    <name>PathwaySection</name>
    <message>
        <location filename="../../ui/pathways/pathway_page.py" line="+54"/>
        <source>Pasient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fødselsnummer:</source>
        <translation>National identity number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Født:</source>
        <translation>Born:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Språk:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarlig enhet:</source>
        <translation>Responsible unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastlege:</source>
        <translation>GP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pårørende:</source>
        <translation>Next of kin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontaktsykepleier:</source>
        <translation>Contact nurse:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+93"/>
        <source>Forløp</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+155"/>
        <source>&amp;Avslutt forløp…</source>
        <translation>En&amp;d pathway…</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Historikk:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gjennomgått i møter:</source>
        <translation>Reviewed in meetings:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Forberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Lagre svarene</source>
        <translation>&amp;Save answers</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+211"/>
        <source>Stopp-punkter</source>
        <translation>Stop points</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluert</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Nytt stopp-punkt…</source>
        <translation>&amp;New stop point…</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Endre f&amp;orløp…</source>
        <translation>&amp;Change pathway…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Evaluer stopp-&amp;punkt…</source>
        <translation>Ev&amp;aluate stop point…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slett stopp-punkt…</source>
        <translation>De&amp;lete stop point…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{0} (trenger tolk)</source>
        <translation>{0} (needs an interpreter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ukjent</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ikke kjent</source>
        <translation>not known</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ikke valgt</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aktivt siden {0}.</source>
        <translation>Active since {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avsluttet {0}: {1}. Startet {2}.</source>
        <translation>Ended {0}: {1}. Started {2}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Gjenåpne forløp…</source>
        <translation>Re&amp;open pathway…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (forfalt)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Gjenåpne forløp</source>
        <translation>Reopen pathway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forløpet blir aktivt igjen, og avslutningen fjernes. Fortsette?</source>
        <translation>The pathway will be active again, and its ending will be removed. Continue?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Velg et stopp-punkt i tabellen først.</source>
        <translation>Select a stop point in the table first.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Slett stopp-punkt</source>
        <translation>Delete stop point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slette stopp-punktet med frist {0}? Dette kan ikke angres.</source>
        <translation>Delete the stop point due {0}? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PathwayTab</name>
    <message>
        <location filename="../../ui/pathways/tab.py" line="+94"/>
        <source>&amp;Ny pasient…</source>
        <translation>&amp;New patient…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv ut &amp;plan…</source>
        <translation>Print &amp;plan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skjema for &amp;ESAS-r…</source>
        <translation>&amp;ESAS-r form…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skjema for &amp;MOBID-2…</source>
        <translation>&amp;MOBID-2 form…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beredskapsperm (alle aktive planer)…</source>
        <translation>&amp;Contingency binder (all active plans)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Søk etter &amp;pasient</source>
        <translation>Find p&amp;atient</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Søk på navn, fødselsdato eller fødselsnummer</source>
        <translation>Search by name, date of birth or national identity number</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alle forløp</source>
        <translation>All pathways</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aktive</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsluttede</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ny pasient…</source>
        <translation>New patient…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Endre pasient…</source>
        <translation>Edit pa&amp;tient…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv &amp;ut plan…</source>
        <translation>P&amp;rint plan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mer</source>
        <translation>More</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tilgangslogg…</source>
        <translation>Access &amp;log…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Slett pasient…</source>
        <translation>&amp;Delete patient…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Alle enheter</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pasienter: {0}</source>
        <translation>Patients: {0}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&lt;i&gt;Velg en pasient i listen, eller registrer en ny.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select a patient in the list, or register a new one.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;Ingen pasienter er registrert ennå. Trykk «Ny pasient…», eller last inn eksempeldata fra Fil-menyen.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No patients have been registered yet. Click “New patient…”, or load sample data from the File menu.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>født {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> – avsluttet</source>
        <translation> – ended</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ingen ansvarlig enhet</source>
        <translation>no responsible unit</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Pasienten er registrert.</source>
        <translation>The patient has been registered.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Slett pasient</source>
        <translation>Delete patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slette {0} og alt som er registrert i planen: forløp, vurderinger og kartlegginger? Bruk dette bare for en registrering som er gjort ved en feil; et forløp som er over, avsluttes i stedet. Slettingen kan ikke angres.</source>
        <translation>Delete {0} and everything recorded in the plan: pathway, evaluations and assessments? Use this only for a registration made by mistake; a pathway that is over should be ended instead. The deletion cannot be undone.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tilgangslogg – {0}</source>
        <translation>Access log – {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvem som har åpnet eller endret pasientens data ({0} oppføringer).</source>
        <translation>Who has opened or changed the patient’s data ({0} entries).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bruker</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../../ui/pathways/patient_dialog.py" line="+46"/>
        <source>Ny pasient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endre pasient</source>
        <translation>Edit patient</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>11 sifre</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DD.MM.ÅÅÅÅ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for eksempel norsk, samisk, arabisk</source>
        <translation>for example Norwegian, Sami, Arabic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trenger tolk</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsn&amp;ummer eller D-nummer:</source>
        <translation>&amp;ID number or D number:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fødselsdato:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adresse:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansvarlig &amp;enhet:</source>
        <translation>Responsible &amp;unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast&amp;lege:</source>
        <translation>&amp;GP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon fastlege:</source>
        <translation>GP phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pårørende:</source>
        <translation>Next of &amp;kin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon pårørende:</source>
        <translation>Next of kin phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kontaktsykepleier:</source>
        <translation>&amp;Contact nurse:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>hvorfor dette forløpet (valgfritt)</source>
        <translation>why this pathway (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forl&amp;øp:</source>
        <translation>&amp;Pathway:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tartdato:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Begrunnelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Uten nummer må fødselsdatoen fylles inn.</source>
        <translation>Without a number, the date of birth must be filled in.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gyldig {0}, født {1}.</source>
        <translation>Valid {0}, born {1}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Skriv fødselsnummer eller D-nummer, eller fødselsdato.</source>
        <translation>Enter a national identity number or D number, or a date of birth.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«{0}» er ikke en dato på formen DD.MM.ÅÅÅÅ.</source>
        <translation>“{0}” is not a date in the form DD.MM.YYYY.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg ansvarlig enhet fra listen, eller la feltet stå tomt.</source>
        <translation>Choose the responsible unit from the list, or leave the field blank.</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <location filename="../../ui/pathways/patient_list.py" line="+38"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forløp</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarlig enhet</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neste stopp-punkt</source>
        <translation>Next stop point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Stopp-punktet er forfalt</source>
        <translation>The stop point is overdue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} (forfalt)</source>
        <translation>{0} (overdue)</translation>
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
    <name>PdfOutput</name>
    <message>
        <location filename="../../ui/pdf_output.py" line="+38"/>
        <source>Vil du åpne PDF-en i PDF-leseren, eller lagre den?</source>
        <translation>Do you want to open the PDF in the PDF viewer, or save it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Åpne i PDF-leser</source>
        <translation>&amp;Open in PDF viewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lagre som…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ingen PDF-leser</source>
        <translation>No PDF viewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fant ikke noe program som kan vise PDF-filer. PDF-en ligger i {0}.</source>
        <translation>No program that can show PDF files was found. The PDF is in {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filen kunne ikke skrives</source>
        <translation>The file could not be written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{0}» kunne ikke skrives: {1}</source>
        <translation>“{0}” could not be written: {1}</translation>
    </message>
</context>
<context>
    <name>PlanAbcSection</name>
    <message>
        <location filename="../../ui/pathways/plan_abc.py" line="+96"/>
        <source>Skriv av legens forordning. Programmet regner ikke ut eller foreslår doser.</source>
        <translation>Copy the doctor’s prescription. The program does not calculate or suggest doses.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan {0} – {1}</source>
        <translation>Plan {0} – {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kontroll av planen</source>
        <translation>Checking the plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helligdager de neste 30 dagene:</source>
        <translation>Public holidays in the next 30 days:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holder planen over helligdagene?</source>
        <translation>Does the plan hold over the public holidays?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bemanning:</source>
        <translation>Staffing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ved akutte endringer:</source>
        <translation>At acute changes:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan A/B/C</source>
        <translation>Plan A/B/C</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ingen helligdager de neste 30 dagene</source>
        <translation>No public holidays in the next 30 days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <location filename="../../core/recurrence.py" line="-90"/>
        <source>Hver uke</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I valgte måneder</source>
        <translation>In selected months</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flytt til neste virkedag</source>
        <translation>Move to next working day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopp over</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>første</source>
        <translation>first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andre</source>
        <translation>second</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tredje</source>
        <translation>third</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fjerde</source>
        <translation>fourth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>siste</source>
        <translation>last</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/series_dialog.py" line="-140"/>
        <source>januar</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>februar</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>august</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desember</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/meetings/competence_dialogs.py" line="-120"/>
        <source>Velg en enhet fra listen, eller la feltet stå tomt.</source>
        <translation>Choose a unit from the list, or leave the field empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merknaden er for lang: høyst {0} tegn.</source>
        <translation>The note is too long: at most {0} characters.</translation>
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
    <name>ReviewBox</name>
    <message>
        <location filename="../../ui/meetings/reviews.py" line="+13"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gruppens vurdering av forløpet</source>
        <translation>The group’s assessment of the pathway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hva som skal gjøres, av hvem og når</source>
        <translation>What is to be done, by whom and when</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åpne forløpet</source>
        <translation>Open pathway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis pasientens plan under «Palliative forløp»</source>
        <translation>Show the patient’s plan under “Palliative pathways”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern fra møtet</source>
        <translation>Remove from meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vurdering:</source>
        <translation>Assessment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avtalt oppfølging:</source>
        <translation>Agreed follow-up:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;Ny – ikke lagret&lt;/i&gt;</source>
        <translation>&lt;i&gt;New – not saved&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ReviewsSection</name>
    <message>
        <location line="+29"/>
        <source>Forløpene møtet går gjennom. Vurderingen og oppfølgingen vises også i pasientens forløpshistorikk når de er lagret.</source>
        <translation>The pathways the meeting reviews. The assessment and follow-up are also shown in the patient’s pathway history once saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legg til f&amp;orløp…</source>
        <translation>Add &amp;pathway…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;i&gt;Ingen forløp er gjennomgått i dette møtet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No pathways have been reviewed in this meeting.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forløp</source>
        <translation>Pathways</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Åpne forløpet</source>
        <translation>Open pathway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forløpet er ikke lenger aktivt i enhetene serien representerer. Finn pasienten {0} under «Palliative forløp».</source>
        <translation>The pathway is no longer active in the units the series represents. Find the patient {0} under “Palliative pathways”.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Fjerne gjennomgangen av {0} fra møtet? Vurderingen og oppfølgingen blir også borte fra pasientens forløpshistorikk når du lagrer.</source>
        <translation>Remove the review of {0} from the meeting? The assessment and follow-up will also be removed from the patient’s pathway history when you save.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fjern forløp</source>
        <translation>Remove pathway</translation>
    </message>
</context>
<context>
    <name>RowsDialog</name>
    <message>
        <location filename="../../ui/widgets.py" line="+226"/>
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
    <name>RowsTable</name>
    <message>
        <location filename="../../ui/pathways/forms.py" line="+91"/>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flytt opp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flytt ned</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>SavedForm</name>
    <message>
        <location filename="../../ui/form_base.py" line="+135"/>
        <source>Angre endringer</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre endringene på denne siden (Ctrl+S)</source>
        <translation>Save the changes on this page (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/meetings/schedule_dialog.py" line="-161"/>
        <source>Lag møteplan – {0}</source>
        <translation>Create meeting schedule – {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Møteregel: {0}.</source>
        <translation>Meeting rule: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Møtedag</source>
        <translation>Meeting day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I møtelisten</source>
        <translation>In the meeting list</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Lag møtene</source>
        <translation>&amp;Create meetings</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>faller bort ({0})</source>
        <translation>dropped ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>flyttet fra {0} ({1})</source>
        <translation>moved from {0} ({1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>finnes allerede</source>
        <translation>already exists</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}: {1} møter etter regelen. Flyttet på grunn av helligdag: {2}. Faller bort: {3}. Finnes allerede: {4}. Blir laget: {5}.</source>
        <translation>{0}: {1} meetings by the rule. Moved because of a public holiday: {2}. Dropped: {3}. Already exist: {4}. To be created: {5}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alle møtene dette året finnes allerede i møtelisten.</source>
        <translation>All meetings for this year already exist in the meeting list.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0}: {1} møter er laget; {2} fantes fra før.</source>
        <translation>{0}: {1} meetings created; {2} already existed.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/overview/tab.py" line="-376"/>
        <source>… og {0} til. Velg enhetene dine under «Mine enheter» for å se færre.</source>
        <translation>… and {0} more. Choose your units under “My units” to see fewer.</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../ui/meetings/series_dialog.py" line="+20"/>
        <source>Møtes ved innkalling</source>
        <translation>Meets by notice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hver {0}</source>
        <translation>Every {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hver {0}. {1}</source>
        <translation>Every {0} weeks on {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} og {1}</source>
        <translation>{0} and {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} {1} i {2}</source>
        <translation>{0} {1} in {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}; på helligdager: {1}</source>
        <translation>{0}; on public holidays: {1}</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Ny møteserie</source>
        <translation>New meeting series</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endre møteserie</source>
        <translation>Edit meeting series</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} (ikke lenger i kartet)</source>
        <translation>{0} (no longer in the chart)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slettet enhet</source>
        <translation>deleted unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gruppen</source>
        <translation>The group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Møteplan</source>
        <translation>Meeting schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enheter som må møte</source>
        <translation>Units that must attend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tall som følges</source>
        <translation>Figures tracked</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Velg hva slags gruppe</source>
        <translation>Choose type of group</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for eksempel Hjemmetjenesten</source>
        <translation>for example Home care services</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TT:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serien er &amp;avsluttet (vises bare med «Vis avsluttede»)</source>
        <translation>The series has &amp;ended (shown only with “Show ended”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formå&amp;l:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisator (kaller inn):</source>
        <translation>&amp;Organiser (sends notices):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sted:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;rttid:</source>
        <translation>Sta&amp;rt time:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Møtes ved &amp;innkalling (ingen fast plan)</source>
        <translation>Meets &amp;by notice (no fixed schedule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ukentlig</source>
        <translation>&amp;Weekly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I valgte &amp;måneder</source>
        <translation>In selected &amp;months</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>hver </source>
        <translation>every </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. uke</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hver uke</source>
        <translation>every week</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Uke&amp;dag:</source>
        <translation>Week&amp;day:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hvor &amp;ofte:</source>
        <translation>Fre&amp;quency:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uke i må&amp;neden:</source>
        <translation>Wee&amp;k of the month:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Månede&amp;r:</source>
        <translation>Mont&amp;hs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>På &amp;helligdager:</source>
        <translation>On &amp;public holidays:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hvem som er med i gruppen, og hvilken enhet de representerer. Skriv dem inn, eller velg dem fra organisasjonskartet.</source>
        <translation>Who is in the group, and which unit they represent. Type them in, or choose them from the organisation chart.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle i gruppen</source>
        <translation>Role in the group</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Velg fra organisasjonskartet…</source>
        <translation>Choose from the organisation &amp;chart…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisasjonskartet er tomt.</source>
        <translation>The organisation chart is empty.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enhetene som må være representert på hvert møte. Møtet får et varsel når en av dem ikke har noen til stede.</source>
        <translation>The units that must be represented at every meeting. The meeting gets a warning when one of them has nobody present.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kryss av &amp;medlemmenes enheter</source>
        <translation>Tick the membe&amp;rs’ units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fjern alle kryss</source>
        <translation>Clear &amp;all ticks</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tallene gruppen registrerer på hvert møte og følger over tid. Et tall som fjernes, tar med seg tallene som er registrert på det.</source>
        <translation>The figures the group records at every meeting and tracks over time. Removing a figure also removes the values recorded for it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tall</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard&amp;tall for typen</source>
        <translation>Default fi&amp;gures for the type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legg til tallene som hører til denne typen gruppe</source>
        <translation>Add the figures that belong to this type of group</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Møtene legges inn ett og ett med «Nytt enkeltmøte…» i møtelisten.</source>
        <translation>Meetings are added one at a time with “New single meeting…” in the meeting list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De neste møtene etter regelen:</source>
        <translation>The next meetings by the rule:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  {0}: faller bort ({1})</source>
        <translation>  {0}: dropped ({1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  {0}, flyttet fra {1} ({2})</source>
        <translation>  {0}, moved from {1} ({2})</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Medlem nr. {0}: velg en enhet fra listen, eller la feltet stå tomt.</source>
        <translation>Member no. {0}: choose a unit from the list, or leave the field blank.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/meetings/actions.py" line="-258"/>
        <source>Endre status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For eksempel hva som ble gjort, eller hvorfor det utgår</source>
        <translation>For example what was done, or why it is dropped</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merknad:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/pathways/plan_abc.py" line="-97"/>
        <source>For eksempel kontaktsykepleier, deretter lege</source>
        <translation>For example the contact nurse, then the doctor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legemiddel</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrasjonsmåte</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervall</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maks per døgn</source>
        <translation>Max per 24 h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gjelder når:</source>
        <translation>Applies when:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiltak:</source>
        <translation>Measures:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem ringes:</source>
        <translation>Who to call:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legemidler:</source>
        <translation>Medicines:</translation>
    </message>
</context>
<context>
    <name>StopPointDialog</name>
    <message>
        <location filename="../../ui/pathways/pathway_dialogs.py" line="+29"/>
        <source>Nytt stopp-punkt</source>
        <translation>New stop point</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Evalueres innen:</source>
        <translation>&amp;Evaluate by:</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../store/database.py" line="-87"/>
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
        <location line="+163"/>
        <source>Databasen er laget av en nyere versjon av Helsehus Desktop og kan ikke åpnes med denne versjonen. Oppdater programmet. Databasen er ikke endret.</source>
        <translation>The database was made by a newer version of Helsehus Desktop and cannot be opened with this version. Update the program. The database has not been changed.</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <location filename="../../ui/pathways/team.py" line="+17"/>
        <source>Hvem som er med rundt pasienten, og hvordan de nås. Enhet fylles ut når personen finnes i organisasjonskartet.</source>
        <translation>Who is involved in the patient’s care, and how to reach them. The unit is filled in when the person is in the organisation chart.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Velg rolle</source>
        <translation>Choose a role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt (telefon/e-post)</source>
        <translation>Contact (phone/email)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhet i organisasjonskartet</source>
        <translation>Unit in the organisation chart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legg til fra organisasjonskartet…</source>
        <translation>Add from the organisation chart…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legg til fastlege</source>
        <translation>Add the GP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ressursteam</source>
        <translation>Resource team</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisasjonskartet er tomt.</source>
        <translation>The organisation chart is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} (ikke lenger i kartet)</source>
        <translation>{0} (no longer in the chart)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen fastlege er registrert på pasienten.</source>
        <translation>No GP is registered for the patient.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Medlem nr. {0}: velg en enhet fra listen, eller la feltet stå tomt.</source>
        <translation>Member no. {0}: choose a unit from the list, or leave the field blank.</translation>
    </message>
</context>
<context>
    <name>TrainingNeedDialog</name>
    <message>
        <location filename="../../ui/meetings/competence_dialogs.py" line="+131"/>
        <source>Nytt opplæringsbehov</source>
        <translation>New training need</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endre behov</source>
        <translation>Edit need</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Velg type</source>
        <translation>Choose type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel «Subkutan pumpe»</source>
        <translation>For example “Subcutaneous pump”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv eller velg en enhet</source>
        <translation>Type or choose a unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dekket:</source>
        <translation>&amp;Covered:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ema:</source>
        <translation>To&amp;pic:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meldt i &amp;møte:</source>
        <translation>Reported at &amp;meeting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meldt dat&amp;o:</source>
        <translation>Rep&amp;orted on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merkn&amp;ad:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/pathways/trend_chart.py" line="+96"/>
        <location line="+138"/>
        <source>ikke vurdert</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Grense {0}</source>
        <translation>Threshold {0}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ingen registreringer ennå</source>
        <translation>No entries yet</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/orgchart/dialogs.py" line="-80"/>
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
<context>
    <name>UnsavedEdits</name>
    <message>
        <location filename="../../ui/widgets.py" line="-258"/>
        <source>Ulagrede endringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endringene på {0} er ikke lagret. Vil du lagre dem?</source>
        <translation>The changes on {0} have not been saved. Do you want to save them?</translation>
    </message>
</context>
</TS>
