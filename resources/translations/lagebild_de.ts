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
    <name>Annex</name>
    <message>
        <source>Analyst note (assessment, not reporting)</source>
        <translation>Analystennotiz (Bewertung, keine Meldung)</translation>
    </message>
    <message>
        <source>{quotes} supporting {events}</source>
        <translation>{quotes}, die {events} belegen</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Sources annex</source>
        <translation>Quellenanhang</translation>
    </message>
    <message>
        <source>Generated {time} from {file}. {summary}. Times of day in {zone}.</source>
        <translation>Erstellt {time} aus {file}. {summary}. Uhrzeiten in {zone}.</translation>
    </message>
    <message>
        <source>Condition: {condition}</source>
        <translation>Bedingung: {condition}</translation>
    </message>
    <message>
        <source>Citation {n} of {count}</source>
        <translation>Beleg {n} von {count}</translation>
    </message>
    <message>
        <source> (the source&apos;s address)</source>
        <translation> (die Adresse der Quelle)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Grades follow the Admiralty system: the letter rates the source (A completely reliable to E unreliable, F cannot be judged), the digit the information (1 confirmed to 5 improbable, 6 cannot be judged).</source>
        <translation>Die Bewertung folgt dem Admiralty-System: der Buchstabe bewertet die Zuverlässigkeit der Quelle (A vollkommen zuverlässig bis E unzuverlässig, F nicht beurteilbar), die Ziffer die Glaubwürdigkeit der Information (1 bestätigt bis 5 unwahrscheinlich, 6 nicht beurteilbar).</translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation>Filter: {filter}</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Übersetzung:</translation>
    </message>
    <message>
        <source>{path}: not read; no annex written</source>
        <translation>{path}: nicht gelesen; kein Anhang geschrieben</translation>
    </message>
    <message>
        <source>Wrote {path}: {summary}</source>
        <translation>{path} geschrieben: {summary}</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>{actor} in {segment}: {events}</source>
        <translation>{actor} in {segment}: {events}</translation>
    </message>
    <message>
        <source>Click to filter the timeline to this segment</source>
        <translation>Klicken, um die Zeitleiste auf dieses Segment zu filtern</translation>
    </message>
    <message>
        <source>Click to filter the timeline to this actor</source>
        <translation>Klicken, um die Zeitleiste auf diesen Akteur zu filtern</translation>
    </message>
    <message>
        <source>Events per actor and segment under the current filter. A corner mark: the segment names the actor as responsible. Click a cell to filter to both, a heading to filter to one.</source>
        <translation>Ereignisse je Akteur und Segment unter dem aktuellen Filter. Eine Eckmarke: das Segment nennt den Akteur als verantwortlich. Ein Klick auf eine Zelle filtert auf beide, auf eine Überschrift auf eines.</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>Kein Dokument geöffnet</translation>
    </message>
    <message>
        <source>Actors by segments</source>
        <translation>Akteure nach Segmenten</translation>
    </message>
    <message>
        <source>Actors × segments</source>
        <translation>Akteure × Segmente</translation>
    </message>
    <message>
        <source>Segment tiles</source>
        <translation>Kacheln der Segmente</translation>
    </message>
    <message>
        <source>This document has no segments. Events can name segments (for example Sky, Sea, Land) to be grouped here.</source>
        <translation>Dieses Dokument hat keine Segmente. Ereignisse können Segmente nennen (zum Beispiel Luft, See, Land), um hier gruppiert zu werden.</translation>
    </message>
    <message>
        <source>Board filter cleared</source>
        <translation>Filter der Übersicht aufgehoben</translation>
    </message>
    <message>
        <source>Timeline filtered to {names}: {events}</source>
        <translation>Zeitleiste gefiltert auf {names}: {events}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Keine Ereignisse</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <source>Responsible: {names}</source>
        <translation>Verantwortlich: {names}</translation>
    </message>
    <message>
        <source>Responsible: not named</source>
        <translation>Verantwortlich: nicht genannt</translation>
    </message>
    <message>
        <source>Latest, {when}: {title}</source>
        <translation>Zuletzt, {when}: {title}</translation>
    </message>
    <message>
        <source>Latest: none shown</source>
        <translation>Zuletzt: keines gezeigt</translation>
    </message>
    <message>
        <source>active filter; click to clear</source>
        <translation>aktiver Filter; zum Aufheben klicken</translation>
    </message>
    <message>
        <source>click to filter the timeline to this segment</source>
        <translation>klicken, um die Zeitleiste auf dieses Segment zu filtern</translation>
    </message>
    <message>
        <source>Segment {name}, {events}, {state}</source>
        <translation>Segment {name}, {events}, {state}</translation>
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
    <message>
        <source>the event file has errors; nothing exported (lagebild validate {file} lists them)</source>
        <translation>die Ereignisdatei hat Fehler; nichts exportiert (lagebild validate {file} listet sie)</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>{events} imported, {errors}, {warnings}</source>
        <translation>{events} importiert, {errors}, {warnings}</translation>
    </message>
    <message>
        <source>{file} not written: the result does not validate</source>
        <translation>{file} nicht geschrieben: das Ergebnis besteht die Prüfung nicht</translation>
    </message>
    <message>
        <source>wrote {file}: {events}</source>
        <translation>{file} geschrieben: {events}</translation>
    </message>
    <message>
        <source>the output must be a .png file</source>
        <translation>die Ausgabe muss eine .png-Datei sein</translation>
    </message>
    <message>
        <source>no event with id {ids} in {file}</source>
        <translation>kein Ereignis mit der ID {ids} in {file}</translation>
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
        <source>{n} independent source</source>
        <translation>{n} unabhängige Quelle</translation>
    </message>
    <message>
        <source>{n} independent sources</source>
        <translation>{n} unabhängige Quellen</translation>
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
    <name>Dates</name>
    <message>
        <source>{text} (not a valid date)</source>
        <translation>{text} (kein gültiges Datum)</translation>
    </message>
    <message>
        <source>not a valid date: {problem}</source>
        <translation>kein gültiges Datum: {problem}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>, widened for approximation to {span}</source>
        <translation>, für die Ungefährangabe erweitert auf {span}</translation>
    </message>
    <message>
        <source> (end exclusive)</source>
        <translation> (Ende ausschließlich)</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>spring</source>
        <translation>Frühling</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>Sommer</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>Herbst</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>Winter</translation>
    </message>
    <message>
        <source>northern</source>
        <translation>Nordhalbkugel</translation>
    </message>
    <message>
        <source>southern</source>
        <translation>Südhalbkugel</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>erste Hälfte</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>zweite Hälfte</translation>
    </message>
    <message>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>offenes Ende</translation>
    </message>
    <message>
        <source>open start</source>
        <translation>offener Anfang</translation>
    </message>
    <message>
        <source>end unknown</source>
        <translation>Ende unbekannt</translation>
    </message>
    <message>
        <source>start unknown</source>
        <translation>Anfang unbekannt</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>ca.</translation>
    </message>
    <message>
        <source>one of</source>
        <translation>eines von</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>alle von</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>BCE</source>
        <translation>v. Chr.</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>wie geschrieben</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>this computer&apos;s zone</source>
        <translation>Zeitzone dieses Computers</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>kein gültiges Datum</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Copy event</source>
        <translation>Ereignis kopieren</translation>
    </message>
    <message>
        <source>Copy the event and all its citations as plain text</source>
        <translation>Das Ereignis mit allen Belegen als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Beleg kopieren</translation>
    </message>
    <message>
        <source>Copy the citation at the text cursor (the arrow lists all)</source>
        <translation>Den Beleg an der Schreibmarke kopieren (der Pfeil listet alle)</translation>
    </message>
    <message>
        <source>Show full text</source>
        <translation>Ganzen Text zeigen</translation>
    </message>
    <message>
        <source>Texts too long to show here, in a plain-text viewer</source>
        <translation>Texte, die hier zu lang sind, in einer Textansicht</translation>
    </message>
    <message>
        <source>Selected events</source>
        <translation>Ausgewählte Ereignisse</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Details des Ereignisses</translation>
    </message>
    <message>
        <source>Choose one of the selected events above.</source>
        <translation>Eines der oben ausgewählten Ereignisse wählen.</translation>
    </message>
    <message>
        <source>No event selected. Click an event on the timeline to read its details and quoted sources here.</source>
        <translation>Kein Ereignis ausgewählt. Ein Ereignis auf der Zeitleiste anklicken, um hier seine Details und zitierten Quellen zu lesen.</translation>
    </message>
    <message>
        <source>This event quotes no source; nothing to copy</source>
        <translation>Dieses Ereignis zitiert keine Quelle; nichts zu kopieren</translation>
    </message>
    <message>
        <source>Copied citation {n} of {count} ({source}) to the clipboard</source>
        <translation>Beleg {n} von {count} ({source}) in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Copied “{title}” with {citations} to the clipboard</source>
        <translation>„{title}“ mit {citations} in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Refused to open link with scheme &apos;{scheme}&apos;: only http and https links open</source>
        <translation>Link mit dem Schema &apos;{scheme}&apos; nicht geöffnet: nur http- und https-Links öffnen sich</translation>
    </message>
    <message>
        <source>Opening {link} in the web browser</source>
        <translation>{link} wird im Webbrowser geöffnet</translation>
    </message>
    <message>
        <source>Copy citation {n}</source>
        <translation>Beleg {n} kopieren</translation>
    </message>
    <message>
        <source>Show all {n} characters</source>
        <translation>Alle {n} Zeichen zeigen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>EDTF date</source>
        <translation>EDTF-Datum</translation>
    </message>
    <message>
        <source>Bounds {bounds}</source>
        <translation>Grenzen {bounds}</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>{id} (unknown place)</source>
        <translation>{id} (unbekannter Ort)</translation>
    </message>
    <message>
        <source>{id} (unknown actor)</source>
        <translation>{id} (unbekannter Akteur)</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Analyst note</source>
        <translation>Analystennotiz</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>Zeile {n}</translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>Segments: </source>
        <translation>Segmente: </translation>
    </message>
    <message>
        <source>{id} (unknown segment)</source>
        <translation>{id} (unbekanntes Segment)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Citation {n} of {count}</source>
        <translation>Beleg {n} von {count}</translation>
    </message>
    <message>
        <source>(no quote)</source>
        <translation>(kein Zitat)</translation>
    </message>
    <message>
        <source>Quote of citation {n}</source>
        <translation>Zitat von Beleg {n}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Translation of citation {n}</source>
        <translation>Übersetzung von Beleg {n}</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>URL: </source>
        <translation>URL: </translation>
    </message>
    <message>
        <source>  (the source&apos;s address)</source>
        <translation>  (die Adresse der Quelle)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Grade: </source>
        <translation>Bewertung: </translation>
    </message>
    <message>
        <source>Holds invisible direction-control characters ({names}); some text may read differently from how it is stored.</source>
        <translation>Enthält unsichtbare Steuerzeichen der Schreibrichtung ({names}); mancher Text liest sich anders, als er gespeichert ist.</translation>
    </message>
    <message>
        <source>{title} – full text</source>
        <translation>{title} – ganzer Text</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} Zeichen</translation>
    </message>
    <message>
        <source>{n} characters; shown without line wrapping, as it holds very long runs without spaces</source>
        <translation>{n} Zeichen; ohne Zeilenumbruch gezeigt, da der Text sehr lange Folgen ohne Leerzeichen enthält</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Search quotes, translations, speakers, publishers</source>
        <translation>Zitate, Übersetzungen, Sprecher, Herausgeber durchsuchen</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation>Zitate durchsuchen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>{shown} of {quotes}</source>
        <translation>{shown} von {quotes}</translation>
    </message>
    <message>
        <source>Copy Row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Select a source to highlight its events; double-click or press Enter to show only them.</source>
        <translation>Eine Quelle auswählen, um ihre Ereignisse hervorzuheben; Doppelklick oder Eingabetaste zeigt nur diese.</translation>
    </message>
    <message>
        <source>citing {source}</source>
        <translation>mit Beleg aus {source}</translation>
    </message>
    <message>
        <source>Highlight cleared</source>
        <translation>Hervorhebung aufgehoben</translation>
    </message>
    <message>
        <source>Highlighted {events} {citing}; click again or Esc to clear</source>
        <translation>{events} {citing} hervorgehoben; erneut klicken oder Esc hebt es auf</translation>
    </message>
    <message>
        <source>Showing only events citing {source}: {events}</source>
        <translation>Nur Ereignisse mit Beleg aus {source}: {events}</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Zuverlässigkeit der Quelle</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>Glaubwürdigkeit der Information</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Search titles, descriptions, quotes, names</source>
        <translation>Titel, Beschreibungen, Zitate, Namen durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Every word must appear (Ctrl+F)</source>
        <translation>Jedes Wort muss vorkommen (Strg+F)</translation>
    </message>
    <message>
        <source>e.g. {date}</source>
        <translation>z. B. {date}</translation>
    </message>
    <message>
        <source>A date in EDTF: 2025, 2025-04, 2025-04-04, 2025-21 (spring)</source>
        <translation>Ein Datum in EDTF: 2025, 2025-04, 2025-04-04, 2025-21 (Frühling)</translation>
    </message>
    <message>
        <source>Filter values</source>
        <translation>Filterwerte</translation>
    </message>
    <message>
        <source>Tick values to show only the events that have them; the counts are the events each would show</source>
        <translation>Werte ankreuzen, um nur die Ereignisse mit ihnen zu zeigen; die Zahlen sind die Ereignisse, die jeder Wert zeigen würde</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every event again and take off any highlight (Ctrl+Shift+L)</source>
        <translation>Wieder alle Ereignisse zeigen und jede Hervorhebung aufheben (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>{shown} of {events} match</source>
        <translation>{shown} von {events} passen</translation>
    </message>
    <message>
        <source>segment: {names}</source>
        <translation>Segment: {names}</translation>
    </message>
    <message>
        <source>actor: {names}</source>
        <translation>Akteur: {names}</translation>
    </message>
    <message>
        <source>source: {names}</source>
        <translation>Quelle: {names}</translation>
    </message>
    <message>
        <source>place: {names}</source>
        <translation>Ort: {names}</translation>
    </message>
    <message>
        <source>status: {statuses}</source>
        <translation>Status: {statuses}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <source>grade: {grades}</source>
        <translation>Bewertung: {grades}</translation>
    </message>
    <message>
        <source>search: “{text}”</source>
        <translation>Suche: „{text}“</translation>
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
    <name>Legend</name>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>single</source>
        <translation>keiner Einteilung</translation>
    </message>
    <message>
        <source>How events are drawn</source>
        <translation>Wie Ereignisse gezeichnet werden</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Bahnen</translation>
    </message>
    <message>
        <source>Lanes by {mode}</source>
        <translation>Bahnen nach {mode}</translation>
    </message>
    <message>
        <source>{steps} events per column</source>
        <translation>{steps} Ereignisse je Spalte</translation>
    </message>
    <message>
        <source>Diamond: a day or a finer instant</source>
        <translation>Raute: ein Tag oder ein genauerer Zeitpunkt</translation>
    </message>
    <message>
        <source>Bar: an interval from start to end</source>
        <translation>Balken: ein Zeitraum von Anfang bis Ende</translation>
    </message>
    <message>
        <source>Light bar: only the month, season or year (or, close up, the day) is known</source>
        <translation>Heller Balken: nur Monat, Jahreszeit oder Jahr (oder, nah herangezoomt, der Tag) ist bekannt</translation>
    </message>
    <message>
        <source>Fading in or out: that end is known only to its month, season or year (or, close up, its day)</source>
        <translation>Ein- oder ausblendend: dieses Ende ist nur auf Monat, Jahreszeit oder Jahr (oder, nah herangezoomt, den Tag) bekannt</translation>
    </message>
    <message>
        <source>Fading ends: approximate date (~)</source>
        <translation>Verblassende Enden: ungefähres Datum (~)</translation>
    </message>
    <message>
        <source>Dotted outline and &apos;?&apos;: uncertain date (?); both for %</source>
        <translation>Gepunkteter Umriss und &apos;?&apos;: unsicheres Datum (?); beides für %</translation>
    </message>
    <message>
        <source>Dotted start and &apos;?&apos; before it: only the start is uncertain</source>
        <translation>Gepunkteter Anfang und &apos;?&apos; davor: nur der Anfang ist unsicher</translation>
    </message>
    <message>
        <source>Dotted end and &apos;?&apos; after it: only the end is uncertain</source>
        <translation>Gepunktetes Ende und &apos;?&apos; danach: nur das Ende ist unsicher</translation>
    </message>
    <message>
        <source>Whiskers: earliest and latest possible dates</source>
        <translation>Antennen: frühestes und spätestes mögliches Datum</translation>
    </message>
    <message>
        <source>Arrow to the edge: open end (..)</source>
        <translation>Pfeil zum Rand: offenes Ende (..)</translation>
    </message>
    <message>
        <source>Fading in up to the end: start unknown</source>
        <translation>Bis zum Ende einblendend: Anfang unbekannt</translation>
    </message>
    <message>
        <source>Fading out after the start: end unknown</source>
        <translation>Nach dem Anfang ausblendend: Ende unbekannt</translation>
    </message>
    <message>
        <source>Mark between brackets: one of these dates, not known which</source>
        <translation>Marke zwischen Klammern: eines dieser Daten, unbekannt welches</translation>
    </message>
    <message>
        <source>Mark by a bracket, arrow to the edge: one date on or after (before) it</source>
        <translation>Marke an einer Klammer, Pfeil zum Rand: ein Datum an oder nach (vor) ihr</translation>
    </message>
    <message>
        <source>Solid: occurred</source>
        <translation>Gefüllt: eingetreten</translation>
    </message>
    <message>
        <source>Solid with a dot: reported by a source</source>
        <translation>Gefüllt mit Punkt: von einer Quelle gemeldet</translation>
    </message>
    <message>
        <source>Hollow: planned</source>
        <translation>Hohl: geplant</translation>
    </message>
    <message>
        <source>Hollow, dashed: hypothetical</source>
        <translation>Hohl, gestrichelt: hypothetisch</translation>
    </message>
    <message>
        <source>Hatched with &apos;!&apos;: disputed</source>
        <translation>Schraffiert mit &apos;!&apos;: umstritten</translation>
    </message>
    <message>
        <source>&apos;!&apos; beside the status: also disputed</source>
        <translation>&apos;!&apos; neben dem Status: zudem umstritten</translation>
    </message>
    <message>
        <source>&apos;if&apos;: depends on a condition, given in words</source>
        <translation>&apos;if&apos;: hängt von einer in Worten genannten Bedingung ab</translation>
    </message>
    <message>
        <source>Outline in the selection colour: selected</source>
        <translation>Umriss in der Auswahlfarbe: ausgewählt</translation>
    </message>
    <message>
        <source>Glow in the highlight colour: highlighted</source>
        <translation>Schein in der Hervorhebungsfarbe: hervorgehoben</translation>
    </message>
    <message>
        <source>Density strip: {scale}</source>
        <translation>Dichtestreifen: {scale}</translation>
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
        <source>Event stores</source>
        <translation>Ereignisspeicher</translation>
    </message>
    <message>
        <source>Lagebild event files</source>
        <translation>Lagebild-Ereignisdateien</translation>
    </message>
    <message>
        <source>Decks made by Lagebild</source>
        <translation>Von Lagebild erstellte Foliensätze</translation>
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
        <source>Open &amp;Connection...</source>
        <translation>&amp;Verbindung öffnen...</translation>
    </message>
    <message>
        <source>Open a table in a warehouse or a distributed engine (Spark, Trino, BigQuery, Postgres, DuckDB)</source>
        <translation>Eine Tabelle in einem Data Warehouse oder einer verteilten Datenbank öffnen (Spark, Trino, BigQuery, Postgres, DuckDB)</translation>
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
    <name>Map</name>
    <message>
        <source>Mercator (spherical)</source>
        <translation>Mercator (sphärisch)</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: move · click: select events · Ctrl+click: filter the timeline · Home: fit</source>
        <translation>Mausrad: zoomen · Ziehen: verschieben · Klick: Ereignisse auswählen · Strg+Klick: Zeitleiste filtern · Pos1: einpassen</translation>
    </message>
    <message>
        <source> · {distance} from {place}</source>
        <translation> · {distance} von {place}</translation>
    </message>
    <message>
        <source>{events} not on the map</source>
        <translation>{events} nicht auf der Karte</translation>
    </message>
    <message>
        <source>at {latitude}</source>
        <translation>bei {latitude}</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>O</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Map of the segments and places</source>
        <translation>Karte der Segmente und Orte</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the document&apos;s area (Home); Shift+Home shows every place</source>
        <translation>Das Gebiet des Dokuments zeigen (Pos1); Umschalt+Pos1 zeigt jeden Ort</translation>
    </message>
    <message>
        <source>Selected {events} that are not on the map</source>
        <translation>{events} ausgewählt, die nicht auf der Karte sind</translation>
    </message>
    <message>
        <source>Timeline filtered to {what}</source>
        <translation>Zeitleiste gefiltert auf {what}</translation>
    </message>
    <message>
        <source>Filter on {what} cleared</source>
        <translation>Filter auf {what} aufgehoben</translation>
    </message>
    <message>
        <source>Selected {events} in {what}</source>
        <translation>{events} in {what} ausgewählt</translation>
    </message>
    <message>
        <source>Step through time (Space when the slider has focus)</source>
        <translation>Durch die Zeit gehen (Leertaste, wenn der Schieberegler den Fokus hat)</translation>
    </message>
    <message>
        <source>Time on the map</source>
        <translation>Zeit auf der Karte</translation>
    </message>
    <message>
        <source>Move through time: the map shows what was active in the window before this date</source>
        <translation>Durch die Zeit bewegen: die Karte zeigt, was im Zeitfenster vor diesem Datum aktiv war</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
        <source>All times</source>
        <translation>Alle Zeiten</translation>
    </message>
    <message>
        <source>Stop and show every time at full strength</source>
        <translation>Anhalten und jede Zeit in voller Stärke zeigen</translation>
    </message>
    <message>
        <source>No dated events</source>
        <translation>Keine datierten Ereignisse</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>{date} · previous {days} day</source>
        <translation>{date} · vorheriger {days} Tag</translation>
    </message>
    <message>
        <source>{date} · previous {days} days</source>
        <translation>{date} · vorherige {days} Tage</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Key to the numbered markers (continued)</source>
        <translation>Schlüssel zu den nummerierten Marken (Fortsetzung)</translation>
    </message>
    <message>
        <source>{n} more numbered event (from {first}): its title is on the further pages of a PDF export of this page</source>
        <translation>{n} weiteres nummeriertes Ereignis (ab {first}): sein Titel steht auf den Folgeseiten eines PDF-Exports dieser Seite</translation>
    </message>
    <message>
        <source>{n} more numbered events (from {first}): their titles are on the further pages of a PDF export of this page</source>
        <translation>{n} weitere nummerierte Ereignisse (ab {first}): ihre Titel stehen auf den Folgeseiten eines PDF-Exports dieser Seite</translation>
    </message>
    <message>
        <source>Lanes: {lanes}</source>
        <translation>Bahnen: {lanes}</translation>
    </message>
    <message>
        <source>{n} lane did not fit on the page, not shown in full: choose a taller page or fewer lanes</source>
        <translation>{n} Bahn passte nicht auf die Seite und ist nicht ganz zu sehen: eine höhere Seite oder weniger Bahnen wählen</translation>
    </message>
    <message>
        <source>{n} lanes did not fit on the page, not shown in full: choose a taller page or fewer lanes</source>
        <translation>{n} Bahnen passten nicht auf die Seite und sind nicht ganz zu sehen: eine höhere Seite oder weniger Bahnen wählen</translation>
    </message>
    <message>
        <source>How dates are drawn</source>
        <translation>Wie Daten gezeichnet werden</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>{events} at a place</source>
        <translation>{events} an einem Ort</translation>
    </message>
    <message>
        <source>Faded mark: no event there in the time range</source>
        <translation>Blasse Marke: dort kein Ereignis im Zeitraum</translation>
    </message>
    <message>
        <source>Status (tile bars)</source>
        <translation>Status (Balken der Kacheln)</translation>
    </message>
    <message>
        <source>Actors × segments</source>
        <translation>Akteure × Segmente</translation>
    </message>
    <message>
        <source>Cell shade: events per actor and segment; a corner mark: the segment names the actor as responsible</source>
        <translation>Zelltönung: Ereignisse je Akteur und Segment; eine Eckmarke: das Segment nennt den Akteur als verantwortlich</translation>
    </message>
    <message>
        <source>1 more quote or note</source>
        <translation>1 weiteres Zitat oder weitere Notiz</translation>
    </message>
    <message>
        <source>{n} more quotes or notes</source>
        <translation>{n} weitere Zitate oder Notizen</translation>
    </message>
    <message>
        <source>{more}: on further pages of a PDF export; the sources annex has every quote and note</source>
        <translation>{more}: auf Folgeseiten eines PDF-Exports; der Quellenanhang enthält jedes Zitat und jede Notiz</translation>
    </message>
    <message>
        <source>{heading} (continued)</source>
        <translation>{heading} (Fortsetzung)</translation>
    </message>
    <message>
        <source>{title} · continued, page {n}</source>
        <translation>{title} · Fortsetzung, Seite {n}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle Daten</translation>
    </message>
    <message>
        <source>{shown} of {events}</source>
        <translation>{shown} von {events}</translation>
    </message>
    <message>
        <source>all {events}</source>
        <translation>alle {events}</translation>
    </message>
    <message>
        <source>detail {range}</source>
        <translation>Ausschnitt {range}</translation>
    </message>
    <message>
        <source>Sources: none quoted</source>
        <translation>Quellen: keine zitiert</translation>
    </message>
    <message>
        <source>Sources: {names}</source>
        <translation>Quellen: {names}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Quellen: {sources}</translation>
    </message>
    <message>
        <source>Sources: {names} and {n} more</source>
        <translation>Quellen: {names} und {n} weitere</translation>
    </message>
    <message>
        <source>Generated {time} from {file} with Lagebild</source>
        <translation>Erstellt {time} aus {file} mit Lagebild</translation>
    </message>
    <message>
        <source>Generated {time} with Lagebild</source>
        <translation>Erstellt {time} mit Lagebild</translation>
    </message>
    <message>
        <source>Quotes, strongest first by grade (verbatim)</source>
        <translation>Zitate, stärkste zuerst (wörtlich)</translation>
    </message>
    <message>
        <source>Analyst notes – assessment, not reporting</source>
        <translation>Analystennotizen – Bewertung, keine Meldung</translation>
    </message>
    <message>
        <source> [quote continues in the sources annex]</source>
        <translation> [das Zitat geht im Quellenanhang weiter]</translation>
    </message>
    <message>
        <source>“{quote}” – {who} · grade {grade} · on: {titles}</source>
        <translation>„{quote}“ – {who} · Bewertung {grade} · zu: {titles}</translation>
    </message>
    <message>
        <source> · translation: “{translation}”</source>
        <translation> · Übersetzung: „{translation}“</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <source>Events in lanes over time; arrows pan, plus and minus zoom, N and P step from event to event, Enter shows the details</source>
        <translation>Ereignisse in Bahnen über die Zeit; Pfeiltasten verschieben, Plus und Minus zoomen, N und P gehen von Ereignis zu Ereignis, Eingabe zeigt die Details</translation>
    </message>
    <message>
        <source>Search and filters: show only the events that match</source>
        <translation>Suche und Filter: nur die passenden Ereignisse zeigen</translation>
    </message>
    <message>
        <source>The selected event: its dates, places, actors, notes and every citation with speaker, publisher and grade</source>
        <translation>Das ausgewählte Ereignis: seine Daten, Orte, Akteure, Notizen und jeder Beleg mit Sprecher, Herausgeber und Bewertung</translation>
    </message>
    <message>
        <source>Every source with its reliability and how often it is quoted; select one to highlight its events</source>
        <translation>Jede Quelle mit ihrer Zuverlässigkeit und wie oft sie zitiert wird; eine auswählen, um ihre Ereignisse hervorzuheben</translation>
    </message>
    <message>
        <source>Every quote of the file, searchable and sortable</source>
        <translation>Jedes Zitat der Datei, durchsuchbar und sortierbar</translation>
    </message>
    <message>
        <source>The segments&apos; areas and the events&apos; places on a map, with a time slider</source>
        <translation>Die Gebiete der Segmente und die Orte der Ereignisse auf einer Karte, mit Zeitregler</translation>
    </message>
    <message>
        <source>A tile per segment and a table of actors by segments</source>
        <translation>Eine Kachel je Segment und eine Tabelle der Akteure nach Segmenten</translation>
    </message>
    <message>
        <source>Problems found in the file, with line and field</source>
        <translation>In der Datei gefundene Probleme, mit Zeile und Feld</translation>
    </message>
    <message>
        <source>The views of a briefing, in order: capture, name, caption, reorder, present and export them as a deck</source>
        <translation>Die Ansichten eines Briefings, in ihrer Reihenfolge: festhalten, benennen, beschriften, umordnen, vorführen und als Foliensatz exportieren</translation>
    </message>
    <message>
        <source>What the marks on the timeline mean, and the lanes&apos; colours</source>
        <translation>Was die Marken auf der Zeitleiste bedeuten, und die Farben der Bahnen</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Problems of the file</source>
        <translation>Probleme der Datei</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{path}: no problems</source>
        <translation>{path}: keine Probleme</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>no citations</source>
        <translation>keine Belege</translation>
    </message>
    <message>
        <source>, 1 source</source>
        <translation>, 1 Quelle</translation>
    </message>
    <message>
        <source>{source} relies on {origin}</source>
        <translation>{source} stützt sich auf {origin}</translation>
    </message>
    <message>
        <source>, none with a named source</source>
        <translation>, keiner mit genannter Quelle</translation>
    </message>
    <message>
        <source>, {n} without a named source</source>
        <translation>, {n} ohne genannte Quelle</translation>
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
    <message>
        <source>disputed: {reason}</source>
        <translation>umstritten: {reason}</translation>
    </message>
</context>
<context>
    <name>Storyboard</name>
    <message>
        <source>Timeline above map</source>
        <translation>Zeitleiste über Karte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
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
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <source>Views of the story</source>
        <translation>Ansichten der Geschichte</translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation>Name der Ansicht</translation>
    </message>
    <message>
        <source>One sentence for the slide</source>
        <translation>Ein Satz für die Folie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>&amp;Bildunterschrift</translation>
    </message>
    <message>
        <source>Pict&amp;ure</source>
        <translation>B&amp;ild</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Festhalten</translation>
    </message>
    <message>
        <source>Keep the view on screen as the next view of the story (Ctrl+K)</source>
        <translation>Die Ansicht auf dem Bildschirm als nächste Ansicht der Geschichte festhalten (Strg+K)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorführen</translation>
    </message>
    <message>
        <source>Show the story full screen, a slide at a time (F11)</source>
        <translation>Die Geschichte im Vollbild zeigen, Folie für Folie (F11)</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>{name} gelöscht</translation>
    </message>
    <message>
        <source>The story has no views yet: Ctrl+K captures the one on screen</source>
        <translation>Die Geschichte hat noch keine Ansichten: Strg+K hält die auf dem Bildschirm fest</translation>
    </message>
    <message>
        <source>St&amp;ory</source>
        <translation>&amp;Geschichte</translation>
    </message>
    <message>
        <source>&amp;Capture View</source>
        <translation>Ansicht &amp;festhalten</translation>
    </message>
    <message>
        <source>Keep the view on screen as the next view of the story</source>
        <translation>Die Ansicht auf dem Bildschirm als nächste Ansicht der Geschichte festhalten</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>&amp;Nächste Ansicht</translation>
    </message>
    <message>
        <source>Show the next view of the story</source>
        <translation>Die nächste Ansicht der Geschichte zeigen</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>&amp;Vorige Ansicht</translation>
    </message>
    <message>
        <source>Show the previous view of the story</source>
        <translation>Die vorige Ansicht der Geschichte zeigen</translation>
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation>V&amp;orführen</translation>
    </message>
    <message>
        <source>Show the story full screen, a slide at a time</source>
        <translation>Die Geschichte im Vollbild zeigen, Folie für Folie</translation>
    </message>
    <message>
        <source>Export &amp;Deck...</source>
        <translation>&amp;Foliensatz exportieren...</translation>
    </message>
    <message>
        <source>Write the story as a PowerPoint or PDF deck with the sources in the notes</source>
        <translation>Die Geschichte als PowerPoint- oder PDF-Foliensatz schreiben, mit den Quellen in den Notizen</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
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
    <message>
        <source>Times in {zone}, this computer&apos;s zone</source>
        <translation>Zeiten in {zone}, der Zeitzone dieses Computers</translation>
    </message>
    <message>
        <source>Times in {zone}, as most are written</source>
        <translation>Zeiten in {zone}, wie die meisten geschrieben sind</translation>
    </message>
    <message>
        <source>Times in {zone} as written</source>
        <translation>Zeiten in {zone} wie geschrieben</translation>
    </message>
    <message>
        <source>Times in UTC</source>
        <translation>Zeiten in UTC</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Wheel: zoom</source>
        <translation>Mausrad: zoomen</translation>
    </message>
    <message>
        <source>Drag: pan</source>
        <translation>Ziehen: verschieben</translation>
    </message>
    <message>
        <source>Up/Down: scroll lanes</source>
        <translation>Auf/Ab: Bahnen blättern</translation>
    </message>
    <message>
        <source>Click: select</source>
        <translation>Klick: auswählen</translation>
    </message>
    <message>
        <source>Shift+drag: select a range</source>
        <translation>Umschalt+Ziehen: Zeitraum auswählen</translation>
    </message>
    <message>
        <source>Ctrl+click: add</source>
        <translation>Strg+Klick: hinzufügen</translation>
    </message>
    <message>
        <source>N/P: next/previous</source>
        <translation>N/P: nächstes/voriges</translation>
    </message>
    <message>
        <source>Enter or double-click: details</source>
        <translation>Eingabe oder Doppelklick: Details</translation>
    </message>
    <message>
        <source>Home: fit all</source>
        <translation>Pos1: alles zeigen</translation>
    </message>
    <message>
        <source>Mouse wheel: zoom around the pointer; Shift+wheel, Up/Down or the scroll bar: scroll the lanes</source>
        <translation>Mausrad: um den Mauszeiger zoomen; Umschalt+Mausrad, Auf/Ab oder die Bildlaufleiste: die Bahnen blättern</translation>
    </message>
    <message>
        <source>Drag: pan; Shift+drag: select every event the band touches (Ctrl+Shift+drag adds)</source>
        <translation>Ziehen: verschieben; Umschalt+Ziehen: jedes Ereignis auswählen, das das Band berührt (Strg+Umschalt+Ziehen fügt hinzu)</translation>
    </message>
    <message>
        <source>Click: select an event; Ctrl+click: add or remove it; click on empty space: clear</source>
        <translation>Klick: ein Ereignis auswählen; Strg+Klick: hinzufügen oder entfernen; Klick ins Leere: Auswahl aufheben</translation>
    </message>
    <message>
        <source>Double-click or Enter: show the details</source>
        <translation>Doppelklick oder Eingabe: Details zeigen</translation>
    </message>
    <message>
        <source>Keys: {keys}</source>
        <translation>Tasten: {keys}</translation>
    </message>
    <message>
        <source>pan through time</source>
        <translation>durch die Zeit verschieben</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Links / Rechts</translation>
    </message>
    <message>
        <source>scroll the lanes</source>
        <translation>die Bahnen blättern</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Auf / Ab</translation>
    </message>
    <message>
        <source>zoom in / out</source>
        <translation>vergrößern / verkleinern</translation>
    </message>
    <message>
        <source>fit everything</source>
        <translation>alles zeigen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <source>select the next / previous event in time</source>
        <translation>das zeitlich nächste / vorige Ereignis auswählen</translation>
    </message>
    <message>
        <source>show the details of the selected event</source>
        <translation>die Details des ausgewählten Ereignisses zeigen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>clear the selection, then the highlight</source>
        <translation>die Auswahl aufheben, dann die Hervorhebung</translation>
    </message>
    <message>
        <source>Overview of the whole document. Drag the window or its edges to move and resize the view; click elsewhere to jump there.</source>
        <translation>Überblick über das ganze Dokument. Das Fenster oder seine Ränder ziehen, um die Ansicht zu verschieben und ihre Größe zu ändern; anderswo klicken, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Condition: {condition}</source>
        <translation>Bedingung: {condition}</translation>
    </message>
    <message>
        <source>Segments: {segments}</source>
        <translation>Segmente: {segments}</translation>
    </message>
    <message>
        <source> (+{n} more)</source>
        <translation> (+{n} weitere)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Grade: {grade}</source>
        <translation>Bewertung: {grade}</translation>
    </message>
    <message>
        <source>No source cited</source>
        <translation>Keine Quelle zitiert</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Bahnen</translation>
    </message>
    <message>
        <source>Scroll the lanes (Up/Down, Shift+wheel)</source>
        <translation>Die Bahnen blättern (Auf/Ab, Umschalt+Mausrad)</translation>
    </message>
    <message>
        <source>No later event</source>
        <translation>Kein späteres Ereignis</translation>
    </message>
    <message>
        <source>No earlier event</source>
        <translation>Kein früheres Ereignis</translation>
    </message>
    <message>
        <source>Open an event file to see its timeline.</source>
        <translation>Eine Ereignisdatei öffnen, um ihre Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>This document has no events.</source>
        <translation>Dieses Dokument hat keine Ereignisse.</translation>
    </message>
    <message>
        <source>No events match the current filter.</source>
        <translation>Kein Ereignis passt zum aktuellen Filter.</translation>
    </message>
    <message>
        <source>{events} selected</source>
        <translation>{events} ausgewählt</translation>
    </message>
    <message>
        <source> · density</source>
        <translation> · Dichte</translation>
    </message>
</context>
</TS>
