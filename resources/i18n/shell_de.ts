<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AudioOutput</name>
    <message>
        <location filename="../../annotator/ui/audio_output.py" line="24"/>
        <source>Audio output unavailable: {error}.</source>
        <translation>Audioausgabe nicht verfügbar: {error}.</translation>
    </message>
</context>
<context>
    <name>BreakController</name>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="146"/>
        <source>Micro-break now</source>
        <translation>Kurzpause läuft</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="148"/>
        <source>Rest break now</source>
        <translation>Erholungspause läuft</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="149"/>
        <source>Time to stop for today</source>
        <translation>Zeit, für heute aufzuhören</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="152"/>
        <source>Breaks off</source>
        <translation>Pausen aus</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="156"/>
        <source>Next micro break in {minutes} min</source>
        <translation>Nächste Kurzpause in {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="158"/>
        <source>Next rest break in {minutes} min</source>
        <translation>Nächste Erholungspause in {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="159"/>
        <source>Daily limit in {minutes} min</source>
        <translation>Tageslimit in {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="182"/>
        <source>{title} in {seconds} s</source>
        <translation>{title} in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="185"/>
        <source>Finish what you are doing.</source>
        <translation>Schließen Sie ab, woran Sie gerade arbeiten.</translation>
    </message>
</context>
<context>
    <name>BreakOverlay</name>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="17"/>
        <source>Look away from the screen, at something far away. Blink a few times.</source>
        <translation>Schauen Sie vom Bildschirm weg, auf etwas in der Ferne. Blinzeln Sie ein paar Mal.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="20"/>
        <source>Stand up, stretch your back and shoulders, walk a little, drink some water.</source>
        <translation>Stehen Sie auf, dehnen Sie Rücken und Schultern, gehen Sie ein paar Schritte, trinken Sie etwas Wasser.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="23"/>
        <source>You reached the daily limit you set yourself. Everything is saved.</source>
        <translation>Sie haben Ihr selbst gesetztes Tageslimit erreicht. Alles ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="28"/>
        <source>Micro-break</source>
        <translation>Kurzpause</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="29"/>
        <source>Rest break</source>
        <translation>Erholungspause</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="30"/>
        <source>Time to stop for today</source>
        <translation>Zeit, für heute aufzuhören</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="59"/>
        <source>P  postpone once   ·   Esc  skip   ·   or just wait</source>
        <translation>P  einmal verschieben   ·   Esc  überspringen   ·   oder einfach warten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="61"/>
        <source>P  postpone once   ·   Esc  skip</source>
        <translation>P  einmal verschieben   ·   Esc  überspringen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="63"/>
        <source>postponed once already   ·   Esc  skip   ·   or just wait</source>
        <translation>schon einmal verschoben   ·   Esc  überspringen   ·   oder einfach warten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="64"/>
        <source>postponed once already   ·   Esc  skip</source>
        <translation>schon einmal verschoben   ·   Esc  überspringen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="177"/>
        <source>{keys}   (keys in {seconds} s…)</source>
        <translation>{keys}   (Tasten in {seconds} s aktiv…)</translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message>
        <location filename="../../annotator/ui/bundle_export.py" line="58"/>
        <source>Export result bundle</source>
        <translation>Ergebnis-Bundle exportieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/bundle_export.py" line="61"/>
        <source>Result bundles (*.bundle.json)</source>
        <translation>Ergebnis-Bundles (*.bundle.json)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/bundle_export.py" line="99"/>
        <source>Bundle written to {path}</source>
        <translation>Bundle gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/bundle_export.py" line="104"/>
        <source>Cannot export bundle</source>
        <translation>Bundle kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/bundle_export.py" line="104"/>
        <source>The bundle was not written:

{error}</source>
        <translation>Das Bundle wurde nicht gespeichert:

{error}</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="26"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="28"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="34"/>
        <source>This package declares no pay rate.</source>
        <translation>Dieses Paket gibt keinen Vergütungssatz an.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="39"/>
        <source>{currency} {by_item} by item · {currency} {by_hour} by active hour</source>
        <translation>{by_item} {currency} pro Element · {by_hour} {currency} pro aktiver Stunde</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="41"/>
        <source>{currency} {by_item} by item</source>
        <translation>{by_item} {currency} pro Element</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="43"/>
        <source>{currency} {by_hour} by active hour</source>
        <translation>{by_hour} {currency} pro aktiver Stunde</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="132"/>
        <source>Your day</source>
        <translation>Ihr Tag</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="145"/>
        <source>Active time today</source>
        <translation>Aktive Zeit heute</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="146"/>
        <source>Items done today</source>
        <translation>Heute erledigte Elemente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="147"/>
        <source>Items per active hour</source>
        <translation>Elemente pro aktiver Stunde</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="148"/>
        <source>Breaks today</source>
        <translation>Pausen heute</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="149"/>
        <source>Estimated pay (this package, today)</source>
        <translation>Geschätzte Vergütung (dieses Paket, heute)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="155"/>
        <source>Only for you: these figures come from this computer&apos;s private log and are never exported. Active time counts input in the app, with a minute of grace for reading; no screenshots, no key content.</source>
        <translation>Nur für Sie: Diese Zahlen stammen aus dem privaten Protokoll dieses Computers und werden nie exportiert. Aktive Zeit zählt Eingaben in der App, mit einer Minute Spielraum zum Lesen; keine Bildschirmfotos, keine Tasteninhalte.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="166"/>
        <source>Active time, last 7 days</source>
        <translation>Aktive Zeit, letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="193"/>
        <source>— (after a few items)</source>
        <translation>— (nach ein paar Elementen)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="196"/>
        <source>{taken} taken · {natural} natural · {postponed} postponed · {skipped} skipped</source>
        <translation>{taken} genommen · {natural} von selbst · {postponed} verschoben · {skipped} übersprungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="204"/>
        <source>No package open.</source>
        <translation>Kein Paket geöffnet.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../annotator/ui/interop_jobs.py" line="126"/>
        <location filename="../../annotator/ui/widgets/messages.py" line="20"/>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
</context>
<context>
    <name>ExportOutcome</name>
    <message>
        <location filename="../../annotator/ui/interop_jobs.py" line="41"/>
        <source>Wrote 1 file to {folder} ({annotated} annotated items of {items}).</source>
        <translation>1 Datei in {folder} gespeichert ({annotated} von {items} Elementen annotiert).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/interop_jobs.py" line="43"/>
        <source>Wrote {count} files to {folder} ({annotated} annotated items of {items}).</source>
        <translation>{count} Dateien in {folder} gespeichert ({annotated} von {items} Elementen annotiert).</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <location filename="../../annotator/ui/interop_jobs.py" line="65"/>
        <source>Imported {items} items ({prelabels} with prelabels) into {output}.</source>
        <translation>{items} Elemente ({prelabels} mit Vorannotationen) nach {output} importiert.</translation>
    </message>
</context>
<context>
    <name>InstructionsView</name>
    <message>
        <location filename="../../annotator/ui/widgets/instructions.py" line="15"/>
        <source>_This package has no instructions._</source>
        <translation>_Dieses Paket hat keine Anleitung._</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/instructions.py" line="16"/>
        <source>_Loading instructions…_</source>
        <translation>_Anleitung wird geladen…_</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/instructions.py" line="30"/>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>LocaleChoice</name>
    <message>
        <location filename="../../annotator/ui/locale_choice.py" line="13"/>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="113"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="119"/>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="123"/>
        <source>No package open — File ▸ Open (Ctrl+O) or drop a package here</source>
        <translation>Kein Paket geöffnet — Datei ▸ Öffnen (Strg+O) oder ein Paket hierher ziehen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="235"/>
        <source>Micro break in about {seconds} s — it waits for a pause in your typing.</source>
        <translation>Kurzpause in etwa {seconds} s — sie wartet auf eine Tipppause.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="237"/>
        <source>Rest break in about {seconds} s — it waits for a pause in your typing.</source>
        <translation>Erholungspause in etwa {seconds} s — sie wartet auf eine Tipppause.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="239"/>
        <source>Daily limit in about {seconds} s — it waits for a pause in your typing.</source>
        <translation>Tageslimit in etwa {seconds} s — es wartet auf eine Tipppause.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="247"/>
        <source>Opening {path}…</source>
        <translation>{path} wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="255"/>
        <source>{title} — annotator</source>
        <translation>{title} — annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="265"/>
        <source>This package has no items.</source>
        <translation>Dieses Paket hat keine Elemente.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="271"/>
        <source>This package cannot be opened. Ask the team lead for a fixed copy.</source>
        <translation>Dieses Paket lässt sich nicht öffnen. Bitten Sie die Teamleitung um eine korrigierte Kopie.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="273"/>
        <source>This package cannot be opened:</source>
        <translation>Dieses Paket lässt sich nicht öffnen:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="275"/>
        <source>The package could not be opened.</source>
        <translation>Das Paket konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="276"/>
        <source>Cannot open package</source>
        <translation>Paket kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="285"/>
        <source>Open work package</source>
        <translation>Arbeitspaket öffnen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="287"/>
        <source>Work packages (*.zip package.json)</source>
        <translation>Arbeitspakete (*.zip package.json)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="287"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="312"/>
        <source>Not a work package</source>
        <translation>Kein Arbeitspaket</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="314"/>
        <source>{name} is not a work package: open a package .zip or folder; to add images, ask the team lead to pack them.</source>
        <translation>{name} ist kein Arbeitspaket: Öffnen Sie ein Paket als .zip oder Ordner; um Bilder hinzuzufügen, bitten Sie die Teamleitung, sie zu packen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="341"/>
        <source>No item to do in the list “{name}” — choose All to see the others.</source>
        <translation>Kein offenes Element in der Liste „{name}“ — wählen Sie Alle, um die anderen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="344"/>
        <source>Every item is finished — export your bundle with Ctrl+E.</source>
        <translation>Alle Elemente sind erledigt — exportieren Sie Ihr Bundle mit Strg+E.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="356"/>
        <source>Item {number} of {total}: {item} ({kind}) — {status}</source>
        <translation>Element {number} von {total}: {item} ({kind}) — {status}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="372"/>
        <source>Mark {item} {status}</source>
        <translation>{item} als {status} markieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="385"/>
        <source>Flag item</source>
        <translation>Element markieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="386"/>
        <source>Why flag {item}? The team lead reads this.</source>
        <translation>Warum {item} markieren? Die Teamleitung liest das.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="396"/>
        <source>Flag {item}</source>
        <translation>{item} markieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="442"/>
        <source>Could not undo your change to item &apos;{item}&apos; ({change}):

{error}

The item shows what is saved; the change stays as it was saved. Your earlier work is safe.</source>
        <translation>Ihre Änderung an Element &apos;{item}&apos; ({change}) konnte nicht rückgängig gemacht werden:

{error}

Das Element zeigt, was gespeichert ist; die Änderung bleibt wie gespeichert. Ihre bisherige Arbeit ist sicher.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="447"/>
        <source>Could not save your change to item &apos;{item}&apos; ({change}):

{error}

The item shows what is saved; this change is not kept. Your earlier work is safe.</source>
        <translation>Ihre Änderung an Element &apos;{item}&apos; ({change}) konnte nicht gespeichert werden:

{error}

Das Element zeigt, was gespeichert ist; diese Änderung wird nicht übernommen. Ihre bisherige Arbeit ist sicher.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="457"/>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="485"/>
        <source>Your bundles name you “{name}”.</source>
        <translation>Ihre Bundles nennen Sie „{name}“.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="13"/>
        <source>pace after a few items</source>
        <translation>Tempo nach ein paar Elementen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="29"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="32"/>
        <location filename="../../annotator/ui/widgets/progress.py" line="41"/>
        <source>{hours} hours</source>
        <translation>{hours} Stunden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="37"/>
        <source>1 hour {minutes} min</source>
        <translation>1 Stunde {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="38"/>
        <source>{hours} hours {minutes} min</source>
        <translation>{hours} Stunden {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="40"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="47"/>
        <source>{done} / {total} done</source>
        <translation>{done} / {total} erledigt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="52"/>
        <source>1 flagged</source>
        <translation>1 markiert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="54"/>
        <source>{count} flagged</source>
        <translation>{count} markiert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="56"/>
        <source>1 skipped</source>
        <translation>1 übersprungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="58"/>
        <source>{count} skipped</source>
        <translation>{count} übersprungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="60"/>
        <source>nothing left to do</source>
        <translation>nichts mehr zu tun</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="63"/>
        <source>1 item left</source>
        <translation>1 Element übrig</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="65"/>
        <source>{count} items left</source>
        <translation>{count} Elemente übrig</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="69"/>
        <source>{pace} items/h</source>
        <translation>{pace} Elemente/Std.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="72"/>
        <source>about {duration} left</source>
        <translation>noch etwa {duration}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="36"/>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="37"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="38"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="39"/>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="55"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="56"/>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="57"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="58"/>
        <source>pairwise</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="59"/>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="60"/>
        <source>translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="61"/>
        <source>rewrite</source>
        <translation>Umschreiben</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="94"/>
        <source>comparison of {count} answers</source>
        <translation>Vergleich von {count} Antworten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="97"/>
        <source>search results to grade</source>
        <translation>Suchergebnisse zu bewerten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="98"/>
        <source>answer to rate</source>
        <translation>Antwort zu bewerten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="101"/>
        <source>summary check</source>
        <translation>Zusammenfassung prüfen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="103"/>
        <source>translation check</source>
        <translation>Übersetzung prüfen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="110"/>
        <source>answer to rewrite</source>
        <translation>Antwort umzuschreiben</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="66"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="67"/>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="68"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="69"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="70"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_panel.py" line="33"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_panel.py" line="40"/>
        <source>Show items</source>
        <translation>Elemente anzeigen</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../annotator/ui/recent.py" line="54"/>
        <source>&amp;Recent packages</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recent.py" line="71"/>
        <source>{package} — not found</source>
        <translation>{package} — nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recent.py" line="79"/>
        <source>No packages opened yet</source>
        <translation>Noch keine Pakete geöffnet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recent.py" line="81"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../../annotator/ui/widgets/response_view.py" line="27"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/response_view.py" line="28"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/response_view.py" line="29"/>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="71"/>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="72"/>
        <source>{count} items</source>
        <translation>{count} Elemente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="99"/>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="146"/>
        <source>Sync: not set up</source>
        <translation>Sync: nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="148"/>
        <source>Sync: sending…</source>
        <translation>Sync: wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="150"/>
        <source>Sync: offline — {items} wait</source>
        <translation>Sync: offline — {items} ausstehend</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="150"/>
        <source>Sync: offline</source>
        <translation>Sync: offline</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="152"/>
        <source>Sync: failed — {items} wait</source>
        <translation>Sync: fehlgeschlagen — {items} ausstehend</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="152"/>
        <source>Sync: failed</source>
        <translation>Sync: fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="154"/>
        <source>Sync: {items} to send · last sync {when}</source>
        <translation>Sync: {items} zu senden · zuletzt {when}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="156"/>
        <source>Sync: {items} to send</source>
        <translation>Sync: {items} zu senden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="158"/>
        <source>Sync: up to date · last sync {when}</source>
        <translation>Sync: aktuell · zuletzt {when}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="160"/>
        <source>Sync: up to date</source>
        <translation>Sync: aktuell</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="161"/>
        <source>No sync target: File ▸ Sync settings…</source>
        <translation>Kein Sync-Ziel: Datei ▸ Sync-Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="165"/>
        <source>Syncs by itself every 5 minutes and after a pause in your work.</source>
        <translation>Synchronisiert von selbst alle 5 Minuten und nach einer Arbeitspause.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="195"/>
        <source>Sync set up: {target}. Sync now: Ctrl+Shift+Y.</source>
        <translation>Sync eingerichtet: {target}. Jetzt synchronisieren: Strg+Umschalt+Y.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="228"/>
        <source>Sync password</source>
        <translation>Sync-Passwort</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="230"/>
        <source>Password or secret key for {target} (kept in the system keyring):</source>
        <translation>Passwort oder geheimer Schlüssel für {target} (im Schlüsselbund des Systems gespeichert):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="232"/>
        <source>Password or secret key for {target} (kept for this session):</source>
        <translation>Passwort oder geheimer Schlüssel für {target} (für diese Sitzung gespeichert):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="279"/>
        <source>Nothing to send; fetching new packages and feedback…</source>
        <translation>Nichts zu senden; neue Pakete und Rückmeldungen werden abgerufen…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="295"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="337"/>
        <source>Fetching failed: {error}</source>
        <translation>Abruf fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="349"/>
        <source>Sync kept both copies</source>
        <translation>Sync hat beide Kopien behalten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="350"/>
        <source>Both are in {folder}.</source>
        <translation>Beide liegen in {folder}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="363"/>
        <source>Sent {items}</source>
        <translation>Gesendet: {items}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="365"/>
        <source>Nothing to send</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="374"/>
        <source>1 new package ({names})</source>
        <translation>1 neues Paket ({names})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="377"/>
        <source>{count} new packages ({names})</source>
        <translation>{count} neue Pakete ({names})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="379"/>
        <source>1 new feedback file</source>
        <translation>1 neue Rückmeldungsdatei</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="381"/>
        <source>{count} new feedback files</source>
        <translation>{count} neue Rückmeldungsdateien</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="384"/>
        <source>{count} kept beside yours</source>
        <translation>{count} neben Ihren behalten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="386"/>
        <source>in {folder}</source>
        <translation>in {folder}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="388"/>
        <source>fetching failed: {error}</source>
        <translation>Abruf fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="399"/>
        <source>Offline, nothing lost — your work waits: {error}</source>
        <translation>Offline, nichts verloren — Ihre Arbeit wartet: {error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="405"/>
        <source>Sync failed</source>
        <translation>Sync fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="405"/>
        <source>Nothing more was sent:

{error}</source>
        <translation>Es wurde nichts weiter gesendet:

{error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="422"/>
        <source>Sync now (Ctrl+Shift+Y) asks for the password once this session.</source>
        <translation>Jetzt synchronisieren (Strg+Umschalt+Y) fragt einmal in dieser Sitzung nach dem Passwort.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../annotator/ui/theme.py" line="16"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="17"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="18"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="74"/>
        <location filename="../../annotator/ui/dashboard.py" line="90"/>
        <location filename="../../annotator/ui/dashboard.py" line="113"/>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="105"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
</TS>
