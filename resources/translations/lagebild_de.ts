<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Admiralty</name>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>completely reliable source</source>
        <translation>vollkommen zuverlässige Quelle</translation>
    </message>
    <message>
        <source>usually reliable source</source>
        <translation>meist zuverlässige Quelle</translation>
    </message>
    <message>
        <source>fairly reliable source</source>
        <translation>ziemlich zuverlässige Quelle</translation>
    </message>
    <message>
        <source>not usually reliable source</source>
        <translation>meist nicht zuverlässige Quelle</translation>
    </message>
    <message>
        <source>unreliable source</source>
        <translation>unzuverlässige Quelle</translation>
    </message>
    <message>
        <source>source reliability cannot be judged</source>
        <translation>Zuverlässigkeit der Quelle nicht beurteilbar</translation>
    </message>
    <message>
        <source>source not graded</source>
        <translation>Quelle nicht bewertet</translation>
    </message>
    <message>
        <source>credibility not graded</source>
        <translation>Glaubwürdigkeit nicht bewertet</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>vollkommen zuverlässig</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>meist zuverlässig</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>ziemlich zuverlässig</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>meist nicht zuverlässig</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>unzuverlässig</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>Zuverlässigkeit nicht beurteilbar</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>durch andere Quellen bestätigt</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>wahrscheinlich zutreffend</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>möglicherweise zutreffend</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>zweifelhaft</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>Wahrheitsgehalt nicht beurteilbar</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>{loaded} of {events} loaded</source>
        <translation>{loaded} von {events} geladen</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>{n} event</source>
        <translation>{n} Ereignis</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} Ereignisse</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} Fehler</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} Fehler</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} Warnung</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} Warnungen</translation>
    </message>
    <message>
        <source>{n} more error</source>
        <translation>{n} weiterer Fehler</translation>
    </message>
    <message>
        <source>{n} more errors</source>
        <translation>{n} weitere Fehler</translation>
    </message>
    <message>
        <source>{n} more warning</source>
        <translation>{n} weitere Warnung</translation>
    </message>
    <message>
        <source>{n} more warnings</source>
        <translation>{n} weitere Warnungen</translation>
    </message>
    <message>
        <source>{n} quote</source>
        <translation>{n} Zitat</translation>
    </message>
    <message>
        <source>{n} quotes</source>
        <translation>{n} Zitate</translation>
    </message>
    <message>
        <source>{n} item</source>
        <translation>{n} Eintrag</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>{n} segment</source>
        <translation>{n} Segment</translation>
    </message>
    <message>
        <source>{n} segments</source>
        <translation>{n} Segmente</translation>
    </message>
    <message>
        <source>{n} actor</source>
        <translation>{n} Akteur</translation>
    </message>
    <message>
        <source>{n} actors</source>
        <translation>{n} Akteure</translation>
    </message>
    <message>
        <source>{n} place</source>
        <translation>{n} Ort</translation>
    </message>
    <message>
        <source>{n} places</source>
        <translation>{n} Orte</translation>
    </message>
    <message>
        <source>{n} source</source>
        <translation>{n} Quelle</translation>
    </message>
    <message>
        <source>{n} sources</source>
        <translation>{n} Quellen</translation>
    </message>
    <message>
        <source>{n} era</source>
        <translation>{n} Epoche</translation>
    </message>
    <message>
        <source>{n} eras</source>
        <translation>{n} Epochen</translation>
    </message>
    <message>
        <source>{n} citation</source>
        <translation>{n} Beleg</translation>
    </message>
    <message>
        <source>{n} citations</source>
        <translation>{n} Belege</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} Notiz</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} Notizen</translation>
    </message>
    <message>
        <source>{n} analyst note</source>
        <translation>{n} Analystennotiz</translation>
    </message>
    <message>
        <source>{n} analyst notes</source>
        <translation>{n} Analystennotizen</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Single lane</source>
        <translation>Eine Bahn</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Kein Segment</translation>
    </message>
    <message>
        <source>No actor</source>
        <translation>Kein Akteur</translation>
    </message>
    <message>
        <source>No place</source>
        <translation>Kein Ort</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Keine Quelle</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The Desktop&apos;s Language</source>
        <translation>Sprache des Desktops</translation>
    </message>
    <message>
        <source>Lagebild speaks {language} from now on.</source>
        <translation>Lagebild spricht ab jetzt {language}.</translation>
    </message>
    <message>
        <source>Event files and files to import</source>
        <translation>Ereignisdateien und zu importierende Dateien</translation>
    </message>
    <message>
        <source>Lagebild event files</source>
        <translation>Lagebild-Ereignisdateien</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Nach Segment</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>Nach Akteur</translation>
    </message>
    <message>
        <source>By place</source>
        <translation>Nach Ort</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Nach Quelle</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <source>One lane</source>
        <translation>Eine Bahn</translation>
    </message>
    <message>
        <source>In &amp;UTC</source>
        <translation>In &amp;UTC</translation>
    </message>
    <message>
        <source>In This Computer&apos;s &amp;Zone</source>
        <translation>In der &amp;Zeitzone dieses Computers</translation>
    </message>
    <message>
        <source>As &amp;Written in the File</source>
        <translation>Wie in der Datei &amp;geschrieben</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Segment board</source>
        <translation>Segmentübersicht</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Step Back</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>Step back: cancel a load, clear the selection, then the highlight, then return the focus to the timeline</source>
        <translation>Einen Schritt zurück: das Laden abbrechen, die Auswahl aufheben, dann die Hervorhebung, dann die Tastatur zurück zur Zeitleiste</translation>
    </message>
    <message>
        <source>Show the pane {pane} and move the keyboard focus there, or hide it</source>
        <translation>Den Bereich {pane} zeigen und die Tastatur dorthin setzen, oder ihn ausblenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Laden abbrechen (Esc)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open an event file (JSON or YAML), or another tool&apos;s file, imported on the way</source>
        <translation>Eine Ereignisdatei (JSON oder YAML) öffnen, oder die Datei eines anderen Programms, die dabei importiert wird</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>Import another tool&apos;s file or any CSV or XLSX table, with a preview and a column mapping</source>
        <translation>Die Datei eines anderen Programms oder eine CSV- oder XLSX-Tabelle importieren, mit Vorschau und Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>Open the built-in sample</source>
        <translation>Das mitgelieferte Beispiel öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Die Datei erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>Export the timeline, map or board as PNG, SVG or PDF</source>
        <translation>Zeitleiste, Karte oder Übersicht als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Bahnen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Times of &amp;Day</source>
        <translation>&amp;Uhrzeiten</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Show the whole time range</source>
        <translation>Den ganzen Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut of the window, read from its menus and panes</source>
        <translation>Alle Tastenkürzel des Fensters, aus seinen Menüs und Bereichen gelesen</translation>
    </message>
    <message>
        <source>Event File &amp;Format</source>
        <translation>&amp;Format der Ereignisdatei</translation>
    </message>
    <message>
        <source>&amp;About Lagebild</source>
        <translation>Ü&amp;ber Lagebild</translation>
    </message>
    <message>
        <source>Timeline lanes: {lanes}</source>
        <translation>Bahnen der Zeitleiste: {lanes}</translation>
    </message>
    <message>
        <source>Times of day shown in {zone}</source>
        <translation>Uhrzeiten in {zone}</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} von {total} gezeigt</translation>
    </message>
    <message>
        <source> (only {filter})</source>
        <translation> (nur {filter})</translation>
    </message>
    <message>
        <source>  ·  {n} highlighted</source>
        <translation>  ·  {n} hervorgehoben</translation>
    </message>
    <message>
        <source>  ·  {n} selected</source>
        <translation>  ·  {n} ausgewählt</translation>
    </message>
    <message>
        <source>Selection cleared</source>
        <translation>Auswahl aufgehoben</translation>
    </message>
    <message>
        <source>Highlight cleared</source>
        <translation>Hervorhebung aufgehoben</translation>
    </message>
    <message>
        <source>Open event file</source>
        <translation>Ereignisdatei öffnen</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>Opening {path}...</source>
        <translation>{path} wird geöffnet...</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Showing {name}: {events}...</source>
        <translation>{name} wird gezeigt: {events}...</translation>
    </message>
    <message>
        <source>Reloaded {name}: {events}{problems}</source>
        <translation>{name} neu geladen: {events}{problems}</translation>
    </message>
    <message>
        <source>Opened {name}: {events}{problems}</source>
        <translation>{name} geöffnet: {events}{problems}</translation>
    </message>
    <message>
        <source>Could not open {name}: {first}</source>
        <translation>{name} ließ sich nicht öffnen: {first}</translation>
    </message>
    <message>
        <source>Showing the last good version of the file.</source>
        <translation>Die letzte fehlerfreie Fassung der Datei bleibt zu sehen.</translation>
    </message>
    <message>
        <source>{name} has errors; showing its last good version. {first}</source>
        <translation>{name} hat Fehler; die letzte fehlerfreie Fassung bleibt zu sehen. {first}</translation>
    </message>
    <message>
        <source>{name} could not be read; showing its last good version. {first}</source>
        <translation>{name} ließ sich nicht lesen; die letzte fehlerfreie Fassung bleibt zu sehen. {first}</translation>
    </message>
    <message>
        <source>the open file</source>
        <translation>die offene Datei</translation>
    </message>
    <message>
        <source>{name} was not opened; {shown} is still shown.</source>
        <translation>{name} wurde nicht geöffnet; {shown} bleibt zu sehen.</translation>
    </message>
    <message>
        <source>Did not open {name}, {shown} is still shown: {first}</source>
        <translation>{name} nicht geöffnet, {shown} bleibt zu sehen: {first}</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>occurred</source>
        <translation>eingetreten</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation>hypothetisch</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>umstritten</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Print (greyscale)</source>
        <translation>Druck (Graustufen)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation>der Zeitzone dieses Computers</translation>
    </message>
    <message>
        <source>the time zone each time is written in</source>
        <translation>der Zeitzone, in der jede Zeit geschrieben ist</translation>
    </message>
</context>
</TS>
