<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="16"/>
        <source>What is recorded, on this computer only, in the workspace:
• per item: your annotation, status and comment, and active and idle time;
• how many keys and clicks happened (counts only), every few seconds;
• a private break log (when, which break, taken, postponed or skipped);
• your settings: keys, break settings, pseudonym, recent packages.</source>
        <translation>Was aufgezeichnet wird, nur auf diesem Computer, im Arbeitsbereich:
• je Element: deine Annotation, Status und Kommentar sowie aktive und inaktive Zeit;
• wie viele Tasten und Klicks es gab (nur die Anzahl), alle paar Sekunden;
• ein privates Pausenprotokoll (wann, welche Pause, gemacht, verschoben oder übersprungen);
• deine Einstellungen: Tasten, Pauseneinstellungen, Pseudonym, zuletzt geöffnete Pakete.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="24"/>
        <source>Never recorded: which keys you pressed or what you typed, where the mouse was, screenshots, the webcam, other applications.</source>
        <translation>Nie aufgezeichnet: welche Tasten du gedrückt oder was du getippt hast, wo die Maus war, Bildschirmfotos, die Webcam, andere Programme.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="29"/>
        <source>Only the bundles you export leave this computer ({menu}), after you have seen every field they hold; they name you by your pseudonym. The break log, the counts and the dashboard never leave.</source>
        <translation>Nur die Ergebnispakete, die du exportierst, verlassen diesen Computer ({menu}), nachdem du jedes ihrer Felder gesehen hast; sie nennen dich bei deinem Pseudonym. Pausenprotokoll, Zählungen und Übersicht verlassen ihn nie.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="51"/>
        <source>About annotator</source>
        <translation>Über annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="56"/>
        <source>annotator {version} — offline, keyboard-first annotation of images, audio and text.</source>
        <translation>annotator {version} — Annotation von Bildern, Audio und Text, offline und für die Tastatur gemacht.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="60"/>
        <source>Licence: {licence}.</source>
        <translation>Lizenz: {licence}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="63"/>
        <source>Your workspace (everything you do is saved here at once):
{folder}</source>
        <translation>Dein Arbeitsbereich (alles, was du tust, wird hier sofort gespeichert):
{folder}</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="58"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="59"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="60"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="180"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="184"/>
        <source>Font size in points</source>
        <translation>Schriftgröße in Punkt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="187"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="188"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="192"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="193"/>
        <source>“Follow the system” turns dark and light with your desktop&apos;s colour scheme.</source>
        <translation>„Wie das System“ wird mit dem Farbschema deines Desktops dunkel oder hell.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="194"/>
        <source>&amp;Font size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="196"/>
        <source>The size of menus, lists and dialogs. Editors&apos; own text size keys (Ctrl++) add to it.</source>
        <translation>Die Größe von Menüs, Listen und Dialogen. Die eigenen Textgrößen-Tasten der Editoren (Strg++) kommen hinzu.</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="64"/>
        <source>Audio output unavailable: PortAudio is not installed (install libportaudio2).</source>
        <translation>Audioausgabe nicht verfügbar: PortAudio ist nicht installiert (libportaudio2 installieren).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="67"/>
        <source>Audio output unavailable: the sounddevice module is not installed.</source>
        <translation>Audioausgabe nicht verfügbar: Das Modul sounddevice ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="70"/>
        <source>Audio output unavailable: no output device found. Plug one in and press Look again.</source>
        <translation>Audioausgabe nicht verfügbar: kein Ausgabegerät gefunden. Schließe eines an und drücke Erneut suchen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="83"/>
        <source>Audio output unavailable: {detail}</source>
        <translation>Audioausgabe nicht verfügbar: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="242"/>
        <source>Output device</source>
        <translation>Ausgabegerät</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="244"/>
        <source>&amp;Look again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="246"/>
        <source>Look for output devices again</source>
        <translation>Erneut nach Ausgabegeräten suchen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="252"/>
        <source>Rewind on resume, in seconds</source>
        <translation>Zurückspulen beim Fortsetzen, in Sekunden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="256"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="264"/>
        <source>Output &amp;device:</source>
        <translation>Ausgabe&amp;gerät:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="266"/>
        <source>&amp;Rewind on resume:</source>
        <translation>&amp;Zurückspulen beim Fortsetzen:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="268"/>
        <source>Playing again after a pause starts this much earlier, to catch the last words.</source>
        <translation>Nach einer Pause beginnt die Wiedergabe um so viel früher, damit die letzten Worte nicht fehlen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="278"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="282"/>
        <source>{device} (not connected)</source>
        <translation>{device} (nicht verbunden)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="286"/>
        <source>A new choice plays from the next audio file opened.</source>
        <translation>Eine neue Wahl gilt ab der nächsten geöffneten Audiodatei.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="295"/>
        <source>{device} is not connected: the system default plays until it is.</source>
        <translation>{device} ist nicht verbunden: Bis dahin spielt das Standardgerät des Systems.</translation>
    </message>
</context>
<context>
    <name>BreakSettingsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="94"/>
        <source>Breaks and idle time</source>
        <translation>Pausen und Leerlauf</translation>
    </message>
</context>
<context>
    <name>BreakSettingsForm</name>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="15"/>
        <source>Micro-break every (min of active time)</source>
        <translation>Mikropause alle (Min. aktiver Zeit)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="16"/>
        <source>Micro-break length (s)</source>
        <translation>Dauer der Mikropause (s)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="17"/>
        <source>Rest break every (min of active time)</source>
        <translation>Erholungspause alle (Min. aktiver Zeit)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="18"/>
        <source>Rest break length (min)</source>
        <translation>Dauer der Erholungspause (Min.)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="19"/>
        <source>Heads-up before a break (s)</source>
        <translation>Vorwarnung vor einer Pause (s)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="20"/>
        <source>Postpone by (min)</source>
        <translation>Verschieben um (Min.)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="21"/>
        <source>Idle after no input for (s)</source>
        <translation>Leerlauf nach Eingabepause von (s)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="36"/>
        <source>&amp;Micro-breaks</source>
        <translation>&amp;Mikropausen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="37"/>
        <source>&amp;Rest breaks</source>
        <translation>&amp;Erholungspausen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="52"/>
        <source>&amp;Daily limit</source>
        <translation>Tages&amp;limit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="56"/>
        <source>Daily limit (min of active time)</source>
        <translation>Tageslimit (Min. aktiver Zeit)</translation>
    </message>
</context>
<context>
    <name>BundleItemsModel</name>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="27"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="29"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="30"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="31"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="32"/>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>CheatSheetDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="17"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="18"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="19"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="20"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="21"/>
        <source>What it does</source>
        <translation>Was es tut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="45"/>
        <source>none in this package</source>
        <translation>keine in diesem Paket</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="46"/>
        <source>Class {digit} — {name}</source>
        <translation>Klasse {digit} — {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="52"/>
        <source>Label {slot} — {name}</source>
        <translation>Label {slot} — {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="58"/>
        <source>Speaker {number} — {name}</source>
        <translation>Sprecher {number} — {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="64"/>
        <source>Policy flag {slot} — {name}</source>
        <translation>Richtlinien-Markierung {slot} — {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="76"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="82"/>
        <source>Filter the shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="84"/>
        <source>Type to filter: an action, a key, an editor (e.g. sentiment), a class…</source>
        <translation>Tippen zum Filtern: eine Aktion, eine Taste, ein Editor (z. B. sentiment), eine Klasse…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="89"/>
        <source>Actions and their keys</source>
        <translation>Aktionen und ihre Tasten</translation>
    </message>
</context>
<context>
    <name>ExportAsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="53"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="54"/>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="55"/>
        <source>texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="56"/>
        <source>pairwise comparisons</source>
        <translation>Paarvergleiche</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="57"/>
        <source>ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="58"/>
        <source>translation checks</source>
        <translation>Übersetzungsprüfungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="59"/>
        <source>rewrites</source>
        <translation>Umformulierungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="81"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="95"/>
        <source>holds {kinds} only; this package has {present}</source>
        <translation>enthält nur {kinds}; dieses Paket hat {present}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="96"/>
        <source>no items</source>
        <translation>keine Elemente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="104"/>
        <source>writes the {kinds}; leaves out {counts}</source>
        <translation>schreibt {kinds}; lässt {counts} weg</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="129"/>
        <source>Export as</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="154"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="161"/>
        <source>&amp;Write to:</source>
        <translation>&amp;Schreiben nach:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="166"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="168"/>
        <source>Still writing; Esc closes once it is done.</source>
        <translation>Wird noch geschrieben; Esc schließt, sobald es fertig ist.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="173"/>
        <source>&amp;Format (type its name to find it):</source>
        <translation>&amp;Format (Namen tippen, um es zu finden):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="211"/>
        <source>&amp;Write to this folder (a new or empty one):</source>
        <translation>In diesen Ordner &amp;schreiben (neu oder leer):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="213"/>
        <source>&amp;Write to this file:</source>
        <translation>In diese Datei &amp;schreiben:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="233"/>
        <source>Export as {format}</source>
        <translation>Exportieren als {format}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="255"/>
        <source>Name the file or folder to write.</source>
        <translation>Gib die Datei oder den Ordner zum Schreiben an.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="261"/>
        <source>Writing {format} to {path}…</source>
        <translation>{format} wird nach {path} geschrieben…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="269"/>
        <source>Nothing was exported:

{error}</source>
        <translation>Es wurde nichts exportiert:

{error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="270"/>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="271"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>ExportPreviewDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="90"/>
        <source>What this bundle contains</source>
        <translation>Was dieses Ergebnispaket enthält</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="96"/>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="96"/>
        <source>{count} items</source>
        <translation>{count} Elemente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="99"/>
        <source>&lt;b&gt;{items}&lt;/b&gt; of package &lt;b&gt;{package}&lt;/b&gt;, as annotator &lt;b&gt;{annotator}&lt;/b&gt; (app {app} {version}). Per item: status, annotation, comment, active and idle time, when it was first and last changed. Nothing else leaves this computer: no break log, no input counts, no screenshots, no key content.</source>
        <translation>&lt;b&gt;{items}&lt;/b&gt; aus Paket &lt;b&gt;{package}&lt;/b&gt;, als Annotator &lt;b&gt;{annotator}&lt;/b&gt; (App {app} {version}). Je Element: Status, Annotation, Kommentar, aktive und inaktive Zeit, wann es zuerst und zuletzt geändert wurde. Nichts anderes verlässt diesen Computer: kein Pausenprotokoll, keine Eingabezählungen, keine Bildschirmfotos, keine Tasteninhalte.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="121"/>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="122"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="131"/>
        <source>… 1 more line (every item is in the table)</source>
        <translation>… 1 weitere Zeile (jedes Element steht in der Tabelle)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="132"/>
        <source>… {count} more lines (every item is in the table)</source>
        <translation>… {count} weitere Zeilen (jedes Element steht in der Tabelle)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="145"/>
        <source>Items and what is sent of each</source>
        <translation>Die Elemente und was von jedem gesendet wird</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="159"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="123"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="134"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="136"/>
        <source>Language of the user interface</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="140"/>
        <source>Pseudo&amp;nym:</source>
        <translation>Pseudo&amp;nym:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="143"/>
        <source>Your bundles name you only by it, never by your real name: {rule}.</source>
        <translation>Deine Ergebnispakete nennen dich nur so, nie mit deinem echten Namen: {rule}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="145"/>
        <source>&amp;Language:</source>
        <translation>Sprach&amp;e:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="150"/>
        <source>These settings speak the new language at once, every other window as soon as you close them: the same item stays on screen, only the changes you can undo start afresh.</source>
        <translation>Diese Einstellungen sprechen die neue Sprache sofort, alle anderen Fenster, sobald du sie schließt: Dasselbe Element bleibt auf dem Bildschirm, nur die Änderungen, die du rückgängig machen kannst, beginnen von vorn.</translation>
    </message>
</context>
<context>
    <name>ImportFromDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="47"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="61"/>
        <source>{format}: {kinds} items</source>
        <translation>{format}: Elemente vom Typ {kinds}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="70"/>
        <source>F&amp;ile…</source>
        <translation>Da&amp;tei…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="73"/>
        <source>Fol&amp;der…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="77"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="81"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="83"/>
        <source>Still importing; Esc closes once it is done.</source>
        <translation>Wird noch importiert; Esc schließt, sobald es fertig ist.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="89"/>
        <source>&amp;Format (type its name to find it):</source>
        <translation>&amp;Format (Namen tippen, um es zu finden):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="92"/>
        <source>&amp;Read from (a file, or a folder for layouts of many files):</source>
        <translation>&amp;Lesen aus (einer Datei oder einem Ordner bei Formaten aus vielen Dateien):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="95"/>
        <source>&amp;Make this work package (.zip):</source>
        <translation>Dieses Arbeitspaket &amp;erstellen (.zip):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="150"/>
        <source>Import from</source>
        <translation>Importieren aus</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="158"/>
        <source>Make the work package</source>
        <translation>Arbeitspaket erstellen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="161"/>
        <source>Work packages (*.zip)</source>
        <translation>Arbeitspakete (*.zip)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="177"/>
        <source>Name the file or folder to read, and the package to make.</source>
        <translation>Gib die zu lesende Datei oder den Ordner an und das zu erstellende Paket.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="184"/>
        <source>Reading {path} as {format}…</source>
        <translation>{path} wird als {format} gelesen…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="193"/>
        <source>No package was made:

{error}</source>
        <translation>Es wurde kein Paket erstellt:

{error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="194"/>
        <source>No package was made.</source>
        <translation>Es wurde kein Paket erstellt.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="195"/>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
</context>
<context>
    <name>KeymapDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="169"/>
        <source>Keyboard shortcuts: change keys</source>
        <translation>Tastenkürzel: Tasten ändern</translation>
    </message>
</context>
<context>
    <name>KeymapEditor</name>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="42"/>
        <source>Type to find an action…</source>
        <translation>Tippen, um eine Aktion zu finden…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="43"/>
        <source>Find an action</source>
        <translation>Aktion finden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="47"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="47"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="47"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="48"/>
        <source>Actions and their keys</source>
        <translation>Aktionen und ihre Tasten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="65"/>
        <source>New key for the selected action</source>
        <translation>Neue Taste für die gewählte Aktion</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="68"/>
        <source>&amp;No key</source>
        <translation>&amp;Keine Taste</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="70"/>
        <source>No key for the selected action</source>
        <translation>Keine Taste für die gewählte Aktion</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="72"/>
        <source>De&amp;fault</source>
        <translation>Standa&amp;rd</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="74"/>
        <source>Default key for the selected action</source>
        <translation>Standardtaste für die gewählte Aktion</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="79"/>
        <source>Key clashes</source>
        <translation>Tastenkonflikte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="82"/>
        <source>New &amp;key for the selected action (press it):</source>
        <translation>&amp;Neue Taste für die gewählte Aktion (drücken):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="140"/>
        <source>{keys} (changed)</source>
        <translation>{keys} (geändert)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="149"/>
        <source>{key} is the key of both “{first}” and “{second}”: change one.</source>
        <translation>{key} ist die Taste von „{first}“ und von „{second}“: Ändere eine davon.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="219"/>
        <source>Select an action, press its new key: it works at once.</source>
        <translation>Wähle eine Aktion, drücke ihre neue Taste: Sie wirkt sofort.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="227"/>
        <source>Not in force until the clash above is resolved.</source>
        <translation>Nicht wirksam, bis der Konflikt oben gelöst ist.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="230"/>
        <source>Saved: the new keys work now.</source>
        <translation>Gespeichert: Die neuen Tasten wirken jetzt.</translation>
    </message>
</context>
<context>
    <name>PseudonymDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="18"/>
        <source>1–64 of the letters A–Z and a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit; no spaces</source>
        <translation>1–64 Zeichen aus den Buchstaben A–Z und a–z, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer; keine Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="44"/>
        <source>Type a pseudonym.</source>
        <translation>Gib ein Pseudonym ein.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="46"/>
        <source>“{name}” has a space: a pseudonym is one word ({rule}). Never your real name.</source>
        <translation>„{name}“ enthält ein Leerzeichen: Ein Pseudonym ist ein Wort ({rule}). Nie dein echter Name.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="50"/>
        <source>“{name}” cannot be used: {rule}.</source>
        <translation>„{name}“ kann nicht verwendet werden: {rule}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="61"/>
        <source>Your pseudonym</source>
        <translation>Dein Pseudonym</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="65"/>
        <source>Before your first export: which pseudonym should your bundles carry?

A bundle names you only by a pseudonym, never by your real name. Use the one your team lead gave you, or keep or make up one: {rule}. You can change it later ({menu}).</source>
        <translation>Vor deinem ersten Export: Welches Pseudonym sollen deine Ergebnispakete tragen?

Ein Ergebnispaket nennt dich nur bei einem Pseudonym, nie mit deinem echten Namen. Nimm das, das dir deine Teamleitung gegeben hat, oder behalte oder erfinde eines: {rule}. Du kannst es später ändern ({menu}).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="71"/>
        <source>A bundle names you only by a pseudonym, never by your real name. Use the one your team lead gave you, or keep or make up one: {rule}. You can change it later ({menu}).</source>
        <translation>Ein Ergebnispaket nennt dich nur bei einem Pseudonym, nie mit deinem echten Namen. Nimm das, das dir deine Teamleitung gegeben hat, oder behalte oder erfinde eines: {rule}. Du kannst es später ändern ({menu}).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="80"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="16"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="17"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="18"/>
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="19"/>
        <source>A&amp;udio</source>
        <translation>A&amp;udio</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="20"/>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="21"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="54"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="55"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="56"/>
        <source>Close the settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="327"/>
        <source>Sync target</source>
        <translation>Synchronisierungsziel</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="330"/>
        <source>Change sync &amp;target…</source>
        <translation>Synchronisierungs&amp;ziel ändern…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="339"/>
        <source>The sync settings test the connection before they save it (also {menu}).</source>
        <translation>Die Synchronisierungseinstellungen testen die Verbindung, bevor sie sie speichern (auch über {menu}).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="354"/>
        <source>The stored sync target cannot be read ({error}): set it up again.</source>
        <translation>Das gespeicherte Synchronisierungsziel ist nicht lesbar ({error}): Richte es neu ein.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="359"/>
        <source>Not set up: your work stays on this computer until you choose where to sync.</source>
        <translation>Nicht eingerichtet: Deine Arbeit bleibt auf diesem Computer, bis du wählst, wohin synchronisiert wird.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="363"/>
        <source>Syncs to {target}; syncs by itself when online.</source>
        <translation>Synchronisiert mit {target}; synchronisiert von selbst, wenn online.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="365"/>
        <source>Syncs to {target}; syncs when you press Ctrl+Shift+Y.</source>
        <translation>Synchronisiert mit {target}; synchronisiert, wenn du Strg+Umschalt+Y drückst.</translation>
    </message>
</context>
<context>
    <name>SyncPreviewDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="21"/>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="23"/>
        <source>{count} bytes</source>
        <translation>{count} Byte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="34"/>
        <source>What this sync sends</source>
        <translation>Was diese Synchronisierung sendet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="42"/>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="42"/>
        <source>{count} items</source>
        <translation>{count} Elemente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="44"/>
        <source>1 delta file</source>
        <translation>1 Delta-Datei</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="46"/>
        <source>{count} delta files</source>
        <translation>{count} Delta-Dateien</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="50"/>
        <source>{items} in {files}, {size}, of package {packages}, as annotator {annotator}, to {destination}. Per item: status, annotation, comment, active and idle time, when it was first and last changed. Nothing else leaves this computer: no break log, no input counts, no screenshots.</source>
        <translation>{items} in {files}, {size}, aus Paket {packages}, als Annotator {annotator}, an {destination}. Je Element: Status, Annotation, Kommentar, aktive und inaktive Zeit, wann es zuerst und zuletzt geändert wurde. Nichts anderes verlässt diesen Computer: kein Pausenprotokoll, keine Eingabezählungen, keine Bildschirmfotos.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="70"/>
        <source>The files</source>
        <translation>Die Dateien</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="71"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="33"/>
        <source>Shared folder</source>
        <translation>Freigegebener Ordner</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="34"/>
        <source>WebDAV (Nextcloud, ownCloud)</source>
        <translation>WebDAV (Nextcloud, ownCloud)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="35"/>
        <source>S3-compatible storage</source>
        <translation>S3-kompatibler Speicher</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="37"/>
        <source>Kept in the system keyring, never in the workspace.</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="38"/>
        <source>No system keyring here: you will be asked once per session.</source>
        <translation>Hier gibt es keinen System-Schlüsselbund: Du wirst einmal pro Sitzung gefragt.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="39"/>
        <source>Every 5 minutes, and 30 s after your last change, what changed is sent without the preview, and new packages and feedback come down. Sync now (Ctrl+Shift+Y) always shows the preview first.</source>
        <translation>Alle 5 Minuten und 30 s nach deiner letzten Änderung wird das Geänderte ohne Vorschau gesendet, und neue Pakete und Rückmeldungen kommen herunter. Jetzt synchronisieren (Strg+Umschalt+Y) zeigt immer zuerst die Vorschau.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="55"/>
        <source>Sync settings</source>
        <translation>Synchronisierungseinstellungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="74"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="74"/>
        <source>/media/usb/annotator or a synced folder</source>
        <translation>/media/usb/annotator oder ein synchronisierter Ordner</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="75"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="77"/>
        <source>Browse for the folder</source>
        <translation>Nach dem Ordner suchen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="84"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="86"/>
        <source>A shared drive, a folder a sync client keeps (Nextcloud, Dropbox) or a USB stick.</source>
        <translation>Ein freigegebenes Laufwerk, ein Ordner, den ein Sync-Client pflegt (Nextcloud, Dropbox), oder ein USB-Stick.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="92"/>
        <source>WebDAV URL</source>
        <translation>WebDAV-URL</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="93"/>
        <source>https://cloud.example.org/remote.php/dav/files/USER/annotator/</source>
        <translation>https://cloud.example.org/remote.php/dav/files/BENUTZER/annotator/</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="95"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="96"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="98"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="99"/>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="100"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="104"/>
        <source>S3 location</source>
        <translation>S3-Speicherort</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="104"/>
        <source>s3://bucket/prefix</source>
        <translation>s3://bucket/pfad</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="106"/>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="106"/>
        <source>empty for AWS; e.g. https://minio.example.org</source>
        <translation>leer für AWS; z. B. https://minio.example.org</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="108"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="108"/>
        <source>e.g. eu-central-1</source>
        <translation>z. B. eu-central-1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="109"/>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="110"/>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="112"/>
        <source>&amp;Location:</source>
        <translation>Speicher&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="113"/>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="114"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="115"/>
        <source>Access key &amp;ID:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="116"/>
        <source>Secret &amp;key:</source>
        <translation>Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="120"/>
        <source>Where to sync</source>
        <translation>Wohin synchronisieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="123"/>
        <source>Sync &amp;automatically when online</source>
        <translation>&amp;Automatisch synchronisieren, wenn online</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="125"/>
        <source>Sync automatically when online</source>
        <translation>Automatisch synchronisieren, wenn online</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="129"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="134"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="150"/>
        <source>&amp;Where:</source>
        <translation>&amp;Wohin:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="225"/>
        <source>kept; type to change it</source>
        <translation>gespeichert; tippen, um es zu ändern</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="239"/>
        <source>Type the sync folder&apos;s path, or choose it with Browse….</source>
        <translation>Gib den Pfad des Synchronisierungsordners ein oder wähle ihn mit Durchsuchen….</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="243"/>
        <source>Type the WebDAV address (your cloud&apos;s WebDAV link, https://…).</source>
        <translation>Gib die WebDAV-Adresse ein (den WebDAV-Link deiner Cloud, https://…).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="299"/>
        <source>Choose the sync folder</source>
        <translation>Synchronisierungsordner wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="324"/>
        <source>Testing {target}…</source>
        <translation>{target} wird getestet…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="338"/>
        <source>Connected: {target} answers, and this workspace can write there.</source>
        <translation>Verbunden: {target} antwortet, und dieser Arbeitsbereich kann dort schreiben.</translation>
    </message>
</context>
</TS>
